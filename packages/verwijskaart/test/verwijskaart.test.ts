import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale, type NaInvalidEvent } from '@niet-alleen/core';
import { mount, formOnPage, unmountAll, recordEvents, inputByLabel, buttonByText, openGuidance, shadow, type, visibleText, nextFrame } from '@niet-alleen/core/testing';
import '@niet-alleen/signaleringskaart';
import '@niet-alleen/verwijskaart';
import type { NaSignaleringskaart } from '@niet-alleen/signaleringskaart';
import {
  verwijskaartExample, normalizePhone, normalizeEmail, normalizeTime, normalizeUrl, telHref, mailtoHref, urlText, reachability, dayRuns,
  type NaVerwijskaart, type VerwijskaartValue,
} from '@niet-alleen/verwijskaart';
import { field } from './helpers.js';

const sample = (): VerwijskaartValue => structuredClone(verwijskaartExample);

/** Monday 23 November 2026 at hh:mm, local time (the clock is a property: no waiting). */
const at = (dayOffset: number, hours: number, minutes = 0) => new Date(2026, 10, 23 + dayOffset, hours, minutes);

/** Types like a user and leaves the field (the error shows once the field is left). */
const typeAndLeave = async (el: NaVerwijskaart, id: string, text: string) => {
  const control = field(el, id);
  type(control, text);
  control.blur();
  await el.updateComplete;
};

const errorOf = (el: NaVerwijskaart, id: string) => shadow(el).getElementById(`${id}-error`)?.textContent?.trim() ?? null;

describe('verwijskaart checks (pure)', () => {
  it('accepts phone numbers as people write them and refuses malformed ones', () => {
    for (const ok of ['0123 456 789', '0123-456789', '06 12345678', '+31 (0)123 456 789', '112', '14 0123', '0800-1234', '0800 123 4567']) {
      expect(normalizePhone(ok).ok, ok).to.be.true;
    }
    for (const bad of ['06-123', 'bel me', '0123 456 7890 1', '+31', '06 1234 5678 9', '<script>', 'tel:112']) {
      expect(normalizePhone(bad).ok, bad).to.be.false;
    }
    expect(telHref('0123 456 789')).to.equal('tel:0123456789');
    expect(telHref('+31 (0)123 456 789')).to.equal('tel:+31123456789');
    expect(telHref('06-123')).to.be.null;
  });

  it('checks e-mail, web addresses and times', () => {
    expect(normalizeEmail('wijkteam@rivierstad.example')).to.deep.equal({ ok: true, value: 'wijkteam@rivierstad.example' });
    for (const bad of ['wijkteam@', 'wijkteam', 'a b@c.nl', 'a@b', 'a@@b.nl', 'a@b..nl']) expect(normalizeEmail(bad).ok, bad).to.be.false;
    expect(mailtoHref('wijk+team@rivierstad.example')).to.equal('mailto:wijk%2Bteam@rivierstad.example');
    // Nothing typed can add headers to the e-mail: '?' in the local part is encoded, a domain with '?', '&', '%' or '#' is refused.
    expect(mailtoHref('wijk?cc=x@rivierstad.example')).to.equal('mailto:wijk%3Fcc%3Dx@rivierstad.example');
    for (const bad of ['wijkteam@rivierstad.example?cc=x%40elders.example', 'a@b.nl&body=hallo', 'a@b.nl#x', 'a@b.nl?subject=x']) {
      expect(normalizeEmail(bad).ok, bad).to.be.false;
      expect(mailtoHref(bad), bad).to.equal(null);
    }
    expect(normalizeEmail('info@gemeente-één.example').ok).to.be.true;
    expect(normalizeUrl('www.rivierstad.example')).to.deep.equal({ ok: true, value: 'https://www.rivierstad.example' });
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'ftp://x.nl', 'geen adres']) expect(normalizeUrl(bad).ok, bad).to.be.false;
    expect(normalizeTime('9:00')).to.deep.equal({ ok: true, value: '09:00' });
    expect(normalizeTime('17.30')).to.deep.equal({ ok: true, value: '17:30' });
    for (const bad of ['25:00', '12:60', '9', 'negen uur']) expect(normalizeTime(bad).ok, bad).to.be.false;
  });

  it('refuses a web address with a name or password before its host, and writes a link as the host it goes to', () => {
    for (const bad of ['http://gemeente.nl@elders.example', 'https://gemeente.nl:wachtwoord@elders.example/pad', 'https://@elders.example', 'https://wijk%40team@elders.example']) {
      expect(normalizeUrl(bad), bad).to.deep.equal({ ok: false, error: 'url-userinfo' });
    }
    // Without a scheme such a text is no web address at all.
    expect(normalizeUrl('gemeente.nl@elders.example')).to.deep.equal({ ok: false, error: 'url' });
    expect(urlText('https://www.rivierstad.example/maatjes?wijk=oost')).to.equal('https://www.rivierstad.example/maatjes?wijk=oost');
    expect(urlText('www.rivierstad.example')).to.equal('https://www.rivierstad.example');
    // Look-alike letters show as the address bar shows them, a backslash as the slash the browser reads.
    expect(urlText('https://www.gem\u0435ente.example/')).to.equal('https://www.xn--gemente-9gg.example');
    expect(urlText('https://gemeente.example\\@elders.example')).to.equal('https://gemeente.example/@elders.example');
  });

  it('computes reachability from the schedule and a given clock', () => {
    const schedules = sample().contact.schedules; // Mon–Fri 09–17, Thu 19–21
    expect(reachability(schedules, at(0, 10))).to.deep.equal({ open: true, until: '17:00' });
    expect(reachability(schedules, at(0, 7))).to.deep.equal({ open: false, next: { day: 'MO', inDays: 0, opens: '09:00' } });
    expect(reachability(schedules, at(0, 17))).to.deep.equal({ open: false, next: { day: 'TU', inDays: 1, opens: '09:00' } });
    expect(reachability(schedules, at(3, 20))).to.deep.equal({ open: true, until: '21:00' });
    expect(reachability(schedules, at(4, 18))).to.deep.equal({ open: false, next: { day: 'MO', inDays: 3, opens: '09:00' } });
    expect(reachability([{ id: 'x', byday: [], opens_at: '09:00', closes_at: '17:00' }], at(0, 10))).to.be.null;
    expect(dayRuns(['FR', 'MO', 'TU', 'WE', 'SU'])).to.deep.equal([['MO', 'WE'], ['FR'], ['SU']]);
  });
});

describe('<na-verwijskaart>', () => {
  afterEach(async () => {
    unmountAll();
    await setLocale('nl');
  });
  const create = (opts: Parameters<typeof mount>[1] = {}) => mount<NaVerwijskaart>('na-verwijskaart', opts);
  const edit = (opts: Parameters<typeof mount>[1] = {}) => create({ ...opts, attributes: { mode: 'edit', ...(opts.attributes ?? {}) } });

  it('listens on its root only with `for`, and runs its minute clock only while opening hours are shown (issue 32)', async () => {
    const added: string[] = [];
    const intervals: number[] = [];
    const { addEventListener: add } = document;
    const { setInterval: every } = window;
    document.addEventListener = function (this: Document, type: string, ...rest: unknown[]) {
      added.push(type);
      return (add as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof document.addEventListener;
    window.setInterval = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
      intervals.push(ms ?? 0);
      return every(fn, ms, ...rest);
    }) as typeof window.setInterval;
    try {
      const empty = sample();
      empty.contact.schedules = [];
      const el = await create({ properties: { value: empty } });
      expect(added.filter((t) => t === 'na-signal-forward'), 'no `for`: no listener').to.deep.equal([]);
      expect(intervals.filter((ms) => ms === 60_000), 'no opening hours: no clock').to.deep.equal([]);
      el.for = 'signalen';
      el.value = sample();
      await el.updateComplete;
      expect(added.filter((t) => t === 'na-signal-forward')).to.deep.equal(['na-signal-forward']);
      expect(intervals.filter((ms) => ms === 60_000)).to.deep.equal([60_000]);
      el.now = new Date(2026, 2, 12, 10, 0);
      await el.updateComplete;
      el.now = null;
      await el.updateComplete;
      expect(intervals.filter((ms) => ms === 60_000), 'one clock at a time, started again when the host gives the clock back').to.deep.equal([60_000, 60_000]);
    } finally {
      Object.assign(document, { addEventListener: add });
      Object.assign(window, { setInterval: every });
    }
  });

  it('11.3: the editor’s guidance lists the instruction in the workbook’s order, with "Bespreek uw aanpak…" and "Ga met elkaar om de tafel…"', async () => {
    const el = await edit();
    await openGuidance(el);
    const items = [...shadow(el).querySelectorAll('details.na-guidance li')].map((li) => li.textContent!.trim());
    expect(items.slice(0, 4)).to.deep.equal([
      'Wie zijn er in uw gemeente betrokken bij deze problematiek? Wie zou u willen betrekken?',
      'Bespreek uw aanpak met personen/instellingen voor wie dit relevant is.',
      'Ga met elkaar om de tafel met als doel samen te werken aan signalering.',
      'Waar kunt u terecht met signalen en vragen?',
    ]);
  });

  describe('viewer', () => {
    it('shows the workbook card texts verbatim, with the steps in order', async () => {
      const el = await create({ properties: { value: sample(), now: at(0, 10) } });
      const text = visibleText(el);
      expect(text).to.contain('Op basis van uw vermoedens onderneemt u het volgende:');
      expect(text).to.contain('Nadat u het bespreekbaar heeft gemaakt zijn er de volgende opties:');
      expect(text).to.contain('Voor vragen en advies neemt u contact op met');
      expect(text).to.contain('Bereikbaar van 09:00 tot 17:00');
      expect(text).to.contain('Op dagen maandag tot en met vrijdag');
      expect(text).to.contain('Bereikbaar van 19:00 tot 21:00');
      expect(text).to.contain('Op dagen donderdag');
      const steps = [...shadow(el).querySelectorAll('ol.steps li')].map((li) => li.textContent!.trim());
      expect(steps).to.deep.equal(sample().steps.map((s) => s.text));
      const optionTitles = [...shadow(el).querySelectorAll('.option__title')].map((h) => h.textContent!.trim());
      expect(optionTitles).to.deep.equal(sample().options.map((o) => o.text));
      expect(text).to.contain('Welzijn Rivierstad – Maatjesproject Oost');
    });

    it('makes phone numbers and e-mail addresses real tel: and mailto: links', async () => {
      const el = await create({ properties: { value: sample() } });
      const hrefs = [...shadow(el).querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.include('tel:0123456789');
      expect(hrefs).to.include('mailto:wijkteamoost@rivierstad.example');
      expect(hrefs).to.include('tel:0123456780');
      expect(hrefs).to.include('mailto:maatjes@welzijnrivierstad.example');
      expect(hrefs).to.include('tel:140123');
      expect(hrefs).to.include('https://www.facebook.example/wijkteamoost');
      expect(hrefs.every((h) => /^(tel:\+?\d+|mailto:|https?:\/\/)/.test(h!)), hrefs.join(' ')).to.be.true;
      const tel = [...shadow(el).querySelectorAll('a')].find((a) => a.getAttribute('href') === 'tel:0123456789')!;
      expect(tel.textContent).to.equal('0123 456 789');
    });

    it('says the contact is reachable now, from the schedule and the given clock', async () => {
      const el = await create({ properties: { value: sample(), now: at(0, 10, 30) } });
      const status = () => shadow(el).querySelector('[part~="reachability"]')!.textContent!.replace(/\s+/g, ' ');
      expect(status()).to.contain('Nu bereikbaar, tot 17:00.');
      el.now = at(0, 17, 0);
      await el.updateComplete;
      expect(status()).to.contain('Nu niet bereikbaar. Morgen weer vanaf 09:00.');
      el.now = at(4, 18);
      await el.updateComplete;
      expect(status()).to.contain('Nu niet bereikbaar. Weer op maandag vanaf 09:00.');
      el.now = at(0, 8);
      await el.updateComplete;
      expect(status()).to.contain('Vandaag weer vanaf 09:00.');
      el.now = at(3, 19, 15);
      await el.updateComplete;
      expect(status()).to.contain('Nu bereikbaar, tot 21:00.');
    });

    it('shows the blank card with the workbook prompts when empty', async () => {
      const el = await create();
      const text = visibleText(el);
      expect(text).to.contain('Voor vragen en advies neemt u contact op met naam/organisatie/team:');
      for (const prompt of ['Tel:', 'Email:', 'Facebook:', 'Bereikbaar van', 'Op dagen']) expect(text).to.contain(prompt);
      expect(shadow(el).querySelector('a')).to.be.null;
      expect(shadow(el).querySelector('[part~="reachability"]')).to.be.null;
    });

    it('offers only printing in view mode, A4 or a pocket card on A4 landscape', async () => {
      const el = await create({ properties: { value: sample() } });
      const toolbar = shadow(el).querySelector('[part~="toolbar"]')!;
      expect([...toolbar.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal(['Afdrukken', 'Afdrukken als zakkaart (A5)']);
      const original = window.print;
      const sizes: string[] = [];
      window.print = () => {
        const rules = document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join(' ');
        sizes.push((/size:\s*([^;]+);/.exec(rules)?.[1] ?? '').toLowerCase());
      };
      try {
        el.print();
        window.dispatchEvent(new Event('afterprint'));
        buttonByText(el, 'Afdrukken als zakkaart (A5)').click();
        await el.updateComplete;
        await nextFrame();
        expect(el.getAttribute('print-format')).to.equal('pocket');
        window.dispatchEvent(new Event('afterprint'));
      } finally {
        window.print = original;
      }
      expect(sizes).to.deep.equal(['a4', 'a4 landscape']);
      await el.updateComplete;
      expect(el.printFormat).to.equal('a4');
    });

    it('user text stays text', async () => {
      const value = sample();
      value.steps[0]!.text = '<img src=x onerror="window.__pwned=1">';
      const el = await create({ properties: { value } });
      expect(shadow(el).querySelector('img')).to.be.null;
      expect(visibleText(el)).to.contain('<img src=x');
      expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
    });

    it('shows no score, count or verdict', async () => {
      const el = await create({ properties: { value: sample(), signals: ['sociaal'] } });
      expect(visibleText(el)).not.to.match(/score|totaal|\b\d+\s*(van|\/)\s*\d+\b/i);
    });
  });

  describe('configured in markup', () => {
    it('shows a card configured by a JSON script, without JavaScript on the page', async () => {
      const el = await create({ children: `<script type="application/json">${JSON.stringify(sample())}</script>` });
      expect(el.value).to.deep.equal(sample());
      expect(visibleText(el)).to.contain('Een maatje dat op bezoek komt');
    });

    it('shows what is wrong with bad JSON, in the card, and fires na-invalid with source markup', async () => {
      const invalid: NaInvalidEvent[] = [];
      const el = await create({
        children: '<script type="application/json">{ "schemaVersion": 1, "title": "Oost", }</script>',
        listeners: { 'na-invalid': (e) => invalid.push(e as NaInvalidEvent) },
      });
      expect(invalid.map((e) => e.detail.source)).to.deep.equal(['markup']);
      expect(invalid[0]!.detail.issues[0]!.code).to.equal('invalid_json');
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('De gegevens in deze pagina kloppen niet');
      const details = shadow(el).querySelector('[part~="markup-issues"]')!;
      expect(details.textContent).to.contain('De tekst is geen geldige JSON');
      expect(el.isEmpty).to.be.true;
    });

    it('names the field when the JSON is valid but a phone number is not', async () => {
      const bad = sample();
      bad.contact.phone = '06-123';
      const invalid: NaInvalidEvent[] = [];
      const el = await create({
        children: `<script type="application/json">${JSON.stringify(bad)}</script>`,
        listeners: { 'na-invalid': (e) => invalid.push(e as NaInvalidEvent) },
      });
      expect(invalid).to.have.length(1);
      expect(invalid[0]!.detail.source).to.equal('markup');
      expect(invalid[0]!.detail.issues.map((i) => i.path)).to.deep.equal([['contact', 'phone']]);
      await el.updateComplete;
      const details = shadow(el).querySelector('[part~="markup-issues"]')!;
      expect(details.textContent).to.contain('contact › phone');
      expect(details.textContent).to.contain('Dit is geen telefoonnummer');
      // Nothing from the bad card is shown as if it were valid.
      expect(shadow(el).querySelector('a[href^="tel:"]')).to.be.null;
      await expect(el).to.be.accessible();
    });
  });

  describe('opened from a file', () => {
    it('refuses a card whose website hides its host, says which field and why, and keeps the card', async () => {
      const el = await create({ properties: { value: sample() } });
      const bad = sample();
      bad.contact.social.url = 'https://www.facebook.example@elders.example/wijkteamoost';
      const invalid: NaInvalidEvent[] = [];
      el.addEventListener('na-invalid', (e) => invalid.push(e as NaInvalidEvent));
      expect(el.importJSON(JSON.stringify(bad))).to.be.false;
      expect(invalid.map((e) => e.detail.source)).to.deep.equal(['import']);
      expect(invalid[0]!.detail.issues.map((i) => [i.path.join('.'), i.message])).to.deep.equal([['contact.social.url', 'url-userinfo']]);
      await el.updateComplete;
      expect(el.value).to.deep.equal(sample());
      expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('Dit bestand is niet te openen');
      const details = shadow(el).querySelector('[part~="markup-issues"]')!;
      expect(details.textContent).to.contain('Wat klopt er niet in het bestand?');
      expect(details.textContent).to.contain('contact › social › url');
      expect(details.textContent).to.contain('Zo’n link gaat naar een andere website dan hij lijkt.');
      // No link on the card goes anywhere but where its text says.
      for (const a of shadow(el).querySelectorAll<HTMLAnchorElement>('a[href^="http"]')) expect(a.textContent!.trim()).to.contain(new URL(a.href).host);
      await expect(el).to.be.accessible();
    });
  });

  describe('editor', () => {
    it('round-trips every field: typed in the editor, shown on the card, and back in the editor', async () => {
      const el = await edit();
      const changes = recordEvents(el, 'na-change');
      type(field(el, 'title'), 'Verwijskaart wijk Noord');
      type(field(el, 'area'), 'Dorp Noordhoek');
      const addStep = field(el, 'add-step') as HTMLInputElement;
      for (const step of ['Praat eerst met de persoon.', 'Bel daarna het wijkteam.']) {
        type(addStep, step);
        addStep.form!.requestSubmit();
        await el.updateComplete;
      }
      buttonByText(el, 'Optie toevoegen').click();
      await el.updateComplete;
      const o = el.value.options[0]!.id;
      type(field(el, `option-${o}-text`), 'Samen wandelen');
      type(field(el, `option-${o}-organization`), 'Wandelclub Noord');
      type(field(el, `option-${o}-service`), 'Dinsdagwandeling');
      type(field(el, `option-${o}-how`), 'Kom om 10 uur naar de kerk.');
      type(field(el, `option-${o}-phone`), '0123 111 222');
      type(field(el, `option-${o}-email`), 'wandel@noord.example');
      type(field(el, `option-${o}-url`), 'www.noord.example/wandelen');
      inputByLabel(el, 'Sociale signalen').click();
      inputByLabel(el, 'Lichamelijke signalen').click();
      type(field(el, 'contact-name'), 'Jan de Vries');
      type(field(el, 'contact-organization'), 'Stichting Welzijn Noord');
      type(field(el, 'contact-department'), 'Dorpsteam');
      type(field(el, 'contact-phone'), '0123 999 000');
      type(field(el, 'contact-email'), 'dorpsteam@noord.example');
      type(field(el, 'contact-social-platform'), 'Instagram');
      type(field(el, 'contact-social-url'), 'https://instagram.example/dorpsteam');
      buttonByText(el, 'Tijden toevoegen').click();
      await el.updateComplete;
      const s = el.value.contact.schedules[0]!.id;
      type(field(el, `schedule-${s}-opens_at`), '8.30');
      type(field(el, `schedule-${s}-closes_at`), '12:00');
      inputByLabel(el, 'dinsdag').click();
      inputByLabel(el, 'woensdag').click();
      await el.updateComplete;

      const expected: VerwijskaartValue = {
        schemaVersion: 1,
        title: 'Verwijskaart wijk Noord',
        area: 'Dorp Noordhoek',
        steps: [
          { id: el.value.steps[0]!.id, text: 'Praat eerst met de persoon.' },
          { id: el.value.steps[1]!.id, text: 'Bel daarna het wijkteam.' },
        ],
        options: [{
          id: o,
          text: 'Samen wandelen',
          organization: { name: 'Wandelclub Noord' },
          service: { name: 'Dinsdagwandeling', application_process: 'Kom om 10 uur naar de kerk.' },
          phone: '0123 111 222',
          email: 'wandel@noord.example',
          url: 'https://www.noord.example/wandelen',
          signalGroups: ['lichamelijk', 'sociaal'],
        }],
        contact: {
          name: 'Jan de Vries',
          organization: { name: 'Stichting Welzijn Noord' },
          department: 'Dorpsteam',
          phone: '0123 999 000',
          email: 'dorpsteam@noord.example',
          social: { platform: 'Instagram', url: 'https://instagram.example/dorpsteam' },
          schedules: [{ id: s, byday: ['TU', 'WE'], opens_at: '08:30', closes_at: '12:00' }],
        },
      };
      expect(el.value).to.deep.equal(expected);
      expect(changes.length).to.be.greaterThan(0);
      expect(el.hasDraftErrors).to.be.false;

      // The same value on a fresh card: the viewer shows every field…
      const viewer = await create({ properties: { value: JSON.parse(el.exportJSON()), now: at(1, 9) } });
      const text = visibleText(viewer);
      for (const t of ['Verwijskaart wijk Noord', 'Dorp Noordhoek', 'Praat eerst met de persoon.', 'Samen wandelen', 'Wandelclub Noord – Dinsdagwandeling',
        'Kom om 10 uur naar de kerk.', 'lichamelijke signalen en sociale signalen', 'Jan de Vries', 'Dorpsteam', 'Stichting Welzijn Noord', 'Instagram:',
        'Bereikbaar van 08:30 tot 12:00', 'Op dagen dinsdag en woensdag', 'Nu bereikbaar, tot 12:00.']) {
        expect(text, t).to.contain(t);
      }
      const hrefs = [...shadow(viewer).querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.include.members(['tel:0123111222', 'mailto:wandel@noord.example', 'https://www.noord.example/wandelen', 'tel:0123999000', 'mailto:dorpsteam@noord.example', 'https://instagram.example/dorpsteam']);

      // …and an editor loaded with it shows every field again.
      const again = await edit({ properties: { value: expected } });
      expect(field(again, 'title').value).to.equal('Verwijskaart wijk Noord');
      expect(field(again, 'area').value).to.equal('Dorp Noordhoek');
      expect(field(again, `step-${expected.steps[1]!.id}`).value).to.equal('Bel daarna het wijkteam.');
      expect(field(again, `option-${o}-how`).value).to.equal('Kom om 10 uur naar de kerk.');
      expect(field(again, `option-${o}-url`).value).to.equal('https://www.noord.example/wandelen');
      expect(field(again, `schedule-${s}-opens_at`).value).to.equal('08:30');
      expect(inputByLabel(again, 'Sociale signalen').checked).to.be.true;
      expect(inputByLabel(again, 'Psychische signalen').checked).to.be.false;
      expect(inputByLabel(again, 'dinsdag').checked).to.be.true;
      expect(field(again, 'contact-social-platform').value).to.equal('Instagram');
    });

    it('reports a malformed phone number next to its field and in the summary, and does not save it', async () => {
      const el = await edit({ properties: { value: sample() } });
      await typeAndLeave(el, 'contact-phone', '06-123');
      expect(errorOf(el, 'contact-phone')).to.equal('Een telefoonnummer dat met 0 begint, heeft 10 cijfers. Bijvoorbeeld 0123 456 789.');
      expect(field(el, 'contact-phone').getAttribute('aria-invalid')).to.equal('true');
      expect(field(el, 'contact-phone').getAttribute('aria-describedby')).to.contain('contact-phone-error');
      // What was typed stays in the field; the value keeps the last valid number.
      expect(field(el, 'contact-phone').value).to.equal('06-123');
      expect(el.value.contact.phone).to.equal('0123 456 789');
      const summary = shadow(el).querySelector('[part~="error-summary"]')!;
      expect(summary.textContent).to.contain('Telefoon van het contact: Een telefoonnummer dat met 0 begint');
      // The summary link moves focus to the field.
      summary.querySelector('a')!.click();
      expect(shadow(el).activeElement).to.equal(field(el, 'contact-phone'));
      // Fixing it saves it and removes the messages.
      type(field(el, 'contact-phone'), '06 12345678');
      await el.updateComplete;
      expect(el.value.contact.phone).to.equal('06 12345678');
      expect(errorOf(el, 'contact-phone')).to.be.null;
      expect(shadow(el).querySelector('[part~="error-summary"]')).to.be.null;
    });

    it('reports a malformed e-mail address of an option and never saves it as valid', async () => {
      const el = await edit({ properties: { value: sample() } });
      const id = `option-${sample().options[1]!.id}-email`;
      const changes = recordEvents(el, 'na-change');
      await typeAndLeave(el, id, 'eetclub@deketel');
      expect(errorOf(el, id)).to.equal('Dit is geen e-mailadres. Een e-mailadres ziet er zo uit: naam@voorbeeld.nl.');
      expect(el.value.options[1]!.email).to.equal('');
      expect(changes).to.have.length(0);
      // Editing another field keeps the typed text (nothing is lost).
      type(field(el, 'title'), 'Nieuwe titel');
      await el.updateComplete;
      expect(field(el, id).value).to.equal('eetclub@deketel');
      expect(errorOf(el, id)).to.not.be.null;
      expect(JSON.stringify(el.value)).not.to.contain('eetclub@deketel');
    });

    it('refuses a website whose text hides its host, with a message next to the field, and never saves it', async () => {
      const el = await edit({ properties: { value: sample() } });
      const id = `option-${sample().options[0]!.id}-url`;
      const before = el.value.options[0]!.url;
      await typeAndLeave(el, id, 'http://www.rivierstad.example@elders.example/maatjes');
      expect(errorOf(el, id)).to.equal('In dit webadres staat iets met een @ vóór de naam van de website. Zo’n link gaat naar een andere website dan hij lijkt. Laat het deel tot en met de @ weg.');
      expect(field(el, id).getAttribute('aria-invalid')).to.equal('true');
      expect(el.value.options[0]!.url).to.equal(before);
      expect(JSON.stringify(el.value)).not.to.contain('elders.example');
    });

    it('reports malformed hours and hours in the wrong order, and saves neither', async () => {
      const el = await edit({ properties: { value: sample() } });
      const s = sample().contact.schedules[0]!.id;
      await typeAndLeave(el, `schedule-${s}-opens_at`, '25:00');
      expect(errorOf(el, `schedule-${s}-opens_at`)).to.equal('Schrijf de tijd in uren en minuten, zoals 09:00 of 17:30.');
      expect(el.value.contact.schedules[0]!.opens_at).to.equal('09:00');

      await typeAndLeave(el, `schedule-${s}-opens_at`, '18:00');
      expect(errorOf(el, `schedule-${s}-opens_at`)).to.be.null;
      expect(errorOf(el, `schedule-${s}-closes_at`)).to.equal('De eindtijd moet later zijn dan de begintijd.');
      expect(el.value.contact.schedules[0]!.opens_at).to.equal('09:00');

      await typeAndLeave(el, `schedule-${s}-closes_at`, '20:00');
      expect(errorOf(el, `schedule-${s}-closes_at`)).to.be.null;
      expect(el.value.contact.schedules[0]).to.include({ opens_at: '18:00', closes_at: '20:00' });
    });

    it('does not show the preview, and blocks a form, while a field is not right', async () => {
      const form = formOnPage();
      const el = await edit({ properties: { value: sample() }, attributes: { name: 'kaart' }, parent: form });
      type(field(el, 'contact-email'), 'wijkteam@');
      await el.updateComplete;
      expect(shadow(el).querySelector('[part~="error-summary"]')).to.be.null; // not shown while still typing
      expect(el.checkValidity()).to.be.false;
      buttonByText(el, 'Bekijk de kaart').click();
      await el.updateComplete;
      await el.updateComplete;
      const summary = shadow(el).querySelector<HTMLElement>('[part~="error-summary"]')!;
      expect(summary.textContent).to.contain('E-mail van het contact');
      expect(shadow(el).activeElement).to.equal(summary);
      expect(shadow(el).querySelector('[part~="card"]')).to.be.null;
      type(field(el, 'contact-email'), 'wijkteam@rivierstad.example');
      await el.updateComplete;
      expect(el.checkValidity()).to.be.true;
      buttonByText(el, 'Bekijk de kaart').click();
      await el.updateComplete;
      expect(shadow(el).querySelector('[part~="card"]')).to.exist;
      buttonByText(el, 'Terug naar bewerken').click();
      await el.updateComplete;
      expect(shadow(el).querySelector('[part~="editor"]')).to.exist;
    });

    it('a submit with a field that is not right is blocked: focus goes to that field and every error shows (issue 22, the validation hook)', async () => {
      const form = formOnPage();
      const submits = recordEvents(form, 'submit');
      form.addEventListener('submit', (e) => e.preventDefault());
      const el = await edit({ properties: { value: sample() }, attributes: { name: 'kaart' }, parent: form });
      type(field(el, 'contact-email'), 'wijkteam@');
      await el.updateComplete;
      expect(shadow(el).querySelector('[part~="error-summary"]')).to.be.null; // not shown while still typing
      form.requestSubmit();
      await el.updateComplete;
      expect(submits).to.have.length(0);
      expect(shadow(el).activeElement, 'focus on the field that is not right').to.equal(field(el, 'contact-email'));
      expect(shadow(el).querySelector('[part~="error-summary"]')!.textContent).to.contain('E-mail van het contact');
      expect(shadow(el).querySelector('[part~="form-error"]')!.textContent).to.contain('Niet alle velden van de verwijskaart kloppen.');
      type(field(el, 'contact-email'), 'wijkteam@rivierstad.example');
      await el.updateComplete;
      expect(shadow(el).querySelector('[part~="form-error"]')).to.be.null;
      form.requestSubmit();
      expect(submits).to.have.length(1);
    });

    it('undo brings back the value and clears typed drafts', async () => {
      const el = await edit({ properties: { value: sample() } });
      type(field(el, 'contact-phone'), '0123 000 111');
      await typeAndLeave(el, 'contact-email', 'fout@');
      expect(el.value.contact.phone).to.equal('0123 000 111');
      el.undo();
      await el.updateComplete;
      expect(el.value.contact.phone).to.equal('0123 456 789');
      expect(field(el, 'contact-phone').value).to.equal('0123 456 789');
      expect(field(el, 'contact-email').value).to.equal('wijkteamoost@rivierstad.example');
      expect(errorOf(el, 'contact-email')).to.be.null;
    });

    it('moves and removes steps and options, with focus staying sensible', async () => {
      const el = await edit({ properties: { value: sample() } });
      const [first, second] = sample().steps;
      const down = shadow(el).getElementById(`step-${first!.id}-down`)!;
      down.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(el.value.steps.map((s) => s.id).slice(0, 2)).to.deep.equal([second!.id, first!.id]);
      expect(shadow(el).activeElement?.id).to.equal(`step-${first!.id}-down`);
      const removeFirstOption = [...shadow(el).querySelectorAll('button')].filter((b) => b.textContent!.trim() === 'Verwijder optie')[0]!;
      removeFirstOption.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(el.value.options.map((o) => o.id)).to.deep.equal(sample().options.slice(1).map((o) => o.id));
      expect(shadow(el).activeElement?.id).to.equal(`option-${sample().options[1]!.id}-text`);
    });

    it('each option editor follows what concerns it (moves, errors, locale) while typing elsewhere leaves it alone', async () => {
      // Option editors render again only when their inputs change (guard): none of these may go stale.
      const el = await edit({ properties: { value: sample() } });
      const [first, second] = sample().options;
      const legend = (id: string) => shadow(el).getElementById(`option-${id}-legend`)!.textContent!.replace(/\s+/g, ' ').trim();
      const upDisabled = (id: string) => shadow(el).getElementById(`option-${id}-up`)!.getAttribute('aria-disabled') === 'true';
      const email = `option-${second!.id}-email`;
      const before = field(el, `option-${first!.id}-text`);
      type(field(el, 'title'), 'Nieuwe titel');
      await el.updateComplete;
      expect(field(el, `option-${first!.id}-text`)).to.equal(before);
      // A move renumbers both editors and their buttons.
      shadow(el).getElementById(`option-${first!.id}-down`)!.click();
      await el.updateComplete;
      expect(legend(second!.id)).to.equal(`Optie 1: ${second!.text}`);
      expect(legend(first!.id)).to.equal(`Optie 2: ${first!.text}`);
      expect([upDisabled(second!.id), upDisabled(first!.id)]).to.deep.equal([true, false]);
      // A typed error shows in its option once the field is left (a render of its own), and stays while typing elsewhere.
      type(field(el, email), 'eetclub@deketel');
      await el.updateComplete;
      expect(errorOf(el, email)).to.be.null;
      field(el, email).blur();
      await el.updateComplete;
      expect(errorOf(el, email)).to.not.be.null;
      type(field(el, `option-${first!.id}-text`), 'Een maatje');
      await el.updateComplete;
      expect(errorOf(el, email)).to.not.be.null;
      expect(legend(first!.id)).to.equal('Optie 2: Een maatje');
      // Another locale reaches every option editor.
      await setLocale('en');
      await el.updateComplete;
      expect(legend(second!.id)).to.equal(`Option 1: ${second!.text}`);
      expect(field(el, email).value).to.equal('eetclub@deketel');
    });

    it('can be used with the keyboard alone', async () => {
      const el = await edit();
      field(el, 'area').focus();
      await sendKeys({ type: 'Wijk West' });
      await sendKeys({ press: 'Tab' }); // to the step field
      await sendKeys({ type: 'Bespreek het met de persoon.' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.value.area).to.equal('Wijk West');
      expect(el.value.steps.map((s) => s.text)).to.deep.equal(['Bespreek het met de persoon.']);
      await sendKeys({ press: 'Tab' }); // 'Stap toevoegen'
      await sendKeys({ press: 'Tab' }); // 'Optie toevoegen'
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(el.value.options).to.have.length(1);
      // Focus moved into the new option's first field.
      await sendKeys({ type: 'Buurtkamer' });
      await el.updateComplete;
      expect(el.value.options[0]!.text).to.equal('Buurtkamer');
      // A signal group with Space.
      inputByLabel(el, 'Sociale signalen').focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.value.options[0]!.signalGroups).to.deep.equal(['sociaal']);
      // A bad phone number, then Tab away: the error appears.
      field(el, 'contact-phone').focus();
      await sendKeys({ type: '12ab' });
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(errorOf(el, 'contact-phone')).to.contain('Dit is geen telefoonnummer');
    });

    it('gives the code to put the card on a website, safe against text that would end the script', async () => {
      const value = sample();
      value.title = 'Oost </script><script>window.__pwned=1</script>';
      const el = await edit({ properties: { value } });
      const details = shadow(el).getElementById('embed-details') as HTMLDetailsElement;
      const toggled = oneEvent(details, 'toggle');
      details.querySelector('summary')!.click();
      await toggled;
      await el.updateComplete;
      const code = (field(el, 'embed-code') as HTMLTextAreaElement).value;
      expect(code).to.equal(el.embedCode);
      expect(code.startsWith('<na-verwijskaart>\n<script type="application/json">')).to.be.true;
      expect(code.match(/<\/script>/g)).to.have.length(1);
      // The code, pasted into a page, shows the same card.
      const pasted = await create({ children: code.replace(/^<na-verwijskaart>|<\/na-verwijskaart>$/g, '') });
      expect(pasted.value).to.deep.equal(value);
      expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
    });

    it('moves and removes a step with real keys', async () => {
      const el = await edit({ properties: { value: sample() } });
      const [first, second, third] = sample().steps;
      shadow(el).getElementById(`step-${first!.id}-down`)!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(el.value.steps.map((s) => s.id)).to.deep.equal([second!.id, first!.id, third!.id]);
      // Focus stayed on the button, so pressing again moves the same step further.
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(el.value.steps.map((s) => s.id)).to.deep.equal([second!.id, third!.id, first!.id]);
      await sendKeys({ press: 'Tab' }); // 'Verwijder stap' of the same step
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(el.value.steps.map((s) => s.id)).to.deep.equal([second!.id, third!.id]);
      // The last step went: focus moves to the step before it.
      expect(shadow(el).activeElement?.id).to.equal(`step-${third!.id}`);
    });

    it('has no axe violations while editing, also with errors shown', async () => {
      const el = await edit({ properties: { value: sample() } });
      await typeAndLeave(el, 'contact-phone', '06-123');
      await expect(el).to.be.accessible();
    });
  });

  it('treats mode as an enumerated attribute, and readonly always shows the card', async () => {
    const odd = await create({ attributes: { mode: 'bewerken' }, properties: { value: sample() } });
    expect(odd.mode).to.equal('view');
    expect(shadow(odd).querySelector('[part~="card"]')).to.exist;
    const locked = await edit({ attributes: { readonly: '' }, properties: { value: sample() } });
    expect(shadow(locked).querySelector('[part~="editor"]')).to.be.null;
    expect(shadow(locked).querySelector('[part~="card"]')).to.exist;
    locked.readonly = false;
    await locked.updateComplete;
    expect(shadow(locked).querySelector('[part~="editor"]')).to.exist;
  });

  describe('hand-off from a signaleringskaart', () => {
    const signaleringskaart = (id: string) =>
      mount<NaSignaleringskaart>('na-signaleringskaart', {
        attributes: { id },
        properties: {
          value: { schemaVersion: 1, marked: ['scheiding', 'overlijden-naasten'], own: [], notes: '', nextStep: 'doorgeven' },
        },
      });
    const matchTitles = (el: NaVerwijskaart) =>
      [...shadow(el).querySelectorAll('[part~="option-match"] .option__title')].map((h) => h.textContent!.trim());

    it('highlights the options linked to the signal groups that were passed on, with text, not colour alone', async () => {
      const sk = await signaleringskaart('signalen');
      const el = await create({ attributes: { for: 'signalen' }, properties: { value: sample() } });
      expect(matchTitles(el)).to.deep.equal([]);
      buttonByText(sk, 'Geef het signaal door').click();
      await el.updateComplete;
      expect(el.signals).to.deep.equal(['levensgebeurtenissen']);
      expect(matchTitles(el)).to.deep.equal(['Een maatje dat op bezoek komt', 'Een gespreksgroep over verlies en rouw', 'Hulp bij geldzaken']);
      const match = shadow(el).querySelector('[part~="option-match"]')!;
      expect(match.textContent).to.contain('Past bij de doorgegeven signalen');
      expect(visibleText(el)).to.contain('Doorgegeven signalen: levensgebeurtenissen.');
      // The reader lands on the notice that says what came in and what fits.
      await el.updateComplete;
      expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('[part~="match-notice"]'));
      await expect(el).to.be.accessible();
      buttonByText(el, 'Markering weghalen').click();
      await el.updateComplete;
      expect(matchTitles(el)).to.deep.equal([]);
    });

    it('listens only to the signaleringskaart named in for', async () => {
      const sk = await signaleringskaart('andere-kaart');
      const none = await create({ properties: { value: sample() } });
      const other = await create({ attributes: { for: 'signalen' }, properties: { value: sample() } });
      buttonByText(sk, 'Geef het signaal door').click();
      await none.updateComplete;
      await other.updateComplete;
      expect(matchTitles(none)).to.deep.equal([]);
      expect(matchTitles(other)).to.deep.equal([]);
    });

    it('highlightSignals() does the same from script, ignoring unknown groups, and says when nothing fits', async () => {
      const el = await create({ properties: { value: sample() } });
      el.highlightSignals(['lichamelijk', 'onbekend']);
      await el.updateComplete;
      expect(el.signals).to.deep.equal(['lichamelijk']);
      expect(matchTitles(el)).to.deep.equal(['Praten met de praktijkondersteuner van de huisarts']);
      const value = sample();
      value.options = value.options.filter((o) => !o.signalGroups.includes('lichamelijk'));
      el.value = value;
      await el.updateComplete;
      expect(visibleText(el)).to.contain('Geen optie op deze kaart is aan deze signalen gekoppeld.');
    });
  });

  it('renders in English, marked as our translation', async () => {
    const el = await create({ properties: { value: sample(), now: at(0, 10) } });
    await setLocale('en');
    await el.updateComplete;
    const text = visibleText(el);
    expect(text).to.contain('Once you have raised the subject, these are the options:');
    expect(text).to.contain('On Monday to Friday');
    expect(text).to.contain('Available now, until 17:00.');
    expect(text).to.contain('translation by niet-alleen');
  });
});
