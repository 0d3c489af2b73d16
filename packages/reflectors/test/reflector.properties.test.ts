import { inheritedNames, runInstrumentPropertyTests } from '@niet-alleen/core/testing';
import '@niet-alleen/reflectors';
import {
  vooroordelenExample, eenzaamheidExample, feedbackformulierExample, bekendBesluitenBereikenExample, ondersteuningsvaardighedenExample,
  type ReflectorDefinition, type ReflectorValue,
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

/**
 * The engine, with a definition from the host whose statement or column id is `constructor`: the
 * one name every object inherits that a definition's slug can hold (the others are refused by it).
 */
const keyedDefinition = (name: string): ReflectorDefinition => {
  const id = 'constructor';
  const base = { id: 'eigen-reflector', title: 'Eigen reflector' };
  return inheritedNames.indexOf(name as (typeof inheritedNames)[number]) % 2 === 0
    ? {
        ...base,
        statements: [{ id, text: 'Ik heb iemand om mee te praten.' }, { id: 'iets-anders', text: 'Ik doe mee in de buurt.' }],
        scale: { options: [{ value: 'A', label: 'niet' }, { value: 'B', label: 'wel' }] },
        comment: { label: 'Toelichting' },
        own: { label: 'Eigen stelling' },
      }
    : { ...base, layout: 'columns', columns: [{ id, title: 'Bekend' }, { id: 'later', title: 'Later' }] };
};
runInstrumentPropertyTests<ReflectorValue>({
  tag: 'na-reflector',
  samples: () => [{ schemaVersion: 1, moments: [] }],
  keyedBy: (name) => ({ definition: keyedDefinition(name) }),
});
