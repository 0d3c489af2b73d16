/**
 * A reflector in a conversation (issue 21): the first answer moves nothing under the pointer,
 * two fillings on one day have two names, and starting a new filling does not look like the
 * filling that is shown.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { mount, unmountAll, shadow, buttonByText, itAtWidth } from '@niet-alleen/core/testing';
import '@niet-alleen/reflectors';
import { eenzaamheidExample, type NaReflector } from '@niet-alleen/reflectors';

const dutchDate = (date: string) => new Intl.DateTimeFormat('nl', { dateStyle: 'long' }).format(new Date(`${date}T00:00:00`));
const fillingLabels = (el: Element) => [...shadow(el).querySelectorAll('[part~="moments"] li button')].map((b) => b.textContent!.trim());

describe('reflectors: layout in a conversation', () => {
  afterEach(async () => {
    unmountAll();
    await setViewport({ width: 800, height: 600 });
  });

  for (const width of [1280, 390]) {
    itAtWidth(width)(`the first answer moves nothing: the clicked choice stays where it was (${width} px)`, async () => {
      await setViewport({ width, height: 800 });
      window.scrollTo(0, 0); // at the top of the page the browser's scroll anchoring does not hide a jump
      const el = await mount<NaReflector>('na-reflector-eenzaamheid');
      const statement = shadow(el).querySelector('[part~="statement"]')!;
      const choice = statement.querySelector<HTMLInputElement>('input[type="radio"]')!;
      const option = choice.closest('label') ?? choice;
      const top = option.getBoundingClientRect().top;
      choice.click();
      await el.updateComplete;
      expect(el.value.moments, 'the answer started the first filling').to.have.length(1);
      expect(option.getBoundingClientRect().top).to.equal(top);
    });
  }

  it('before the first answer the bar names the filling that answer starts, dated today; a new date there starts it too', async () => {
    const el = await mount<NaReflector>('na-reflector-eenzaamheid');
    const today = new Date();
    const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(fillingLabels(el)).to.deep.equal([`Invulling van ${dutchDate(iso)}`]);
    expect(buttonByText(el, 'Nieuwe invulling beginnen').getAttribute('aria-disabled'), 'nothing to start a new one after').to.equal('true');
    buttonByText(el, 'Nieuwe invulling beginnen').click();
    expect(el.value.moments).to.deep.equal([]);
    const date = shadow(el).querySelector<HTMLInputElement>('#moment-date')!;
    expect(date.value).to.equal(iso);
    date.value = '2026-03-04';
    date.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.value.moments.map((m) => m.date)).to.deep.equal(['2026-03-04']);
    expect(fillingLabels(el)).to.deep.equal(['Invulling van 4 maart 2026']);
  });

  it('two fillings on one day get different names, in the bar and in the comparison', async () => {
    const value = structuredClone(eenzaamheidExample);
    value.moments[1]!.date = value.moments[0]!.date;
    const el = await mount<NaReflector>('na-reflector-eenzaamheid', { properties: { value } });
    const day = dutchDate(value.moments[0]!.date);
    expect(fillingLabels(el).slice(0, 2)).to.deep.equal([`1e invulling van ${day}`, `2e invulling van ${day}`]);
    buttonByText(el, `1e invulling van ${day}`).click();
    await el.updateComplete;
    expect(shadow(el).querySelector<HTMLInputElement>('#moment-date')!.value).to.equal(value.moments[0]!.date);
    el.view = 'compare';
    await el.updateComplete;
    const headers = [...shadow(el).querySelectorAll('[part~="comparison"] thead th')].map((th) => th.textContent!.trim());
    expect(new Set(headers.slice(1, -1)).size, headers.join(' | ')).to.equal(2);
  });

  it('"Nieuwe invulling beginnen" does not look like the filling that is shown', async () => {
    const el = await mount<NaReflector>('na-reflector-eenzaamheid', { properties: { value: structuredClone(eenzaamheidExample) } });
    const shown = shadow(el).querySelector<HTMLButtonElement>('[part~="moments"] button[aria-pressed="true"]')!;
    const start = buttonByText(el, 'Nieuwe invulling beginnen');
    const look = (b: Element) => {
      const s = getComputedStyle(b);
      return { background: s.backgroundColor, border: s.borderStyle, mark: getComputedStyle(b, '::before').content };
    };
    expect(look(start).background, 'fill').not.to.equal(look(shown).background);
    expect(look(start).mark, 'mark before the label').not.to.equal(look(shown).mark);
    // Nor like a filling that is not shown: it is an action, set apart.
    const other = shadow(el).querySelector<HTMLButtonElement>('[part~="moments"] li button[aria-pressed="false"]')!;
    expect(look(start).border).not.to.equal(look(other).border);
  });
});
