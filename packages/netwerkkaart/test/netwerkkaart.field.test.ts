/**
 * <na-netwerkkaart> in the field (issue 21): a finger on a tablet, and the map on a phone and a
 * laptop screen. The touch test drives Chromium's own input pipeline through the DevTools
 * protocol (the 'touch' command of scripts/wtr-plugins.js): gestures, pointercancel and page
 * scrolling happen as on a real tablet. Firefox and WebKit runs skip it (no such command there).
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { setLocale } from '@niet-alleen/core';
import { itAtWidth, mount, shadow } from '@niet-alleen/core/testing';
import '@niet-alleen/netwerkkaart';
import { netwerkCellAt as cellAt, netwerkkaartExample, type NaNetwerkkaart, type NetwerkkaartValue } from '@niet-alleen/netwerkkaart';
import { inputCommand, scrollingPage } from './field.js';

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
const touch = (type: 'start' | 'move' | 'end', [x, y]: [number, number] = [0, 0]) => inputCommand('touch', { type, x, y });

describe('<na-netwerkkaart> in the field', () => {
  const page = scrollingPage();
  afterEach(async () => {
    await page.reset();
    await setLocale('nl');
  });

  it('a finger drags a contact to another ring and sector (tablet), and the page does not scroll', async function () {
    await setViewport({ width: 1024, height: 768 });
    const el = await mount<NaNetwerkkaart>('na-netwerkkaart', { properties: { value: sample() } });
    // A page that can scroll, as the page around the map does in the field.
    page.add();
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
    page.add();
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

  /** What a person sees of the map at this viewport: its box, the smallest text and the smallest target, in CSS px. */
  async function measureAt(width: number, height: number) {
    await setViewport({ width, height });
    const el = await mount<NaNetwerkkaart>('na-netwerkkaart', { properties: { value: sample() } });
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => requestAnimationFrame(r));
      await el.updateComplete;
    }
    const svg = shadow(el).querySelector<SVGSVGElement>('svg.map-svg')!;
    const map = svg.getBoundingClientRect();
    const scale = svg.getScreenCTM()!.a;
    // Every layer of the picture (internal/map-view.ts): names over the contacts, the grid under them.
    const texts = [...shadow(el).querySelectorAll<SVGTextElement>('.map-stack :is(.sector-label, .ring-label, .label, .ego-label)')];
    const px = (t: Element) => parseFloat(getComputedStyle(t).fontSize) * scale;
    const targets = [...svg.querySelectorAll('g.contact')].map((g) => g.getBoundingClientRect());
    const outside = texts
      .filter((t) => t.matches('.sector-label'))
      .filter((t) => {
        const b = t.getBoundingClientRect();
        return b.left < map.left - 0.5 || b.right > map.right + 0.5 || b.top < map.top - 0.5 || b.bottom > map.bottom + 0.5;
      })
      .map((t) => t.textContent);
    const m = {
      mapSize: [Math.round(map.width), Math.round(map.height)],
      sectorLabel: Math.min(...texts.filter((t) => t.matches('.sector-label')).map(px)),
      contactLabel: Math.min(...texts.filter((t) => t.matches('.label')).map(px)),
      smallestText: Math.min(...texts.map(px)),
      target: Math.min(...targets.flatMap((b) => [b.width, b.height])),
      outside,
    };
    console.log(`netwerkkaart at ${width}×${height}: ${JSON.stringify(m)}`);
    return { el, map, ...m };
  }

  for (const [width, height] of [[390, 844], [1024, 768], [1280, 800]] as const) {
    // An engine whose window cannot get that narrow (WebKit's MiniBrowser) skips the narrow cases.
    itAtWidth(width)(`fits a ${width} × ${height} viewport: the whole map in sight, sector names inside it`, async () => {
      const m = await measureAt(width, height);
      expect(m.map.height, 'map height').to.be.at.most(height);
      expect(m.map.right, 'map right edge').to.be.at.most(width);
      expect(m.map.left).to.be.at.least(0);
      expect(m.outside, 'sector names cut off').to.deep.equal([]);
      // The map uses the room it has: the narrower side of the viewport, less the page margins.
      expect(Math.min(m.map.width, m.map.height), 'map size').to.be.at.least(Math.min(width, height) - 60);
    });

    itAtWidth(width)(`at ${width} × ${height} every text on the map is at least 12 px and every contact a 24 × 24 px target`, async () => {
      const m = await measureAt(width, height);
      expect(m.smallestText, 'smallest text (px)').to.be.at.least(12);
      expect(m.target, 'smallest target (px)').to.be.at.least(24);
    });
  }

  for (const [width, height, where] of [[390, 844, 'in a sheet over the map'], [1280, 800, 'beside the map']] as const) {
    itAtWidth(width)(`at ${width} × ${height} choosing a contact opens its form ${where}: the contact and the form both in sight`, async () => {
      const { el } = await measureAt(width, height);
      const ria = node(el, 'Ria');
      ria.scrollIntoView({ block: 'center' });
      const before = window.scrollY;
      ria.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerId: 1, button: 0, clientX: centre(ria)[0], clientY: centre(ria)[1] }));
      ria.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, pointerId: 1, button: 0, clientX: centre(ria)[0], clientY: centre(ria)[1] }));
      await el.updateComplete;
      for (let i = 0; i < 3; i++) {
        await new Promise((r) => requestAnimationFrame(r));
        await el.updateComplete;
      }
      const field = shadow(el).querySelector<HTMLInputElement>('#edit-name')!;
      expect(shadow(el).activeElement, 'focus in the form').to.equal(field);
      const inView = (b: DOMRect) => b.top >= 0 && b.bottom <= innerHeight && b.left >= 0 && b.right <= innerWidth;
      const contact = node(el, 'Ria').getBoundingClientRect();
      expect(inView(field.getBoundingClientRect()), `the name field ${JSON.stringify(field.getBoundingClientRect())}`).to.equal(true);
      expect(inView(contact), `the contact ${JSON.stringify(contact)}`).to.equal(true);
      // The form does not cover the chosen contact.
      const form = shadow(el).querySelector('.editor')!.getBoundingClientRect();
      const covered = contact.bottom > form.top && contact.top < form.bottom && contact.right > form.left && contact.left < form.right;
      expect(covered, 'the form covers the contact').to.equal(false);
      expect(Math.abs(window.scrollY - before), 'page scrolled (px)').to.be.below(400);
    });
  }

  itAtWidth(390)('at 390 px every name on the map is there in full, wrapped at spaces, never cut', async () => {
    const { el } = await measureAt(390, 844);
    const names = [...shadow(el).querySelectorAll('.contact-label')].map((g) => {
      const c = el.value.contacts.find((o) => o.id === g.getAttribute('data-for'))!;
      return [[...g.querySelectorAll('.label tspan')].map((t) => t.textContent).join(' '), c.name];
    });
    expect(names).to.have.length(el.value.contacts.length);
    for (const [shown, name] of names) expect(shown, name).to.equal(name);
  });

  it('ties go around the person in the middle, not through the centre disc', async () => {
    await setViewport({ width: 1024, height: 768 });
    const value = sample();
    // Across the middle: familie ↔ werk, vrienden ↔ professionals, and the example's own ties.
    value.ties.push({ id: 'x1', from: 'peter', to: 'koor' }, { id: 'x2', from: 'ria', to: 'huisarts' }, { id: 'x3', from: 'els', to: 'ans' });
    const el = await mount<NaNetwerkkaart>('na-netwerkkaart', { properties: { value } });
    await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
    const disc = Number(shadow(el).querySelector('.ego-shape')!.getAttribute('r'));
    const ties = [...shadow(el).querySelectorAll<SVGGeometryElement>('.tie')];
    expect(ties).to.have.length(value.ties.length);
    const closest = ties.map((t) => {
      const length = t.getTotalLength();
      let min = Infinity;
      for (let i = 0; i <= 100; i++) {
        const p = t.getPointAtLength((length * i) / 100);
        min = Math.min(min, Math.hypot(p.x, p.y));
      }
      return Math.round(min);
    });
    for (const d of closest) expect(d, `closest approach to the centre (disc ${disc})`).to.be.above(disc);
  });
});
