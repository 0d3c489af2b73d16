/**
 * The signaleringskaart in a conversation and on paper (issue 21): the groups do not touch the
 * card after them; 'Geef het signaal door' says visibly what happened; a filled card prints on at
 * most two A4 pages, with the chosen next step on it.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { mount, unmountAll, shadow, inputByLabel, buttonByText, printedPages, expectLaidOutOnlyWhenNear } from '@niet-alleen/core/testing';
import '@niet-alleen/signaleringskaart';
import { signalItems, signaleringskaartExample, type NaSignaleringskaart, type SignaleringskaartValue } from '@niet-alleen/signaleringskaart';

/** A card as filled in after a visit: several signals in every group, own ones, a long note, the next step. */
const filled = (): SignaleringskaartValue => ({
  schemaVersion: 1,
  marked: Object.values(signalItems).flatMap((ids) => ids.filter((_, i) => i % 2 === 0)),
  own: [
    { id: 'o1', group: 'sociaal', text: 'komt niet meer naar de soos', marked: true },
    { id: 'o2', group: 'lichamelijk', text: 'duizelig bij het opstaan', marked: true },
    { id: 'o3', group: 'anders', text: 'post blijft liggen', marked: true },
  ],
  notes: 'Buurvrouw maakt zich zorgen. Meneer zegt dat het wel gaat, maar de gordijnen blijven dicht. '.repeat(4),
  nextStep: 'doorgeven',
});

/** Lays the page out for the printer; false where this runner cannot emulate print media (Firefox over BiDi, WebKit). */
const printMedia = () => emulateMedia({ media: 'print' }).then(() => true, () => false);

describe('<na-signaleringskaart> in a conversation and on paper', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' }).catch(() => undefined);
    unmountAll();
    await setViewport({ width: 800, height: 600 });
  });

  // The work one mark causes (issue 32 item 7), never timed: the summary follows every mark, laid out once it comes near.
  it('a mark with the summary off screen leaves its layout for when it comes near', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await mount<NaSignaleringskaart>('na-signaleringskaart', { properties: { value: structuredClone(signaleringskaartExample) } });
    const summary = shadow(el).querySelector<HTMLElement>('[part~="summary"]')!;
    await expectLaidOutOnlyWhenNear([summary], async () => {
      inputByLabel(el, 'hoofdpijn').click();
      await el.updateComplete;
    });
    expect(summary.textContent, 'the summary follows the mark').to.contain('hoofdpijn');
  });

  for (const width of [1280, 600]) {
    it(`"Levensgebeurtenissen" keeps the same space to the next card as the groups between them (${width} px)`, async () => {
      await setViewport({ width, height: 800 });
      const el = await mount<NaSignaleringskaart>('na-signaleringskaart');
      const sections = [...shadow(el).querySelectorAll<HTMLElement>('.na-section')];
      const headings = sections.map((s) => s.querySelector('h3')?.textContent?.trim());
      const life = sections[headings.indexOf('Levensgebeurtenissen')]!;
      const next = sections[headings.indexOf('Levensgebeurtenissen') + 1]!;
      const gap = next.getBoundingClientRect().top - life.getBoundingClientRect().bottom;
      expect(gap, 'space between Levensgebeurtenissen and the next card').to.be.at.least(8);
    });
  }

  it('"Geef het signaal door" says visibly what happened: passed on when the page took it, else that nothing was sent', async () => {
    const alone = await mount<NaSignaleringskaart>('na-signaleringskaart', { properties: { value: filled() } });
    buttonByText(alone, 'Geef het signaal door').click();
    await alone.updateComplete;
    const status = (el: Element) => shadow(el).querySelector<HTMLElement>('[part~="next-step"] [role="status"]')!;
    expect(status(alone).innerText.trim(), 'standalone: nothing on the page takes it').to.equal(
      'Er is niets verstuurd: deze pagina geeft het signaal niet door. Geef het zelf door aan iemand die kan helpen.',
    );
    expect(status(alone).getBoundingClientRect().height, 'visible, not only for a screen reader').to.be.above(0);

    const page = document.createElement('div');
    page.addEventListener('na-signal-forward', (event) => event.preventDefault()); // the page takes the signal
    document.body.append(page);
    const taken = await mount<NaSignaleringskaart>('na-signaleringskaart', { parent: page, properties: { value: filled() } });
    buttonByText(taken, 'Geef het signaal door').click();
    await taken.updateComplete;
    expect(status(taken).innerText.trim()).to.equal('Het signaal is doorgegeven.');
    page.remove();
  });

  it('prints a filled card on at most two A4 pages, with the chosen next step', async function () {
    const el = await mount<NaSignaleringskaart>('na-signaleringskaart', { properties: { value: filled() } });
    if (!(await printMedia())) return this.skip();
    const step = shadow(el).querySelector<HTMLElement>('[part~="next-step"]')!;
    expect(getComputedStyle(step).display, 'the next step is on paper').not.to.equal('none');
    const chosen = inputByLabel(el, 'Ik kan of wil het gesprek niet aangaan: ik geef het signaal door');
    expect(chosen.checked).to.be.true;
    expect(chosen.getBoundingClientRect().height, 'its mark is printed').to.be.above(0);
    expect(step.innerText).to.include('Ik kan of wil het gesprek niet aangaan: ik geef het signaal door');
    const pages = await printedPages();
    if (pages === null) return; // this runner cannot print to PDF
    expect(pages).to.be.within(1, 2);
  });
});
