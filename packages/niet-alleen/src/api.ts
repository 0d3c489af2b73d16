// The values dist/niet-alleen.js and the `niet-alleen` package export from each instrument package:
// everything but the fictional example values (see index.ts). Checked by the type at the end:
// `npm run typecheck` fails, naming the export, if a package exports a value that is neither listed
// here nor one of its examples.
export {
  NaSignaleringskaart, ownSignalSchema, signaleringskaartSchema, signaleringskaartDefinition,
  NaSignalForwardEvent, groupOfSignal, markedGroupsOf, groupTitle, signalText, signalGroupIds, ownSignalGroupIds,
  signalItems, allSignalIds, cardText,
} from '@niet-alleen/signaleringskaart';
export {
  NaReflector, NaReflectorVooroordelen, NaReflectorEenzaamheid, NaReflectorBekendBesluitenBereiken,
  NaReflectorOndersteuningsvaardigheden, NaFeedbackformulier, compareMoments,
  reflectorInstrumentDefinition, reflectorStatementSchema, reflectorScaleOptionSchema,
  reflectorScaleSchema, reflectorColumnSchema, reflectorDefinitionSchema, reflectorAnswerSchema,
  reflectorOwnStatementSchema, reflectorEntrySchema, reflectorMomentSchema, reflectorSchema,
  emptyReflectorValue, scaleABC, scaleOneToFive, vooroordelenDefinition, eenzaamheidDefinition,
  feedbackformulierDefinition, bekendBesluitenBereikenDefinition,
  ondersteuningsvaardighedenDefinition, reflectorText,
} from '@niet-alleen/reflectors';
export {
  NaVerwijskaart, reachability, dayRuns, normalizePhone, normalizeEmail, normalizeUrl,
  normalizeTime, telHref, mailtoHref, urlHref, urlText, dayIds, verwijskaartScheduleSchema,
  verwijskaartStepSchema, verwijskaartOptionSchema, verwijskaartContactSchema, verwijskaartSchema,
  emptyOption, emptySchedule, emptyVerwijskaart, verwijskaartDefinition, dayName, fieldErrorText,
  verwijskaartText, assignmentQuestions,
} from '@niet-alleen/verwijskaart';
export {
  NaTalentenkaart, NaTalentenkaartGroep, NaInteressesWaarden, sharedWishes, helpMatches,
  talentsSchema, wishSchema, talentenkaartSchema, cardOf, emptyWish, emptyTalents, emptyCard,
  talentenkaartDefinition, groupPersonSchema, groupActionSchema, talentenkaartGroepSchema,
  talentenkaartGroepDefinition, interestEntrySchema, interessesWaardenSchema,
  interessesWaardenDefinition, NaWishHelpEvent, talentText, wishFieldText, isOwnInterest,
  interestText, nextMark, markText, talentIds, wishFieldIds, talentenkaartText, talentGuidance,
  wishGuidance, groupGuidance, networkText, interestIds, ownInterestIds, cellIds, interestGrids,
  marks, markSymbol, interestText86, interestGuidance,
} from '@niet-alleen/talentenkaart';
export {
  NaPartnerschapskaart, partnerschapStepIds, partnerschapCellIds, partnerschapCellsByStep,
  partnerschapSessionSteps, partnerschapSessionInfo, mergePartnerschapskaarten,
  partnerschapAgreementMarkdown, partnerschapskaartLimits, partnerschapNoteSchema,
  partnerschapskaartSchema, partnerschapskaartDefinition, NaSessionStepEvent, NaSessionTimerEvent,
} from '@niet-alleen/partnerschapskaart';
export {
  NaNetwerkkaart, netwerkkaartSchema, netwerkkaartDefinition, emptyNetwerkkaart,
  netwerkContactSchema, netwerkTieSchema, netwerkSnapshotSchema, netwerkkaartModes,
  netwerkContactKinds, netwerkSupportTypes, netwerkSupportDirections, netwerkValuations, netwerkWishTypes,
  netwerkPersonalSectors, netwerkPersonalRings, netwerkLocalSectors, netwerkLocalRings,
  compareNetwerkkaarten, netwerkInitials, settleNetwerkkaart, netwerkCellAt, netwerkNodeRadius,
} from '@niet-alleen/netwerkkaart';
export {
  NaPersoonlijkPlan, formatDate, NaWerkwijze, instrumentsInPhase, integrations, planStepSchema,
  planHelperSchema, lookBackSchema, persoonlijkPlanSchema, emptyAnswers, persoonlijkPlanDefinition,
  lookBackQuestion, lookBackQuestionIds, planText, instrumentField, dossierInstrumentsSchema,
  werkwijzeSchema, werkwijzeDefinition, phaseTitle, phaseDescription, phaseIds, werkwijzeText,
  tipsTitle, tipsInstruction, tipsDo, tipsDont, questionsTitle, questionsIntro, exampleQuestions,
  typologyTitle, typologyNotALabel, contactTypologyTitle, contactTypologySource, contactTypes,
  contactTypologyNote, isolationTypologyTitle, isolationTypologySource, isolationTypologyIntro,
  isolationColumns, isolationRows, NaPhaseChangeEvent, unknownInstrumentLimits, maxUnknownInstruments,
} from '@niet-alleen/werkwijze';

// The completeness check (types only, nothing at run time).
import type * as self from './api.js';
import type * as signaleringskaart from '@niet-alleen/signaleringskaart';
import type * as reflectors from '@niet-alleen/reflectors';
import type * as verwijskaart from '@niet-alleen/verwijskaart';
import type * as talentenkaart from '@niet-alleen/talentenkaart';
import type * as partnerschapskaart from '@niet-alleen/partnerschapskaart';
import type * as netwerkkaart from '@niet-alleen/netwerkkaart';
import type * as werkwijze from '@niet-alleen/werkwijze';

type Examples =
  | 'signaleringskaartExample' | 'exampleReflectorDefinition' | 'exampleReflectorValue'
  | 'vooroordelenExample' | 'eenzaamheidExample' | 'feedbackformulierExample'
  | 'bekendBesluitenBereikenExample' | 'ondersteuningsvaardighedenExample' | 'verwijskaartExample'
  | 'talentenkaartExample' | 'talentenkaartGroepExample' | 'interessesWaardenExample'
  | 'partnerschapskaartGroepA' | 'partnerschapskaartGroepB' | 'partnerschapskaartExample'
  | 'partnerschapskaartPlenair' | 'netwerkkaartExample' | 'lokaalNetwerkExample'
  | 'generatedNetwerkkaart' | 'persoonlijkPlanExample' | 'werkwijzeExample';
type Unlisted = Exclude<keyof typeof signaleringskaart | keyof typeof reflectors | keyof typeof verwijskaart | keyof typeof talentenkaart | keyof typeof partnerschapskaart | keyof typeof netwerkkaart | keyof typeof werkwijze, keyof typeof self | Examples>;
/** Compiles only when nothing is missing: otherwise the error names the unlisted exports. */
const allExportsListed: [Unlisted] extends [never] ? true : { unlisted: Unlisted } = true;
void allExportsListed;
