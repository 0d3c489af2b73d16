import { runInstrumentPropertyTests } from '@niet-alleen/core/testing';
import '@niet-alleen/reflectors';
import {
  vooroordelenExample, eenzaamheidExample, feedbackformulierExample, bekendBesluitenBereikenExample, ondersteuningsvaardighedenExample,
  type ReflectorValue,
} from '@niet-alleen/reflectors';

const reflectors: [string, ReflectorValue][] = [
  ['na-reflector-vooroordelen', vooroordelenExample],
  ['na-reflector-eenzaamheid', eenzaamheidExample],
  ['na-feedbackformulier', feedbackformulierExample],
  ['na-reflector-bekend-besluiten-bereiken', bekendBesluitenBereikenExample],
  ['na-reflector-ondersteuningsvaardigheden', ondersteuningsvaardighedenExample],
];
/** The example, with an own statement in every moment: free text the reflector shows (not every reflector has a comment column). */
const withOwn = (v: ReflectorValue): ReflectorValue => ({
  ...v,
  moments: v.moments.map((m) => ({ ...m, own: m.own.length ? m.own : [{ id: 'eigen-1', text: 'Een eigen stelling', choice: null, comment: '', talk: false }] })),
});
for (const [tag, example] of reflectors) runInstrumentPropertyTests<ReflectorValue>({ tag, samples: () => [withOwn(structuredClone(example)), structuredClone(example)] });
