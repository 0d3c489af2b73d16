/**
 * The one line to embed, dist/niet-alleen.js (src/loader.ts), on a page served under the strictest
 * CSP of web-test-runner.config.js (Trusted Types required): it loads only the packages whose tags
 * are on the page (and later added ones when they appear), English only when the page asks for it,
 * and the element then shows English. What it loads is read from the page's own resource timing,
 * so these tests see the requests a server would see. Needs the build (npm test builds it).
 */
import { expect } from '@open-wc/testing';
import { buttonByText } from '@niet-alleen/core/testing';

interface Probe {
  violations: string[];
  errors: string[];
}
type Instrument = HTMLElement & { updateComplete: Promise<unknown> };
type Page = Window & { __probe: Probe };

async function open(fixture: string): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '1000px';
  frame.style.blockSize = '800px';
  frame.src = `/packages/niet-alleen/test/fixtures/${fixture}?csp=strictest`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentWindow as Page;
}

/** The chunks the page requested, by file name (chunks/signaleringskaart.js → 'signaleringskaart.js'). */
const chunksOf = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((r) => new URL(r.name).pathname)
    .filter((path) => path.includes('/niet-alleen/dist/chunks/'))
    .map((path) => path.slice(path.lastIndexOf('/') + 1))
    .sort();

/**
 * The chunks a page with these packages needs, from dist/modulepreload.json: each package's own
 * chunk and the shared ones it imports (e.g. a Lit directive two packages use), nothing else.
 */
async function chunksFor(...packages: string[]): Promise<string[]> {
  const manifest = (await (await fetch('/packages/niet-alleen/dist/modulepreload.json')).json()) as Record<string, string[]>;
  return [...new Set(packages.flatMap((p) => manifest[p]!.map((f) => f.slice(f.lastIndexOf('/') + 1))))].sort();
}

/** The loader's page with one more instrument added by script; resolves with it rendered. */
async function pageWith<E extends Instrument>(tag: string): Promise<{ win: Page; kaart: E }> {
  const win = await open('loader.html');
  await win.customElements.whenDefined('na-signaleringskaart');
  win.document.body.append(win.document.createElement(tag));
  await win.customElements.whenDefined(tag);
  const kaart = win.document.querySelector<E>(tag)!;
  await kaart.updateComplete;
  return { win, kaart };
}

const clean = (win: Page) => {
  const origins = win.performance.getEntriesByType('resource').map((r) => new URL(r.name).origin);
  expect(origins.filter((o) => o !== win.location.origin), 'foreign requests').to.deep.equal([]);
  expect(win.__probe.violations, 'CSP violations').to.deep.equal([]);
  expect(win.__probe.errors, 'errors').to.deep.equal([]);
};

describe('dist/niet-alleen.js, the loader, under the strictest CSP with Trusted Types', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('loads only the package of the one tag on the page, then the package of a tag added later', async () => {
    const win = await open('loader.html');
    await win.customElements.whenDefined('na-signaleringskaart');
    const kaart = win.document.querySelector<Instrument>('na-signaleringskaart')!;
    await kaart.updateComplete;
    expect(buttonByText(kaart, 'Afdrukken'), 'rendered in Dutch').to.exist;
    expect(chunksOf(win)).to.deep.equal(await chunksFor('signaleringskaart'));
    expect(chunksOf(win)).to.include('signaleringskaart.js');
    expect(win.customElements.get('na-netwerkkaart'), 'no other package defined').to.be.undefined;

    // A tag that appears later, deep inside added markup: its package loads then.
    const wrapper = win.document.createElement('section');
    wrapper.append(win.document.createElement('div'));
    wrapper.firstElementChild!.append(win.document.createElement('na-netwerkkaart'));
    win.document.body.append(wrapper);
    await win.customElements.whenDefined('na-netwerkkaart');
    const netwerk = wrapper.querySelector<Instrument>('na-netwerkkaart')!;
    await netwerk.updateComplete;
    expect(netwerk.shadowRoot!.querySelector('*'), 'the added element rendered').to.exist;
    expect(chunksOf(win)).to.deep.equal(await chunksFor('signaleringskaart', 'netwerkkaart'));
    expect(chunksOf(win)).to.include('netwerkkaart.js');
    expect(win.customElements.get('na-werkwijze'), 'the werkwijze is not loaded').to.be.undefined;
    clean(win);
  });

  it('loads one talentenkaart element without its two siblings; the dossier loads its other instruments itself', async () => {
    const { win, kaart } = await pageWith<Instrument>('na-talentenkaart');
    expect(kaart.shadowRoot!.querySelector('*'), 'rendered').to.exist;
    expect(chunksOf(win)).to.deep.equal(await chunksFor('signaleringskaart', 'talentenkaart'));
    expect(win.customElements.get('na-interesses-waarden'), 'its sibling not loaded').to.be.undefined;
    expect(win.customElements.get('na-talentenkaart-groep'), 'its sibling not loaded').to.be.undefined;

    // The dossier: the loader loads the werkwijze; the dossier loads the instruments of its other phases.
    win.document.body.append(win.document.createElement('na-werkwijze'));
    await win.customElements.whenDefined('na-werkwijze');
    await win.document.querySelector<Instrument>('na-werkwijze')!.updateComplete;
    for (const tag of ['na-netwerkkaart', 'na-interesses-waarden', 'na-reflector-eenzaamheid']) {
      expect(win.customElements.get(tag), `${tag} defined for the dossier`).to.exist;
    }
    expect(chunksOf(win)).to.include.members(['werkwijze.js', 'netwerkkaart.js', 'interesses-waarden.js', 'reflectors.js']);
    expect(win.customElements.get('na-partnerschapskaart'), 'not in the dossier').to.be.undefined;
    clean(win);
  });

  it('a netwerkkaart loads its form, its example and its force layout only when a person asks for them (issue 32)', async () => {
    type Kaart = Instrument & { value: { contacts: { id: string; x: number | null }[] }; edit(id: string): void };
    const { win, kaart } = await pageWith<Kaart>('na-netwerkkaart');
    const parts = ['netwerkkaart-editor.js', 'netwerkkaart-example.js', 'netwerkkaart-force.js'];
    expect(chunksOf(win).filter((c) => parts.includes(c)), 'an empty map loads none of them').to.deep.equal([]);

    // The example has no positions: its contacts are placed by the force layout, which loads with it.
    buttonByText(kaart, 'Bekijk het voorbeeld')!.click();
    await kaart.updateComplete;
    expect(kaart.value.contacts, 'the example is on the map').to.have.length(10);
    expect(kaart.shadowRoot!.querySelectorAll('g.contact'), 'drawn').to.have.length(10);
    expect(chunksOf(win).filter((c) => parts.includes(c))).to.deep.equal(['netwerkkaart-example.js', 'netwerkkaart-force.js']);

    // The contact's form loads when one is opened.
    kaart.edit(kaart.value.contacts[0]!.id);
    await kaart.updateComplete;
    expect(kaart.shadowRoot!.querySelector('#edit-name'), 'the form is open').to.exist;
    expect(chunksOf(win).filter((c) => parts.includes(c))).to.deep.equal(parts);
    clean(win);
  });

  it('loads the partnerschapskaart without the parts it does not show at first; facilitator mode loads its script then', async () => {
    const { win, kaart } = await pageWith<Instrument & { facilitator: boolean }>('na-partnerschapskaart');
    const card = await chunksFor('signaleringskaart', 'partnerschapskaart');
    expect(chunksOf(win)).to.deep.equal(card);
    expect(card.filter((c) => c.startsWith('partnerschapskaart-')), 'its parts are not in its page').to.deep.equal([]);

    kaart.facilitator = true;
    await kaart.updateComplete;
    expect(buttonByText(kaart, 'Volgende stap'), 'the session script').to.exist;
    expect(chunksOf(win)).to.deep.equal([...card, 'partnerschapskaart-session-view.js'].sort());
    clean(win);
  });

  it('loads English only when <html lang> asks for it, and the element re-renders in English', async () => {
    const win = await open('loader.html');
    await win.customElements.whenDefined('na-signaleringskaart');
    const kaart = win.document.querySelector<Instrument>('na-signaleringskaart')!;
    await kaart.updateComplete;
    expect(chunksOf(win).filter((c) => c.includes('.en.')), 'no English on a Dutch page').to.deep.equal([]);

    const ready = new Promise<void>((resolve) =>
      win.addEventListener('lit-localize-status', (e) => (e as CustomEvent<{ status: string }>).detail.status === 'ready' && resolve()),
    );
    win.document.documentElement.lang = 'en';
    // Until the English arrives the card keeps its Dutch: never an empty or half-translated card.
    expect(buttonByText(kaart, 'Afdrukken')).to.exist;
    await ready;
    await kaart.updateComplete;
    expect(buttonByText(kaart, 'Print'), 'English after the switch').to.exist;
    expect(chunksOf(win).filter((c) => c.includes('.en.'))).to.deep.equal(['core.en.js', 'signaleringskaart.en.js']);
    clean(win);
  });

  it('on a page in English, the first render is English and only the English of the packages used loads', async () => {
    const win = await open('loader-en.html');
    await win.customElements.whenDefined('na-signaleringskaart');
    const kaart = win.document.querySelector<Instrument>('na-signaleringskaart')!;
    await kaart.updateComplete;
    expect(buttonByText(kaart, 'Print'), 'English at once').to.exist;
    expect(() => buttonByText(kaart, 'Afdrukken'), 'no Dutch').to.throw();
    // signaleringskaart-schema.js: its schema and texts, shared with the verwijskaart (which shows the signal groups' names).
    expect(chunksOf(win)).to.deep.equal(['core.en.js', 'signaleringskaart-schema.js', 'signaleringskaart.en.js', 'signaleringskaart.js']);
    clean(win);
  });
});
