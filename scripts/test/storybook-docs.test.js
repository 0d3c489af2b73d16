// What Storybook's autodocs table shows for an element: Storybook's own extractArgTypes (the function
// @storybook/web-components gives the docs page) run in Node over the manifest .storybook/preview.ts
// hands it (.storybook/custom-elements.json, written by scripts/analyze.js). Every attribute, property
// and event row has its type; na-change shows the element's value type; CSS properties and parts are
// listed; no private member fills the table.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

let extractArgTypes;
const manifest = JSON.parse(readFileSync('.storybook/custom-elements.json', 'utf8'));
before(async () => {
  globalThis.window ??= globalThis; // Storybook's preview entry sets a flag on window when it loads
  globalThis.__STORYBOOK_CUSTOM_ELEMENTS_MANIFEST__ = manifest; // what setCustomElementsManifest does
  ({ extractArgTypes } = (await import('@storybook/web-components/entry-preview-argtypes')).parameters.docs);
});

const rows = (tag, category) => Object.values(extractArgTypes(tag)).filter((row) => row.table?.category === category);

test('the docs of na-signaleringskaart list na-change with its type, and the value property typed', () => {
  const events = rows('na-signaleringskaart', 'events');
  const change = events.find((row) => row.name === 'na-change');
  assert.ok(change, events.map((r) => r.name).join());
  assert.equal(change.table.type.summary, 'NaChangeEvent<SignaleringskaartValue>');
  assert.equal(events.find((row) => row.name === 'na-signal-forward').table.type.summary, 'NaSignalForwardEvent');
  const value = rows('na-signaleringskaart', 'properties').find((row) => row.name === 'value');
  assert.equal(value.table.type.summary, 'SignaleringskaartValue');
});

test('every element\'s docs: each attribute, property and event with a type, its CSS properties and parts, no private member', () => {
  const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName));
  assert.ok(elements.length > 20);
  for (const d of elements) {
    for (const category of ['attributes', 'events']) {
      for (const row of rows(d.tagName, category)) assert.ok(row.table.type.summary, `${d.tagName} ${category}: ${row.name} has a type`);
    }
    const properties = rows(d.tagName, 'properties');
    for (const row of properties) assert.ok(!row.name.startsWith('#'), `${d.tagName}: private ${row.name} in the table`);
    // One row per name: a CSS part named like an attribute (partnerschapskaart's `facilitator`) takes its row.
    const all = extractArgTypes(d.tagName);
    for (const a of d.attributes ?? []) assert.ok(all[a.name], `${d.tagName}: attribute ${a.name}`);
    for (const p of d.cssProperties ?? []) assert.equal(all[p.name]?.table.category, 'css custom properties', `${d.tagName}: ${p.name}`);
    for (const p of d.cssParts ?? []) assert.equal(all[p.name]?.table.category, 'css shadow parts', `${d.tagName}: part ${p.name}`);
    if (d.events?.some((e) => e.name === 'na-change')) {
      assert.match(rows(d.tagName, 'events').find((r) => r.name === 'na-change').table.type.summary, /^NaChangeEvent<\w+Value>$/, d.tagName);
    }
  }
});
