/**
 * An instrument is a part of someone else's page: it must not add landmarks to it (a `<header>`
 * becomes the page's second banner, a named section one more region in the landmark list a
 * screen-reader user jumps through). Checked in the accessibility tree (axe-core's roles) of every
 * element, filled, in each of its views.
 */
import { expect } from '@open-wc/testing';
import { mount, unmountAll } from '@niet-alleen/core/testing';
import { axNodes, axTree } from '../../core/testing/keyboard.js';
import '@niet-alleen/signaleringskaart';
import '@niet-alleen/reflectors';
import '@niet-alleen/talentenkaart';
import '@niet-alleen/netwerkkaart';
import '@niet-alleen/partnerschapskaart';
import '@niet-alleen/verwijskaart';
import '@niet-alleen/werkwijze';
import { signaleringskaartExample } from '@niet-alleen/signaleringskaart';
import {
  vooroordelenExample, eenzaamheidExample, feedbackformulierExample, bekendBesluitenBereikenExample, ondersteuningsvaardighedenExample,
  exampleReflectorDefinition, exampleReflectorValue,
} from '@niet-alleen/reflectors';
import { talentenkaartExample, talentenkaartGroepExample, interessesWaardenExample } from '@niet-alleen/talentenkaart';
import { netwerkkaartExample } from '@niet-alleen/netwerkkaart';
import { partnerschapskaartExample } from '@niet-alleen/partnerschapskaart';
import { verwijskaartExample } from '@niet-alleen/verwijskaart';
import { persoonlijkPlanExample, werkwijzeExample, phaseIds, type NaWerkwijze } from '@niet-alleen/werkwijze';

const landmarkRoles = new Set(['banner', 'contentinfo', 'main', 'navigation', 'complementary', 'region', 'search', 'form']);

/** Each element with its example, and the attributes of each of its views. */
const elements: { tag: string; properties: Record<string, unknown>; views: Record<string, string>[] }[] = [
  { tag: 'na-signaleringskaart', properties: { value: signaleringskaartExample }, views: [{}] },
  { tag: 'na-reflector-vooroordelen', properties: { value: vooroordelenExample }, views: [{}, { view: 'compare' }] },
  { tag: 'na-reflector-eenzaamheid', properties: { value: eenzaamheidExample }, views: [{}, { view: 'compare' }] },
  { tag: 'na-feedbackformulier', properties: { value: feedbackformulierExample }, views: [{}, { view: 'compare' }] },
  { tag: 'na-reflector-bekend-besluiten-bereiken', properties: { value: bekendBesluitenBereikenExample }, views: [{}, { view: 'compare' }] },
  { tag: 'na-reflector-ondersteuningsvaardigheden', properties: { value: ondersteuningsvaardighedenExample }, views: [{}, { view: 'compare' }] },
  { tag: 'na-reflector', properties: { definition: exampleReflectorDefinition, value: exampleReflectorValue }, views: [{}, { view: 'compare' }] },
  { tag: 'na-talentenkaart', properties: { value: talentenkaartExample }, views: [{}] },
  { tag: 'na-talentenkaart-groep', properties: { value: talentenkaartGroepExample }, views: [{}] },
  { tag: 'na-interesses-waarden', properties: { value: interessesWaardenExample }, views: [{}] },
  { tag: 'na-netwerkkaart', properties: { value: netwerkkaartExample }, views: [{}] },
  { tag: 'na-partnerschapskaart', properties: { value: partnerschapskaartExample }, views: [{}, { facilitator: '' }] },
  { tag: 'na-verwijskaart', properties: { value: verwijskaartExample }, views: [{}, { mode: 'edit' }] },
  { tag: 'na-persoonlijk-plan', properties: { value: persoonlijkPlanExample }, views: [{}] },
  { tag: 'na-werkwijze', properties: { value: werkwijzeExample }, views: [{}] },
];

describe('no element adds a landmark to the host page', () => {
  afterEach(() => unmountAll());

  for (const { tag, properties, views } of elements) {
    for (const attributes of views) {
      it(`<${tag}${Object.keys(attributes).map((a) => ` ${a}`).join('')}>, filled, readonly too`, async () => {
        const el = await mount(tag, { attributes, properties: structuredClone(properties) });
        if (tag === 'na-werkwijze') {
          // Every phase, as a person going through the dossier opens them.
          for (const phase of phaseIds) {
            (el as unknown as NaWerkwijze).phase = phase;
            await el.updateComplete;
          }
        }
        const landmarks = () =>
          axNodes(axTree(el))
            .filter((n) => landmarkRoles.has(n.role))
            .map((n) => `${n.role} "${n.name ?? ''}"`);
        expect(landmarks()).to.deep.equal([]);
        (el as unknown as { readonly: boolean }).readonly = true;
        await el.updateComplete;
        expect(landmarks(), 'readonly').to.deep.equal([]);
      });
    }
  }
});
