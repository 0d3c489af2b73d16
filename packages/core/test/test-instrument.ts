// A minimal instrument used to test core on its own: a list of items, at schema version 2
// (version 1 stored a single comma-separated string, migrated on load).
import { html } from 'lit';
import * as z from 'zod/mini';
import { NaInstrumentElement, addItemField, defineElement, heading, type InstrumentDefinition } from '@niet-alleen/core';

export const testSchema = z.object({
  schemaVersion: z.literal(2),
  items: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(50)),
});
export type TestValue = z.infer<typeof testSchema>;

export const testDefinition: InstrumentDefinition<TestValue> = {
  schema: testSchema,
  version: 2,
  empty: () => ({ schemaVersion: 2, items: [] }),
  migrate: (raw, from) => (from === 1 ? { schemaVersion: 2, items: String(raw.list ?? '').split(',').filter(Boolean) } : raw),
};

export class NaTestInstrument extends NaInstrumentElement<TestValue> {
  protected get definition() {
    return testDefinition;
  }
  protected renderInstrument() {
    return html`${heading(this.headingLevel, 'Test')}
      <ul>${this.value.items.map((i) => html`<li>${i}</li>`)}</ul>
      ${this.readonly ? '' : addItemField({ id: 'add', label: 'Item', buttonLabel: 'Toevoegen', onAdd: (t) => this.commit({ ...this.value, items: [...this.value.items, t] }) })}`;
  }
}
defineElement('na-test-instrument', NaTestInstrument);
