import type { PhaseId } from '../werkwijze-content.js';
import { integrationByKey, type Integration } from '../integrations.js';
import type { KnowledgeKind } from './knowledge.js';

export type LinkKind = 'signaal' | 'wens' | 'terugblik';

export type Block = { instrument: string; second?: boolean } | { knowledge: KnowledgeKind } | { link: LinkKind };

/** Which instruments and knowledge each phase shows. Instruments not in this build are left out. */
export const layout: Record<PhaseId, Block[]> = {
  herkennen: [{ instrument: 'signaleringskaart' }, { link: 'signaal' }, { instrument: 'verwijskaart' }],
  'bespreekbaar-maken': [
    { knowledge: 'tips' },
    { instrument: 'reflector-vooroordelen' },
    { instrument: 'reflector-eenzaamheid' },
  ],
  luisteren: [
    { knowledge: 'vragen' },
    { knowledge: 'typologie' },
    { instrument: 'reflector-bekend-besluiten-bereiken' },
    { instrument: 'feedbackformulier' },
  ],
  'wensen-en-talenten': [
    { instrument: 'talentenkaart' },
    { instrument: 'interesses-waarden' },
    { instrument: 'netwerkkaart' },
    { link: 'wens' },
  ],
  actie: [{ instrument: 'persoonlijk-plan' }],
  'terug-en-vooruitblikken': [
    { link: 'terugblik' },
    { instrument: 'persoonlijk-plan', second: true },
    { instrument: 'reflector-eenzaamheid', second: true },
    { instrument: 'reflector-ondersteuningsvaardigheden' },
  ],
};

/** The instruments the dossier shows, phase by phase, in this build. */
export function instrumentsInPhase(phase: PhaseId): Integration[] {
  return layout[phase].flatMap((b) => ('instrument' in b ? [integrationByKey(b.instrument)] : [])).filter((i): i is Integration => !!i);
}
