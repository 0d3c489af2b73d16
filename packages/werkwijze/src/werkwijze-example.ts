import { signaleringskaartExample } from '@niet-alleen/signaleringskaart/example';
import {
  vooroordelenExample, eenzaamheidExample, bekendBesluitenBereikenExample, feedbackformulierExample, ondersteuningsvaardighedenExample,
} from '@niet-alleen/reflectors/example';
import { talentenkaartExample, interessesWaardenExample } from '@niet-alleen/talentenkaart/example';
import { netwerkkaartExample } from '@niet-alleen/netwerkkaart/example';
import { verwijskaartExample } from '@niet-alleen/verwijskaart/example';
import type { WerkwijzeValue } from './werkwijze-schema.js';
import { persoonlijkPlanExample } from './plan-example.js';

/** A filled-in dossier (fictional): every instrument of a person's dossier has something in it. */
export const werkwijzeExample: WerkwijzeValue = {
  schemaVersion: 1,
  instruments: {
    signaleringskaart: signaleringskaartExample,
    verwijskaart: verwijskaartExample,
    'reflector-vooroordelen': vooroordelenExample,
    'reflector-eenzaamheid': eenzaamheidExample,
    'reflector-bekend-besluiten-bereiken': bekendBesluitenBereikenExample,
    feedbackformulier: feedbackformulierExample,
    talentenkaart: talentenkaartExample,
    'interesses-waarden': interessesWaardenExample,
    netwerkkaart: netwerkkaartExample,
    'persoonlijk-plan': persoonlijkPlanExample,
    'reflector-ondersteuningsvaardigheden': ondersteuningsvaardighedenExample,
  },
};
