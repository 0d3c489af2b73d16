/**
 * The shared element contract (core/testing's runInstrumentContractTests) for the reflector engine
 * with an organisation's own definition and for each of the five workbook reflectors: value,
 * events, form, storage, import/export, print, locale. It runs in Chromium, Firefox and WebKit; the
 * reflectors' own behaviour (reflector.test.ts) runs in Chromium.
 */
import { runInstrumentContractTests, inputByLabel, shadow, type } from '@niet-alleen/core/testing';
import '@niet-alleen/reflectors';
import {
  NaReflector, exampleReflectorDefinition, exampleReflectorValue, vooroordelenExample, eenzaamheidExample, feedbackformulierExample,
  bekendBesluitenBereikenExample, ondersteuningsvaardighedenExample, type ReflectorValue,
} from '@niet-alleen/reflectors';

/** The engine with a sample definition (an organisation's own reflector), for the shared contract suite. */
class TestReflector extends NaReflector {
  constructor() {
    super();
    this.definition = exampleReflectorDefinition;
  }
}
customElements.define('na-test-reflector', TestReflector);

const clone = <T>(v: T): T => structuredClone(v);

// ——— the shared contract, for the engine and for each of the five workbook reflectors ———

const contracts: { tag: string; sample: ReflectorValue; edit: (el: HTMLElement) => void | Promise<void>; text: { nl: string; en: string }; other: ReflectorValue }[] = [
  {
    tag: 'na-test-reflector',
    sample: exampleReflectorValue,
    edit: (el) => inputByLabel(el, 'B in geringe mate mee eens').click(),
    text: { nl: 'Hier wil ik over praten', en: 'I want to talk about this' },
    other: vooroordelenExample,
  },
  {
    tag: 'na-reflector-vooroordelen',
    sample: vooroordelenExample,
    edit: (el) => inputByLabel(el, 'C in hoge mate mee eens').click(),
    text: { nl: 'Eenzaamheid hoort bij het leven.', en: 'Loneliness is part of life.' },
    other: eenzaamheidExample,
  },
  {
    tag: 'na-reflector-eenzaamheid',
    sample: eenzaamheidExample,
    edit: (el) => inputByLabel(el, 'A helemaal niet mee eens').click(),
    text: { nl: 'Ik mis gezelligheid om me heen.', en: 'I miss having company around me.' },
    other: vooroordelenExample,
  },
  {
    tag: 'na-feedbackformulier',
    sample: feedbackformulierExample,
    edit: (el) => type(shadow(el).querySelector<HTMLTextAreaElement>('#comment-s-open-vragen')!, 'Ja, steeds.'),
    text: { nl: 'Luistert de ondersteuner echt?', en: 'Does the supporter really listen?' },
    other: eenzaamheidExample,
  },
  {
    tag: 'na-reflector-bekend-besluiten-bereiken',
    sample: bekendBesluitenBereikenExample,
    edit: (el) => {
      type(shadow(el).querySelector<HTMLInputElement>('#add-bekend')!, 'Open vragen stellen');
      shadow(el).querySelector<HTMLInputElement>('#add-bekend')!.form!.requestSubmit();
    },
    text: { nl: 'Wat doe ik niet meer?', en: 'What do I no longer do?' },
    other: vooroordelenExample,
  },
  {
    tag: 'na-reflector-ondersteuningsvaardigheden',
    sample: ondersteuningsvaardighedenExample,
    edit: (el) => inputByLabel(el, '3 in voldoende mate').click(),
    text: { nl: 'U stelt open vragen.', en: 'You ask open questions.' },
    other: bekendBesluitenBereikenExample,
  },
];

for (const c of contracts) {
  runInstrumentContractTests<ReflectorValue>({
    tag: c.tag,
    sample: () => clone(c.sample),
    edit: c.edit as never,
    invalid: [
      // answers belonging to another reflector are refused, not shown as empty
      clone(c.other),
      { ...clone(c.sample), moments: [{ ...clone(c.sample).moments[0]!, date: 'gisteren' }] },
      { ...clone(c.sample), moments: [{ ...clone(c.sample).moments[0]!, answers: { 'Not A Slug': { choice: 'A', comment: '', talk: false } } }] },
      { ...clone(c.sample), moments: [{ ...clone(c.sample).moments[0]!, own: [{ id: 'x', text: 'x'.repeat(1001), choice: null, comment: '', talk: false }] }] },
    ],
    text: c.text,
  });
}
