/**
 * <na-netwerkkaart> in the field (issue 21): a finger on a tablet, and the map on a phone and a
 * laptop screen. The touch test drives Chromium's own input pipeline through the DevTools
 * protocol (the 'touch' command of scripts/wtr-plugins.js): gestures, pointercancel and page
 * scrolling happen as on a real tablet. Firefox and WebKit runs skip it (no such command there).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { setLocale } from '@niet-alleen/core';
import { mount, unmountAll, shadow } from '@niet-alleen/core/testing';
import '@niet-alleen/netwerkkaart';
import { netwerkCellAt as cellAt, netwerkkaartExample, type NaNetwerkkaart, type NetwerkkaartValue } from '@niet-alleen/netwerkkaart';

const sample = (): NetwerkkaartValue => structuredClone(netwerkkaartExample);
const geometry = { rings: 3, sectors: 6 };
const node = (el: NaNetwerkkaart, name: string) =>
  [...shadow(el).querySelectorAll<SVGGElement>('g.contact')].find((n) => n.getAttribute('aria-label')!.startsWith(`${name},`))!;
const byName = (el: NaNetwerkkaart, name: string) => el.value.contacts.find((c) => c.name === name)!;
/** The screen point (CSS px) of map point (r, angle in degrees, SVG angles) : the outer ring's radius is the map's unit. */
const screenPoint = (el: NaNetwerkkaart, r: number, degrees: number): [number, number] => {
  const svg = shadow(el).querySelector<SVGSVGElement>('svg.map-svg')!;
  const unit = Number(shadow(el).querySelector('circle.ring[data-ring="3"]')!.getAttribute('r'));
  const a = degrees * (Math.PI / 180);
  const p = new DOMPoint(Math.cos(a) * r * unit, Math.sin(a) * r * unit).matrixTransform(svg.getScreenCTM()!);
  return [Math.round(p.x), Math.round(p.y)];
};
const centre = (e: Element): [number, number] => {
  const b = e.getBoundingClientRect();
  return [Math.round(b.x + b.width / 2), Math.round(b.y + b.height / 2)];
};

/** One finger on the page; false when this browser has no 'touch' command (Firefox, WebKit). */
async function touch(type: 'start' | 'move' | 'end', [x, y]: [number, number] = [0, 0]): Promise<boolean> {
  try {
    return (await executeServerCommand('touch', { type, x, y })) === true;
  } catch {
    return false;
  }
}

describe('<na-netwerkkaart> in the field', () => {
  let spacer: HTMLElement | null = null;
  afterEach(async () => {
    unmountAll();
    spacer?.remove();
    spacer = null;
    window.scrollTo(0, 0);
    await setLocale('nl');
    await setViewport({ width: 800, height: 600 });
  });

  it('a finger drags a contact to another ring and sector (tablet), and the page does not scroll', async function () {
    await setViewport({ width: 1024, height: 768 });
    const el = await mount<NaNetwerkkaart>('na-netwerkkaart', { properties: { value: sample() } });
    // A page that can scroll, as the page around the map does in the field.
    spacer = document.createElement('div');
    spacer.style.blockSize = '3000px';
    document.body.append(spacer);
    const peter = node(el, 'Peter (zoon)');
    peter.scrollIntoView({ block: 'center' });
    await new Promise((r) => requestAnimationFrame(r));
    const scrolled = window.scrollY;
    const pointers: string[] = [];
    for (const type of ['pointerdown', 'pointercancel', 'pointerup']) peter.addEventListener(type, (e) => pointers.push(`${type}:${(e as PointerEvent).pointerType}`));
    const from = centre(peter);
    // Ring 1 of 'werk', the fourth sector (its middle at 120°).
    const to = screenPoint(el, 0.3, 120);
    if (!(await touch('start', from))) {
      console.warn('touch drag: skipped, this browser has no DevTools touch command');
      this.skip();
    }
    for (let i = 1; i <= 6; i++) await touch('move', [Math.round(from[0] + ((to[0] - from[0]) * i) / 6), Math.round(from[1] + ((to[1] - from[1]) * i) / 6)]);
    await touch('end');
    await el.updateComplete;
    expect(pointers, 'the browser did not take the gesture over').to.deep.equal(['pointerdown:touch', 'pointerup:touch']);
    expect(window.scrollY, 'the page stayed where it was').to.equal(scrolled);
    const moved = byName(el, 'Peter (zoon)');
    expect(moved).to.include({ ring: 1, domain: 'werk' });
    expect(cellAt(geometry, moved.x!, moved.y!)).to.deep.equal({ ring: 1, sector: 3 });
  });

  it('a finger swiping over the empty map still scrolls the page', async function () {
    await setViewport({ width: 1024, height: 768 });
    const el = await mount<NaNetwerkkaart>('na-netwerkkaart', { properties: { value: sample() } });
    spacer = document.createElement('div');
    spacer.style.blockSize = '3000px';
    document.body.append(spacer);
    shadow(el).querySelector('svg.map-svg')!.scrollIntoView({ block: 'center' });
    const before = window.scrollY;
    const from = screenPoint(el, 0.1, 0); // inside the centre disc, no contact there
    if (!(await touch('start', from))) {
      console.warn('touch scroll: skipped, this browser has no DevTools touch command');
      this.skip();
    }
    for (let i = 1; i <= 6; i++) await touch('move', [from[0], from[1] - i * 30]);
    await touch('end');
    await new Promise((r) => setTimeout(r, 100));
    expect(window.scrollY).to.be.greaterThan(before);
    expect(el.value).to.deep.equal(sample());
  });
});
