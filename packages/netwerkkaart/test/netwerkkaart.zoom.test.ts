/**
 * Zoom and pan of <na-netwerkkaart> (issue 33 item 3) and names that never cover a sector's name
 * (issue 21), at a phone's 390 px and a tablet's 1024 px. Fingers and the wheel go through
 * Chromium's own input pipeline (the 'touch' and 'wheel' commands of scripts/wtr-plugins.js), so
 * the browser's gesture handling, page zoom and scrolling take part as on a real device; a browser
 * without them (Firefox) skips those cases and runs the rest (keys, buttons, mouse, sizes, print).
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { itAtWidth, mount, shadow } from '@niet-alleen/core/testing';
import '@niet-alleen/netwerkkaart';
import {
  generatedNetwerkkaart, netwerkCellAt as cellAt, netwerkkaartExample, type NaNetwerkkaart, type NetwerkkaartValue,
} from '@niet-alleen/netwerkkaart';
import { inputCommand, scrollingPage } from './field.js';

type Point = [number, number];
const frames = async (n = 3) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};
const svgOf = (el: NaNetwerkkaart) => shadow(el).querySelector<SVGSVGElement>('svg.map-svg')!;
const groupOf = (el: NaNetwerkkaart) => shadow(el).querySelector<SVGGElement>('g.zoom')!;
/** The zoom a person sees: how much larger the map is drawn than at 'Passend maken'. */
const zoomOf = (el: NaNetwerkkaart) => groupOf(el).getScreenCTM()!.a / svgOf(el).getScreenCTM()!.a;
/** Screen point (CSS px) ↔ map point (user units of the map group, i.e. px at zoom 1). */
const toMap = (el: NaNetwerkkaart, [x, y]: Point): Point => {
  const p = new DOMPoint(x, y).matrixTransform(groupOf(el).getScreenCTM()!.inverse());
  return [p.x, p.y];
};
const toScreen = (el: NaNetwerkkaart, [x, y]: Point): Point => {
  const p = new DOMPoint(x, y).matrixTransform(groupOf(el).getScreenCTM()!);
  return [p.x, p.y];
};
const centre = (e: Element): Point => {
  const b = e.getBoundingClientRect();
  return [b.x + b.width / 2, b.y + b.height / 2];
};
const mapBox = (el: NaNetwerkkaart) => svgOf(el).getBoundingClientRect();
const mapCentre = (el: NaNetwerkkaart): Point => centre(svgOf(el));
const unit = (el: NaNetwerkkaart) => Number(shadow(el).querySelector('circle.ring[data-ring="3"]')!.getAttribute('r'));
const button = (el: NaNetwerkkaart, name: string) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('.zoom-controls button')].find((b) => b.textContent!.trim() === name)!;
/** The screen point of map point (r, angle in degrees): r in units of the outer ring's radius. */
const screenAt = (el: NaNetwerkkaart, r: number, degrees: number): Point => {
  const a = (degrees * Math.PI) / 180;
  return toScreen(el, [Math.cos(a) * r * unit(el), Math.sin(a) * r * unit(el)]);
};
const distance = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]);

const touch = (type: 'start' | 'move' | 'end', points: Point[] = []) => inputCommand('touch', { type, points: points.map(([x, y]) => [Math.round(x), Math.round(y)]) });
const wheel = ([x, y]: Point, deltaY: number, ctrl: boolean) => inputCommand('wheel', { x: Math.round(x), y: Math.round(y), deltaY, ctrl });
/** Two fingers from `from` to `to` (each a pair of points) in six steps. */
async function twoFingers(from: [Point, Point], to: [Point, Point]): Promise<boolean> {
  if (!(await touch('start', from))) return false;
  for (let i = 1; i <= 6; i++) {
    const at = (j: 0 | 1): Point => [from[j][0] + ((to[j][0] - from[j][0]) * i) / 6, from[j][1] + ((to[j][1] - from[j][1]) * i) / 6];
    await touch('move', [at(0), at(1)]);
  }
  await touch('end');
  return true;
}

/** The boxes (screen px) of every glyph of the sector names: they lie on arcs, so their one box would be far too large. */
function sectorGlyphs(el: NaNetwerkkaart): DOMRect[] {
  return [...shadow(el).querySelectorAll<SVGTextElement>('text.sector-label')].flatMap((t) => {
    const m = t.getScreenCTM()!;
    return Array.from({ length: t.getNumberOfChars() }, (_, i) => {
      const e = t.getExtentOfChar(i);
      const corners = [[e.x, e.y], [e.x + e.width, e.y], [e.x, e.y + e.height], [e.x + e.width, e.y + e.height]].map(([x, y]) => new DOMPoint(x, y).matrixTransform(m));
      const xs = corners.map((p) => p.x);
      const ys = corners.map((p) => p.y);
      return new DOMRect(Math.min(...xs), Math.min(...ys), Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    });
  }).filter((r) => r.width > 0.5 && r.height > 0.5);
}
const visibleNames = (el: NaNetwerkkaart) =>
  [...shadow(el).querySelectorAll<SVGTextElement>('.contact-label .label, .contact-label .mark')].filter((t) => getComputedStyle(t).display !== 'none');
const overlap = (a: DOMRect, b: DOMRect, slack = 0.5) =>
  a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack;

/** The smallest text (px on screen) and the smallest contact target (px) of the map as drawn now, names on focus included. */
function sizes(el: NaNetwerkkaart) {
  const svg = svgOf(el);
  // The picture's layers: the names are over the contacts' layer, the grid's under it.
  const texts = [...shadow(el).querySelectorAll<SVGTextElement>('.sector-label, .ring-label, .ego-label, .contact-label .label')].filter((t) => getComputedStyle(t).display !== 'none');
  const px = (t: SVGTextElement) => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM()!.a;
  const targets = [...svg.querySelectorAll('g.contact')].map((g) => g.getBoundingClientRect());
  return {
    text: Math.min(...texts.map(px)),
    name: Math.min(...texts.filter((t) => t.matches('.label')).map(px)),
    target: Math.min(...targets.flatMap((b) => [b.width, b.height])),
    names: texts.filter((t) => t.matches('.label')).length,
  };
}

/** Print media where the browser can emulate it (Chromium over CDP); false elsewhere (Firefox over BiDi). */
async function media(kind: 'print' | 'screen'): Promise<boolean> {
  try {
    await emulateMedia({ media: kind });
    return true;
  } catch {
    return false;
  }
}

describe('<na-netwerkkaart> zoom and pan', () => {
  const page = scrollingPage();
  afterEach(async () => {
    await media('screen');
    await page.reset();
  });

  async function open(width: number, height: number, value: NetwerkkaartValue = generatedNetwerkkaart(150, 40)) {
    await setViewport({ width, height });
    const el = await mount<NaNetwerkkaart>('na-netwerkkaart', { properties: { value } });
    await frames();
    await el.updateComplete;
    // A page around the map that can scroll, as in the field.
    page.add();
    svgOf(el).scrollIntoView({ block: 'center' });
    await frames(2);
    return el;
  }
  async function settle(el: NaNetwerkkaart) {
    await new Promise((r) => setTimeout(r, 500));
    await el.updateComplete;
    await frames(2);
  }

  for (const [width, height] of [[390, 844], [1024, 768]] as const) {
    describe(`at ${width} × ${height}`, () => {
      itAtWidth(width)('two fingers pinch: the map zooms in and out around the fingers, the page neither zooms nor scrolls', async function () {
        const el = await open(width, height);
        const scrolled = window.scrollY;
        const [cx, cy] = mapCentre(el);
        const mid: Point = [cx + 20, cy - 30];
        const anchor = toMap(el, mid);
        if (!(await twoFingers([[mid[0] - 30, mid[1]], [mid[0] + 30, mid[1]]], [[mid[0] - 90, mid[1]], [mid[0] + 90, mid[1]]]))) {
          console.warn('pinch: skipped, this browser has no DevTools touch command');
          this.skip();
        }
        await settle(el);
        expect(zoomOf(el), 'zoom after spreading the fingers to three times their distance').to.be.closeTo(3, 0.15);
        expect(distance(toScreen(el, anchor), mid), 'the map point under the fingers stays under them (px)').to.be.below(3);
        expect(window.visualViewport?.scale ?? 1, 'page zoom').to.equal(1);
        expect(window.scrollY, 'page scroll').to.equal(scrolled);
        // And back: fingers together again.
        await twoFingers([[mid[0] - 90, mid[1]], [mid[0] + 90, mid[1]]], [[mid[0] - 30, mid[1]], [mid[0] + 30, mid[1]]]);
        await settle(el);
        expect(zoomOf(el)).to.be.closeTo(1, 0.05);
      });

      itAtWidth(width)('two fingers pan the zoomed map; the map stays over the whole view', async function () {
        const el = await open(width, height);
        button(el, 'Inzoomen').click();
        button(el, 'Inzoomen').click();
        await settle(el);
        const k = zoomOf(el);
        expect(k).to.be.closeTo(2.25, 0.01);
        const [cx, cy] = mapCentre(el);
        const start: [Point, Point] = [[cx - 40, cy], [cx + 40, cy]];
        const anchor = toMap(el, [cx, cy]);
        if (!(await twoFingers(start, [[cx - 100, cy - 50], [cx - 20, cy - 50]]))) {
          console.warn('two-finger pan: skipped, this browser has no DevTools touch command');
          this.skip();
        }
        await settle(el);
        expect(zoomOf(el), 'zoom unchanged by a pan').to.be.closeTo(k, 0.02);
        expect(distance(toScreen(el, anchor), [cx - 60, cy - 50]), 'the map followed the fingers (px)').to.be.below(3);
        // A long pan stops at the map's edge: no empty side.
        await twoFingers([[cx - 40, cy], [cx + 40, cy]], [[cx + 400, cy + 400], [cx + 480, cy + 400]]);
        await settle(el);
        // The map's square (rings and sector names) still covers the view's top left corner.
        const half = svgOf(el).viewBox.baseVal.width / 2;
        const corner = toScreen(el, [-half, -half]);
        const box = mapBox(el);
        expect(corner[0], 'the map reaches past the left edge').to.be.at.most(box.left + 1);
        expect(corner[1], 'the map reaches past the top edge').to.be.at.most(box.top + 1);
      });

      itAtWidth(width)('a plain wheel scrolls the page; Ctrl + wheel (a trackpad pinch) zooms at the pointer', async function () {
        const el = await open(width, height);
        const [cx, cy] = mapCentre(el);
        const before = window.scrollY;
        if (!(await wheel([cx, cy], 200, false))) {
          console.warn('wheel: skipped, this browser has no DevTools wheel command');
          this.skip();
        }
        await settle(el);
        expect(window.scrollY, 'the page scrolled').to.be.greaterThan(before);
        expect(zoomOf(el), 'no zoom from a plain wheel').to.equal(1);
        const at: Point = [cx - 40, Math.min(cy, mapBox(el).bottom - 60)];
        const anchor = toMap(el, at);
        const scrolled = window.scrollY;
        await wheel(at, -100, true);
        await settle(el);
        expect(zoomOf(el), 'Ctrl + wheel up zooms in').to.be.above(2);
        expect(distance(toScreen(el, anchor), at), 'the point under the pointer stays (px)').to.be.below(3);
        expect(window.scrollY, 'no page scroll from Ctrl + wheel').to.equal(scrolled);
        await wheel(at, 100, true);
        await settle(el);
        expect(zoomOf(el), 'Ctrl + wheel down zooms out').to.be.closeTo(1, 0.05);
      });

      itAtWidth(width)('+, - and 0 zoom while the map has focus, and the focused contact stays in sight', async () => {
        const el = await open(width, height);
        const first = shadow(el).querySelector<SVGGElement>('g.contact[tabindex="0"]')!;
        first.focus();
        await sendKeys({ press: '+' });
        await settle(el);
        expect(zoomOf(el)).to.be.closeTo(1.5, 0.01);
        for (let i = 0; i < 4; i++) await sendKeys({ press: '+' });
        await settle(el);
        expect(zoomOf(el)).to.be.closeTo(1.5 ** 5, 0.05);
        const focused = shadow(el).activeElement!;
        const inside = (b: DOMRect, box: DOMRect) => b.left >= box.left && b.right <= box.right && b.top >= box.top && b.bottom <= box.bottom;
        expect(inside(focused.getBoundingClientRect(), mapBox(el)), 'focused contact in sight').to.equal(true);
        // Arrow keys go to the next contact; zoomed in, the map brings it into sight.
        for (let i = 0; i < 20; i++) await sendKeys({ press: 'ArrowRight' });
        await settle(el);
        expect(inside(shadow(el).activeElement!.getBoundingClientRect(), mapBox(el)), 'the next contact in sight').to.equal(true);
        await sendKeys({ press: '-' });
        await settle(el);
        expect(zoomOf(el)).to.be.closeTo(1.5 ** 4, 0.05);
        await sendKeys({ press: '0' });
        await settle(el);
        expect(zoomOf(el)).to.equal(1);
        expect(el.value).to.deep.equal(generatedNetwerkkaart(150, 40));
      });

      itAtWidth(width)('"Passend maken" shows the whole map again', async () => {
        const el = await open(width, height);
        for (let i = 0; i < 3; i++) button(el, 'Inzoomen').click();
        await settle(el);
        const box = mapBox(el);
        const outside = () =>
          [...shadow(el).querySelectorAll('g.contact')].filter((g) => {
            const b = g.getBoundingClientRect();
            return b.left < box.left || b.right > box.right || b.top < box.top || b.bottom > box.bottom;
          }).length;
        expect(outside(), 'contacts out of sight while zoomed in').to.be.above(20);
        button(el, 'Passend maken').click();
        await settle(el);
        expect(zoomOf(el)).to.equal(1);
        expect(outside(), 'contacts out of sight').to.equal(0);
        const ring = shadow(el).querySelector('circle.ring[data-ring="3"]')!.getBoundingClientRect();
        expect(ring.left).to.be.at.least(box.left);
        expect(ring.right).to.be.at.most(box.right);
      });

      itAtWidth(width)('names stay at least 12 px and contacts 24 × 24 px targets at the least and the most zoom', async () => {
        const el = await open(width, height);
        const least = sizes(el);
        for (let i = 0; i < 12; i++) button(el, 'Inzoomen').click();
        await settle(el);
        expect(zoomOf(el), 'most zoom').to.equal(8);
        // A name shown on focus counts too.
        shadow(el).querySelector<SVGGElement>('g.contact')!.focus();
        await el.updateComplete;
        const most = sizes(el);
        console.log(`netwerkkaart zoom at ${width} px, 150 contacts: ${JSON.stringify({ least, most })}`);
        for (const [name, m] of [['least zoom', least], ['most zoom', most]] as const) {
          expect(m.text, `${name}: smallest text (px)`).to.be.at.least(12);
          expect(m.name, `${name}: smallest name (px)`).to.be.at.least(12);
          expect(m.target, `${name}: smallest target (px)`).to.be.at.least(24);
        }
        // Zoomed in, contacts have room: more names are shown.
        expect(most.names, 'names shown at the most zoom').to.be.above(least.names);
      });

      itAtWidth(width)('a finger drags a contact while zoomed in: it lands where the finger lifts', async function () {
        const el = await open(width, height, structuredClone(netwerkkaartExample));
        for (let i = 0; i < 2; i++) button(el, 'Inzoomen').click();
        await settle(el);
        // Els, near the middle: in sight at this zoom.
        const ria = shadow(el).querySelector<SVGGElement>('g.contact[data-id="els"]')!;
        ria.scrollIntoView({ block: 'center' });
        await frames(2);
        const from = centre(ria);
        // To a free spot: ring 1 of 'werk' (the fourth sector, its middle at 120°), in sight at this zoom.
        const to = screenAt(el, 0.3, 120);
        const target = toMap(el, to);
        if (!(await touch('start', [from]))) {
          console.warn('touch drag: skipped, this browser has no DevTools touch command');
          this.skip();
        }
        for (let i = 1; i <= 6; i++) await touch('move', [[from[0] + ((to[0] - from[0]) * i) / 6, from[1] + ((to[1] - from[1]) * i) / 6]]);
        await touch('end');
        await el.updateComplete;
        await frames(2);
        const moved = el.value.contacts.find((c) => c.id === 'els')!;
        const u = unit(el);
        expect(moved).to.include({ ring: 1, domain: 'werk' });
        expect(cellAt({ rings: 3, sectors: 6 }, moved.x!, moved.y!)).to.deep.equal(cellAt({ rings: 3, sectors: 6 }, target[0] / u, target[1] / u));
        expect(distance([moved.x! * u, moved.y! * u], target) * zoomOf(el), 'landed from the finger (screen px)').to.be.below(6);
        expect(distance(centre(shadow(el).querySelector('g.contact[data-id="els"]')!), to), 'drawn under the finger (px)').to.be.below(6);
      });

      itAtWidth(width)('the mouse drags a contact while zoomed in, and drags the empty map to pan', async () => {
        const el = await open(width, height, structuredClone(netwerkkaartExample));
        button(el, 'Inzoomen').click();
        await settle(el);
        const els = shadow(el).querySelector<SVGGElement>('g.contact[data-id="els"]')!;
        els.scrollIntoView({ block: 'center' });
        await frames(2);
        const from = centre(els).map(Math.round) as Point;
        // To a free spot: the middle of ring 2 of 'werk' (sector middle at 120°), in sight at this zoom.
        const to = screenAt(el, 0.58, 130).map(Math.round) as Point;
        const target = toMap(el, to);
        await sendMouse({ type: 'move', position: from });
        await sendMouse({ type: 'down' });
        for (let i = 1; i <= 5; i++) await sendMouse({ type: 'move', position: [Math.round(from[0] + ((to[0] - from[0]) * i) / 5), Math.round(from[1] + ((to[1] - from[1]) * i) / 5)] });
        await sendMouse({ type: 'up' });
        await el.updateComplete;
        await frames(2);
        const moved = el.value.contacts.find((c) => c.id === 'els')!;
        const u = unit(el);
        expect(moved).to.include({ ring: 2, domain: 'werk' });
        expect(distance([moved.x! * u, moved.y! * u], target) * zoomOf(el), 'landed from the pointer (screen px)').to.be.below(6);
        // Pan: press on an empty spot (the person's disc) and drag.
        const [ex, ey] = toScreen(el, [0, 0]).map(Math.round) as Point;
        const anchor = toMap(el, [ex, ey]);
        await sendMouse({ type: 'move', position: [ex, ey] });
        await sendMouse({ type: 'down' });
        await sendMouse({ type: 'move', position: [ex + 20, ey + 15] });
        await sendMouse({ type: 'move', position: [ex + 40, ey + 30] });
        await sendMouse({ type: 'up' });
        await settle(el);
        expect(distance(toScreen(el, anchor), [ex + 40, ey + 30]), 'the map followed the mouse (px)').to.be.below(3);
      });

      itAtWidth(width)('print and every export show the whole map, whatever the zoom', async function () {
        const el = await open(width, height, structuredClone(netwerkkaartExample));
        for (let i = 0; i < 3; i++) button(el, 'Inzoomen').click();
        await settle(el);
        expect(zoomOf(el)).to.be.above(3);
        const svg = el.exportSVG();
        const file = new DOMParser().parseFromString(svg, 'image/svg+xml');
        const transforms = [...file.querySelectorAll('[transform]')].map((n) => n.getAttribute('transform')!);
        expect(transforms.filter((t) => t.includes('scale(') && !t.includes('scale(1.0000)')), 'a zoom in the file').to.deep.equal([]);
        expect(svg).not.to.include('--_zoom');
        expect(zoomOf(el), 'the screen keeps its zoom').to.be.above(3);
        if (!(await media('print'))) {
          console.warn('print: the export was checked; print media skipped, this browser cannot emulate it');
          this.skip();
        }
        await frames(2);
        const box = mapBox(el);
        const ring = shadow(el).querySelector('circle.ring[data-ring="3"]')!.getBoundingClientRect();
        expect(ring.width, 'the outer ring on paper').to.be.at.most(box.width + 1);
        expect(ring.width).to.be.at.least(Math.min(box.width, box.height) * 0.6);
        for (const g of shadow(el).querySelectorAll('g.contact')) {
          const b = g.getBoundingClientRect();
          expect(b.left >= box.left && b.right <= box.right && b.top >= box.top && b.bottom <= box.bottom, `${g.getAttribute('data-id')} on paper`).to.equal(true);
        }
        const fonts = [...shadow(el).querySelectorAll<SVGTextElement>('.sector-label')].map((t) => parseFloat(getComputedStyle(t).fontSize));
        expect(Math.min(...fonts), 'sector names at their own size on paper').to.be.at.least(13);
        expect(shadow(el).querySelector('.zoom-controls')!.getBoundingClientRect().height, 'no zoom buttons on paper').to.equal(0);
      });
    });
  }

  for (const [label, value] of [['the example', () => structuredClone(netwerkkaartExample)], ['150 contacts', () => generatedNetwerkkaart(150, 40)]] as const) {
    itAtWidth(390)(`at 390 px no name covers a sector's name or another name (${label})`, async () => {
      const el = await open(390, 844, value());
      const sectors = sectorGlyphs(el);
      expect(sectors.length).to.be.above(20);
      const names = visibleNames(el).map((t) => ({ text: t.textContent!.trim(), box: t.getBoundingClientRect() }));
      // On a phone, 150 contacts leave room for a few names only: the others show on focus or hover, or zoomed in.
      expect(names.length, 'names shown').to.be.above(label === 'the example' ? 6 : 3);
      const onSector = names.filter((n) => sectors.some((s) => overlap(n.box, s))).map((n) => n.text);
      expect(onSector, 'names over a sector name').to.deep.equal([]);
      const labels = names.filter((n) => !['+', '↺', '★', '†'].includes(n.text));
      const pairs = labels.flatMap((a, i) => labels.slice(i + 1).filter((b) => overlap(a.box, b.box, 1)).map((b) => `${a.text} / ${b.text}`));
      expect(pairs, 'names over each other').to.deep.equal([]);
    });
  }
});
