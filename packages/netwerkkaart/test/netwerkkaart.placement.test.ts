/**
 * A person's placement is data (issue 33): moving one contact changes that contact and nothing
 * else, by mouse, finger and keyboard; a file opens with its positions as they are, overlap and
 * all, until "Opnieuw schikken" tidies the whole map (undoable).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { setLocale } from '@niet-alleen/core';
import { buttonByText, mount, shadow, unmountAll } from '@niet-alleen/core/testing';
import '@niet-alleen/netwerkkaart';
import {
  generatedNetwerkkaart, netwerkCellAt as cellAt, settleNetwerkkaart as settle, type NaNetwerkkaart, type NetwerkkaartValue,
} from '@niet-alleen/netwerkkaart';
import { mapSettled } from './map-settled.js';

const geometry = { rings: 3, sectors: 6 };
const domains = ['familie', 'vrienden', 'buren', 'werk', 'professionals', 'initiatieven'];

/** A generated network of `count` contacts, each with a stored position (as a saved map has). */
function placedNetwork(count: number): NetwerkkaartValue {
  const value = generatedNetwerkkaart(count, Math.floor(count / 4));
  const positions = settle(geometry, value.contacts.map((c) => ({ id: c.id, ring: c.ring, sector: domains.indexOf(c.domain), x: null, y: null })));
  return { ...value, contacts: value.contacts.map((c) => ({ ...c, x: positions.get(c.id)![0], y: positions.get(c.id)![1] })) };
}
const where = (v: NetwerkkaartValue) => new Map(v.contacts.map((c) => [c.id, [c.x, c.y]]));
const transforms = (el: NaNetwerkkaart) =>
  new Map([...shadow(el).querySelectorAll('g.contact')].map((g) => [g.getAttribute('data-id')!, g.getAttribute('transform')]));
const contactEl = (el: NaNetwerkkaart, id: string) => shadow(el).querySelector<SVGGElement>(`g.contact[data-id="${id}"]`)!;
const centre = (e: Element): [number, number] => {
  const b = e.getBoundingClientRect();
  return [Math.round(b.x + b.width / 2), Math.round(b.y + b.height / 2)];
};
/** The screen point of map point (x, y) in map units. */
const screenOf = (el: NaNetwerkkaart, x: number, y: number): [number, number] => {
  const svg = shadow(el).querySelector<SVGSVGElement>('svg.map-svg')!;
  const unit = Number(shadow(el).querySelector('circle.ring[data-ring="3"]')!.getAttribute('r'));
  const p = new DOMPoint(x * unit, y * unit).matrixTransform(svg.getScreenCTM()!);
  return [Math.round(p.x), Math.round(p.y)];
};
/** Contacts a pointer can take at their centre (not under another contact), in order. */
const reachable = (el: NaNetwerkkaart) =>
  el.value.contacts.filter((c) => {
    const [x, y] = centre(contactEl(el, c.id));
    return shadow(el).elementFromPoint(x, y)?.closest('g.contact') === contactEl(el, c.id);
  });
/** The same direction from the centre, in the next ring outwards (ring 3 goes to ring 1). */
const otherRing = (c: { x: number | null; y: number | null; ring: number }): [number, number] => {
  const a = Math.atan2(c.y!, c.x!);
  const r = [0.31, 0.59, 0.86][c.ring % 3]!;
  return [r * Math.cos(a), r * Math.sin(a)];
};

async function touch(type: 'start' | 'move' | 'end', [x, y]: [number, number] = [0, 0]): Promise<boolean> {
  try {
    return (await executeServerCommand('touch', { type, x, y })) === true;
  } catch {
    return false;
  }
}

const inView = ([x, y]: [number, number]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight;
/**
 * Where a drag of contact `c` to the next ring starts and ends on screen, both in the viewport: a
 * browser whose window is smaller than asked (WebKit's MiniBrowser in a 1024 px high virtual
 * display) scrolls the page so that the drag's middle is in the middle of the viewport.
 */
function dragEnds(el: NaNetwerkkaart, c: NetwerkkaartValue['contacts'][number]): [[number, number], [number, number]] {
  let ends: [[number, number], [number, number]] = [centre(contactEl(el, c.id)), screenOf(el, ...otherRing(c))];
  if (!ends.every(inView)) {
    window.scrollBy(0, Math.round((ends[0][1] + ends[1][1]) / 2 - innerHeight / 2));
    ends = [centre(contactEl(el, c.id)), screenOf(el, ...otherRing(c))];
  }
  return ends;
}
describe('<na-netwerkkaart> placement is data', () => {
  afterEach(async () => {
    unmountAll();
    await setLocale('nl');
    await setViewport({ width: 800, height: 600 });
  });

  it('moves 20 contacts in turn on a map of 150 (mouse, keyboard, touch): every other contact stays exactly where it was', async () => {
    await setViewport({ width: 1000, height: 1000 });
    const el = await mount<NaNetwerkkaart>('na-netwerkkaart', { properties: { value: placedNetwork(150) } });
    shadow(el).querySelector('svg.map-svg')!.scrollIntoView({ block: 'center' });
    await mapSettled(el);
    const candidates = reachable(el).filter((_, i) => i % 5 === 0);
    expect(candidates.length, 'contacts a pointer can reach').to.be.at.least(14);
    const moves: { id: string; how: string }[] = [];
    let hasTouch = true;
    for (let i = 0; i < 20; i++) {
      const c = el.value.contacts.find((o) => o.id === candidates[i % candidates.length]!.id)!;
      const before = where(el.value);
      const shown = transforms(el);
      const how = i < 7 ? 'mouse' : i < 14 || !hasTouch ? 'keyboard' : 'touch';
      if (how === 'mouse') {
        const [from, to] = dragEnds(el, c);
        await sendMouse({ type: 'move', position: from });
        await sendMouse({ type: 'down' });
        await sendMouse({ type: 'move', position: [Math.round((from[0] + to[0]) / 2), Math.round((from[1] + to[1]) / 2)] });
        await sendMouse({ type: 'move', position: to });
        await sendMouse({ type: 'up' });
      } else if (how === 'keyboard') {
        contactEl(el, c.id).focus();
        await sendKeys({ press: ' ' });
        await sendKeys({ press: c.ring === 3 ? 'ArrowUp' : 'ArrowDown' });
        await sendKeys({ press: ' ' });
      } else {
        const [from, to] = dragEnds(el, c);
        if (!(await touch('start', from))) {
          hasTouch = false;
          i--;
          continue;
        }
        for (let s = 1; s <= 4; s++) await touch('move', [Math.round(from[0] + ((to[0] - from[0]) * s) / 4), Math.round(from[1] + ((to[1] - from[1]) * s) / 4)]);
        await touch('end');
      }
      await el.updateComplete;
      moves.push({ id: c.id, how });
      const moved = el.value.contacts.find((o) => o.id === c.id)!;
      expect(moved.ring, `${how} move ${i} of ${c.name}`).not.to.equal(c.ring);
      expect(cellAt(geometry, moved.x!, moved.y!)).to.deep.equal({ ring: moved.ring, sector: domains.indexOf(moved.domain) });
      const after = where(el.value);
      const shownAfter = transforms(el);
      for (const [id, p] of before) {
        if (id === c.id) continue;
        expect(after.get(id), `${id} after the ${how} move of ${c.id}`).to.deep.equal(p);
        expect(shownAfter.get(id), `${id} on the map after the ${how} move of ${c.id}`).to.equal(shown.get(id));
      }
    }
    await sendMouse({ type: 'move', position: [0, 0] });
    expect(moves.filter((m) => m.how === 'mouse')).to.have.length(7);
    expect(moves.filter((m) => m.how === 'keyboard').length).to.be.at.least(7);
    if (hasTouch) expect(moves.filter((m) => m.how === 'touch')).to.have.length(6);
    else console.warn('placement: the six touch moves were made by keyboard, this browser has no DevTools touch command');
  });

  it('a moved contact is placed clear of the others, around the spot where it was dropped', async () => {
    await setViewport({ width: 1000, height: 1000 });
    const value = placedNetwork(40);
    const el = await mount<NaNetwerkkaart>('na-netwerkkaart', { properties: { value } });
    const [a, b] = [value.contacts[0]!, value.contacts.find((c) => c.id !== value.contacts[0]!.id && c.ring === 2)!];
    // Dropped right on top of b: it lands beside b, not on it, and b stays.
    el.dropContact(a.id, b.x!, b.y!);
    await el.updateComplete;
    const moved = el.value.contacts.find((c) => c.id === a.id)!;
    const bAfter = el.value.contacts.find((c) => c.id === b.id)!;
    expect([bAfter.x, bAfter.y]).to.deep.equal([b.x, b.y]);
    expect(moved.ring).to.equal(2);
    const gap = Math.min(...el.value.contacts.filter((c) => c.id !== a.id).map((c) => Math.hypot(c.x! - moved.x!, c.y! - moved.y!)));
    expect(gap).to.be.greaterThan(0.05);
    expect(Math.hypot(moved.x! - b.x!, moved.y! - b.y!)).to.be.lessThan(0.3);
  });

  it('opens a file with overlapping positions as it is; a move elsewhere leaves them; "Opnieuw schikken" tidies, undo brings them back', async () => {
    const value = placedNetwork(30);
    // Five contacts on one spot of 'familie', ring 2, as another program or an old map may have them.
    const stacked = value.contacts.slice(0, 5);
    for (const c of stacked) Object.assign(c, { domain: 'familie', ring: 2, x: 0.2, y: -0.45 });
    const el = await mount<NaNetwerkkaart>('na-netwerkkaart');
    expect(el.importJSON(JSON.stringify(value))).to.be.true;
    await mapSettled(el);
    expect(el.value).to.deep.equal(value);
    const spots = () => stacked.map((s) => transforms(el).get(s.id));
    expect(new Set(spots()).size, 'all five drawn on the same spot').to.equal(1);
    // Moving another contact does not tidy them.
    const other = el.value.contacts.find((c) => c.domain === 'werk' && !stacked.includes(c))!;
    contactEl(el, other.id).focus();
    await sendKeys({ press: ' ' });
    await sendKeys({ press: other.ring === 3 ? 'ArrowUp' : 'ArrowDown' });
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.value.contacts.find((c) => c.id === other.id)!.ring).not.to.equal(other.ring);
    for (const s of stacked) expect(el.value.contacts.find((c) => c.id === s.id)).to.include({ x: 0.2, y: -0.45 });
    expect(new Set(spots()).size).to.equal(1);
    buttonByText(el, 'Opnieuw schikken').click();
    await el.updateComplete;
    expect(new Set(spots()).size, 'apart after Opnieuw schikken').to.equal(5);
    el.undo();
    await el.updateComplete;
    for (const s of stacked) expect(el.value.contacts.find((c) => c.id === s.id)).to.include({ x: 0.2, y: -0.45 });
  });
});
