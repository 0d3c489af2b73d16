/**
 * One move, one frame (issue 33 item 2), the part a test can check without timing: a move changes
 * the moved contact's row of the list, its node and label on the map and its own ties, and leaves
 * every other row, node and tie exactly as it was (the same DOM nodes, not one mutation). Names are
 * placed around each other (issue 21: no overlap), so a move may re-place a few neighbours' names:
 * those, and only those, change, in place (the same label nodes).
 * The time it takes is the bench's (packages/netwerkkaart/bench/edit-frame.bench.ts).
 */
import { expect } from '@open-wc/testing';
import { mount, shadow, unmountAll } from '@niet-alleen/core/testing';
import '@niet-alleen/netwerkkaart';
import { generatedNetwerkkaart, type NaNetwerkkaart, type NetwerkkaartValue } from '@niet-alleen/netwerkkaart';
import { mapSettled } from './map-settled.js';

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));

/** A generated network whose contacts all have the positions the element gave them. */
async function placedMap(count: number): Promise<NaNetwerkkaart> {
  const el = await mount<NaNetwerkkaart>('na-netwerkkaart', { properties: { value: generatedNetwerkkaart(count, Math.floor(count / 4)) } });
  const p = el.positions;
  el.value = { ...el.value, contacts: el.value.contacts.map((c) => ({ ...c, x: p.get(c.id)![0], y: p.get(c.id)![1] })) } as NetwerkkaartValue;
  await el.updateComplete;
  await frame();
  return el;
}

/** Which list rows, contact nodes, labels and ties (by the contact they belong to) the mutations touched. */
function touched(el: NaNetwerkkaart, records: MutationRecord[]) {
  const rows = new Set<string>();
  const nodes = new Set<string>();
  const labels = new Set<string>();
  const ties = new Set<Element>();
  for (const r of records) {
    const at = r.target instanceof Element ? r.target : r.target.parentElement;
    const row = at?.closest('tbody tr[data-id]');
    if (row) rows.add(row.getAttribute('data-id')!);
    const node = at?.closest('g.contact[data-id]');
    if (node) nodes.add(node.getAttribute('data-id')!);
    const label = at?.closest('g.contact-label[data-for]');
    if (label) labels.add(label.getAttribute('data-for')!);
    const tie = at?.closest('path.tie');
    if (tie) ties.add(tie);
    // A row, node, label or tie added or removed is a change of the whole list or map (lines of a
    // name inside its own label are that label's change).
    if (r.type === 'childList' && !label && at?.closest('tbody, g.contacts, g.labels, g.ties')) rows.add(`(nodes added or removed in ${at.localName})`);
  }
  void el;
  return { rows, nodes, labels, ties };
}

/** Each name label's markup, by contact. */
const labelMarkup = (el: NaNetwerkkaart) => new Map([...shadow(el).querySelectorAll('g.contact-label[data-for]')].map((g) => [g.getAttribute('data-for')!, g.outerHTML]));

async function watch(el: NaNetwerkkaart, edit: () => void) {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((r) => records.push(...r));
  observer.observe(shadow(el), { subtree: true, childList: true, attributes: true, characterData: true });
  const before = [...shadow(el).querySelectorAll('tbody tr, g.contact, g.contact-label, path.tie')];
  const labelsBefore = labelMarkup(el);
  edit();
  await el.updateComplete;
  await frame(); // the announcement is set in the next frame: it renders too
  records.push(...observer.takeRecords());
  observer.disconnect();
  const after = [...shadow(el).querySelectorAll('tbody tr, g.contact, g.contact-label, path.tie')];
  const labelsAfter = labelMarkup(el);
  const replaced = new Set([...labelsAfter].filter(([id, markup]) => labelsBefore.get(id) !== markup).map(([id]) => id));
  return { ...touched(el, records), replaced, same: before.length === after.length && before.every((n, i) => n === after[i]) };
}

/** Only the moved contact's name and a few neighbours' (re-placed around it) changed; no label was touched without changing. */
function expectFewLabels(result: { labels: Set<string>; replaced: Set<string> }, id: string) {
  expect([...result.labels].filter((l) => l !== id && !result.replaced.has(l)), 'labels touched without a change').to.deep.equal([]);
  expect(result.labels.size, 'a move re-places a few neighbours’ names, not the map’s').to.be.below(20);
}

/** The tie paths of contact `id` (their d attribute is what changes when it moves). */
const tiePathsOf = (el: NaNetwerkkaart, id: string) => {
  const paths = [...shadow(el).querySelectorAll('path.tie')];
  const ids = el.value.ties.map((t, i) => (t.from === id || t.to === id ? i : -1)).filter((i) => i >= 0);
  return new Set(ids.map((i) => paths[i]!));
};

describe('na-netwerkkaart: a move changes one row, one node and its ties', () => {
  afterEach(unmountAll);

  it('a keyboard move to another ring changes only the moved contact’s row, node, label and ties', async () => {
    const el = await placedMap(150);
    const id = 'c76';
    const ring = el.value.contacts.find((c) => c.id === id)!.ring;
    const result = await watch(el, () => el.moveContact(id, ring === 3 ? -1 : 1, 0));
    expect(el.value.contacts.find((c) => c.id === id)!.ring).to.not.equal(ring);
    expect([...result.rows]).to.deep.equal([id]);
    expect([...result.nodes]).to.deep.equal([id]);
    expectFewLabels(result, id);
    const mine = tiePathsOf(el, id);
    expect([...result.ties].every((t) => mine.has(t)), 'only the moved contact’s ties are redrawn').to.equal(true);
    expect(result.same, 'every row, node and tie is the same DOM node as before').to.equal(true);
  });

  it('a drop in another ring and a ring change in the editor do the same; adding a contact adds one row and changes none', async () => {
    const el = await placedMap(150);
    const id = 'c1'; // tied to other contacts
    const c = el.value.contacts.find((o) => o.id === id)!;
    const a = Math.atan2(c.y!, c.x!);
    const r = c.ring === 3 ? 0.45 : 0.86;
    const dropped = await watch(el, () => el.dropContact(id, r * Math.cos(a), r * Math.sin(a)));
    expect([...dropped.rows]).to.deep.equal([id]);
    expect([...dropped.nodes]).to.deep.equal([id]);
    expectFewLabels(dropped, id);
    expect(tiePathsOf(el, id).size).to.be.greaterThan(0);
    expect([...dropped.ties].every((t) => tiePathsOf(el, id).has(t))).to.equal(true);
    expect(dropped.same).to.equal(true);

    el.edit(id);
    await el.updateComplete;
    await mapSettled(el);
    const select = shadow(el).querySelector<HTMLSelectElement>('#edit-ring')!;
    const ring = el.value.contacts.find((o) => o.id === id)!.ring;
    const changed = await watch(el, () => {
      select.value = String(ring === 1 ? 2 : 1);
      select.dispatchEvent(new Event('change'));
    });
    expect(el.value.contacts.find((o) => o.id === id)!.ring).to.not.equal(ring);
    expect([...changed.rows]).to.deep.equal([id]);
    expect([...changed.nodes]).to.deep.equal([id]);
    expectFewLabels(changed, id);

    const rows = [...shadow(el).querySelectorAll('tbody tr[data-id]')];
    // The first contact added to a map nobody has focused yet becomes its one Tab stop (roving tabindex).
    const tabStop = shadow(el).querySelector('g.contact[tabindex="0"]')!.getAttribute('data-id')!;
    const added = await watch(el, () => el.addContact({ name: 'Nieuw', kind: 'persoon', domain: 'familie', ring: 2 }));
    const after = [...shadow(el).querySelectorAll('tbody tr[data-id]')];
    expect(after.length).to.equal(rows.length + 1);
    expect(rows.every((row, i) => row === after[i]), 'the rows that were there are the same DOM nodes').to.equal(true);
    const newId = el.value.contacts.at(-1)!.id;
    expect([...added.nodes].filter((n) => n !== newId && n !== tabStop)).to.deep.equal([]);
  });
});
