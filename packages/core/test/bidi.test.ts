import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { html, render } from 'lit';
import { baseStyles, isolate, tokenStyles } from '@niet-alleen/core';
import { bidiProblems, propertyRuns } from '@niet-alleen/core/testing';

const controls = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
const textWithControls = fc.array(fc.oneof(fc.constantFrom(...controls), fc.string({ maxLength: 4 })), { maxLength: 12 }).map((parts) => parts.join(''));

/** Isolates still open after `text` (LRI/RLI/FSI without their PDI), and PDIs that close nothing. */
function balance(text: string): { open: number; stray: number } {
  let open = 0;
  let stray = 0;
  for (const c of text) {
    if (c >= '\u2066' && c <= '\u2068') open++;
    else if (c === '\u2069') open > 0 ? open-- : stray++;
  }
  return { open, stray };
}

describe('isolate (user text inside a longer string)', () => {
  it('leaves text without bidi controls as it is', () => {
    fc.assert(fc.property(fc.string().filter((s) => !/[\u202A-\u202E\u2066-\u2069]/.test(s)), (s) => isolate(s) === s), { numRuns: propertyRuns(200) });
  });

  it('wraps text with bidi controls in one balanced FSI…PDI, keeping everything else', () => {
    fc.assert(
      fc.property(textWithControls.filter((s) => /[\u202A-\u202E\u2066-\u2069]/.test(s)), (s) => {
        const out = isolate(s);
        expect(out.startsWith('\u2068') && out.endsWith('\u2069')).to.be.true;
        expect(balance(out)).to.deep.equal({ open: 0, stray: 0 });
        // The wrapper's FSI is closed only by the last PDI: nothing of the text is outside it.
        expect(balance(out.slice(0, -1)).open).to.be.greaterThan(0);
        const visible = (t: string) => t.replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
        expect(visible(out)).to.equal(visible(s));
      }),
      { numRuns: propertyRuns(200) },
    );
  });
});

describe('a bidi override in user text, on screen', () => {
  let host: HTMLElement;
  afterEach(() => host.remove());

  /** Renders `content` in a shadow root with the base styles every element uses, and returns where the "b" of "belt" is drawn. */
  async function layout(content: unknown, styled = true) {
    host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    if (styled) root.adoptedStyleSheets = [tokenStyles.styleSheet!, baseStyles.styleSheet!];
    render(html`<p style="font: 16px monospace">${content}</p>`, root);
    const p = root.querySelector('p')!;
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    let belt: DOMRect | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf('belt');
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + 1);
      belt = range.getBoundingClientRect();
    }
    return { belt: belt!, start: p.getBoundingClientRect().left, p };
  }

  it('does not move the text after a name in an element (base styles isolate every element)', async () => {
    const unstyled = await layout(html`<span>Jan \u202E06</span> belt op`, false);
    const reordered = unstyled.belt.left - unstyled.start;
    host.remove();
    const styled = await layout(html`<span>Jan \u202E06</span> belt op`);
    // Without isolation the override reverses " belt op" too ("Jan po tleb 60"); with it, "belt" is the 8th character.
    expect(reordered, 'the control case shows the reordering').to.be.closeTo(10 * styled.belt.width, 2);
    expect(styled.belt.left - styled.start).to.be.closeTo(7 * styled.belt.width, 2);
  });

  it('does not move the text after a name inside a string (isolate)', async () => {
    const plain = await layout(`Jan \u202E06 belt op`);
    const reordered = plain.belt.left - plain.start;
    host.remove();
    const { belt, start, p } = await layout(`${isolate('Jan \u202E06')} belt op`);
    expect(reordered, 'the control case shows the reordering').to.be.closeTo(10 * belt.width, 2);
    expect(belt.left - start).to.be.closeTo(7 * belt.width, 2);
    expect(bidiProblems(host, 'Jan \u202E06'), p.outerHTML).to.deep.equal([]);
  });
});
