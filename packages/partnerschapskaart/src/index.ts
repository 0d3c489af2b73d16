import './define.js';
import { NaPartnerschapskaart } from './partnerschapskaart.js';

// Names are prefixed: the all-in-one bundle re-exports every package with `export *`.
export { NaPartnerschapskaart };
export * from './schema.js';
export * from './events.js';
export * from './example.js';
export {
  stepIds as partnerschapStepIds,
  cellIds as partnerschapCellIds,
  cellsByStep as partnerschapCellsByStep,
  sessionSteps as partnerschapSessionSteps,
  sessionInfo as partnerschapSessionInfo,
  type StepId as PartnerschapStepId,
  type CellId as PartnerschapCellId,
  type SessionStep as PartnerschapSessionStep,
  type SessionStepInfo as PartnerschapSessionStepInfo,
} from './content.js';
export { mergeCards as mergePartnerschapskaarten } from './merge.js';
export { agreementMarkdown as partnerschapAgreementMarkdown } from './agreement.js';
export type { Clock as PartnerschapClock } from './internal/session-timer.js';
export type { CoEditor as PartnerschapCoEditor } from './internal/board.js';
