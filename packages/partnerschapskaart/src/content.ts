import { msg } from '@niet-alleen/core/msg';

/**
 * The workbook's partnerschapskaart (11.6) and its session script (11.4), verbatim.
 * Ids are stable slugs, so stored cards keep working when wording or locale changes.
 * Texts are functions so they follow the active locale.
 */

/** The five columns, in the order they are filled (STAP 1 is the right-hand column on paper). */
export const stepIds = ['waarden', 'relaties', 'handelen', 'condities', 'acties'] as const;
export type StepId = (typeof stepIds)[number];

/** The boxes ("cells") of the card: where notes go. Each belongs to one step. */
export const cellsByStep: Record<StepId, readonly string[]> = {
  waarden: ['geslaagd'],
  relaties: ['kennis-delen', 'zeggenschap-delen', 'eigen-kracht', 'samen-beslissen', 'relaties-hoe'],
  handelen: ['kunnen-rol', 'communiceren', 'iedereen-betrekken', 'handelen-hoe'],
  condities: ['mensen', 'omgeving'],
  acties: ['ik-doe', 'wij-doen', 'anderen-doen'],
};

export const cellIds = stepIds.flatMap((s) => cellsByStep[s]) as [string, ...string[]];
export type CellId = string;

export function stepOfCell(cell: CellId): StepId {
  return stepIds.find((s) => cellsByStep[s].includes(cell)) ?? 'waarden';
}

/** Column label as on paper: 'STAP 1' with its name 'WAARDEN'. */
export function stepName(step: StepId): string {
  switch (step) {
    case 'waarden': return msg('WAARDEN');
    case 'relaties': return msg('RELATIES');
    case 'handelen': return msg('HANDELEN');
    case 'condities': return msg('CONDITIES');
    case 'acties': return msg('ACTIES');
  }
}

export function stepLabel(step: StepId): string {
  switch (step) {
    case 'waarden': return msg('STAP 1');
    case 'relaties': return msg('STAP 2');
    case 'handelen': return msg('STAP 3');
    case 'condities': return msg('STAP 4');
    case 'acties': return msg('STAP 5');
  }
}

/** The prompt question of a cell, verbatim. */
export function cellPrompt(cell: CellId): string {
  switch (cell) {
    case 'geslaagd': return msg('Ik vind geslaagd als…');
    case 'kennis-delen': return msg('Hoe gaan we kennis delen?');
    case 'zeggenschap-delen': return msg('Hoe gaan we zeggenschap delen?');
    case 'eigen-kracht': return msg('Hoe blijft ieder in eigen kracht?');
    case 'samen-beslissen': return msg('Hoe beslissen we samen?');
    case 'relaties-hoe': return msg('Hoe?');
    case 'kunnen-rol': return msg('Wat moeten we kunnen (en vanuit welke rol)?');
    case 'communiceren': return msg('Hoe communiceren we?');
    case 'iedereen-betrekken': return msg('Hoe betrekken we iedereen?');
    case 'handelen-hoe': return msg('Hoe?');
    case 'mensen': return msg('Wat vragen we van mensen');
    case 'omgeving': return msg('Wat vragen we van de omgeving');
    case 'ik-doe': return msg('Wat ga ik doen?');
    case 'wij-doen': return msg('Wat gaan we doen?');
    case 'anderen-doen': return msg('Wat vragen we aan anderen om te doen?');
    default: return cell;
  }
}

/** The aspects listed under a cell's question (STAP 4), verbatim. */
export function cellAspects(cell: CellId): string[] {
  switch (cell) {
    case 'mensen':
      return [msg('aan waarden?'), msg('aan procesvaardigheid?'), msg('aan inhoudscompetentie?'), msg('aan reflectie/introspectie?')];
    case 'omgeving':
      return [msg('aan veiligheid?'), msg('aan tijd?'), msg('aan ondersteuning?'), msg('aan verbanden?'), msg('aan?')];
    default:
      return [];
  }
}

/** The equation over the columns: ACTIES + VOORWAARDEN + SAMENWERKING = SUCCES. */
export const equation = {
  acties: () => msg('ACTIES'),
  voorwaarden: () => msg('VOORWAARDEN'),
  samenwerking: () => msg('SAMENWERKING'),
  succes: () => msg('SUCCES'),
};

export const cardText = {
  title: () => msg('Partnerschapskaart'),
  filledBy: () => msg('Ingevuld door:'),
  printA3: () => msg('NB. Voor gebruik met groepen afdrukken op A3.'),
  model: () =>
    msg('Dialogisch model oorspronkelijk gebaseerd op: Hook, M.L. (2006). Partnering with patients. A concept ready for action. In: Journal of Advanced Nursing. 56, 133-143.'),
  /** The workbook's 'Met §11.6 Instrument: Partnerschapskaart wordt…', written as a reference (see `citing` in core). */
  intro: () =>
    msg('Met het instrument Partnerschapskaart (§11.6) wordt systematisch toegewerkt naar een gelijkwaardige samenwerking tussen professionals, beleidsmakers en burgers/vrijwilligers. De werkvorm is in feite een dialogische en interactieve voorbereiding van een samenwerkingsovereenkomst. Betrokken partners vullen de kaart samen in.'),
};

/** The session script of 11.4: six steps with their planned time. */
export const sessionSteps = [1, 2, 3, 4, 5, 6] as const;
export type SessionStep = (typeof sessionSteps)[number];

export interface SessionStepInfo {
  /** Planned minutes (min–max); null for the follow-up. */
  minutes: readonly [number, number] | null;
  /** Columns the group works on in this step. */
  focus: readonly StepId[];
  /** In this step the facilitator brings the group cards together on the plenary card. */
  plenary: boolean;
}

export const sessionInfo: Record<SessionStep, SessionStepInfo> = {
  1: { minutes: [15, 15], focus: [], plenary: false },
  2: { minutes: [45, 45], focus: ['waarden'], plenary: false },
  3: { minutes: [15, 30], focus: ['waarden'], plenary: true },
  4: { minutes: [60, 60], focus: ['relaties', 'handelen', 'condities', 'acties'], plenary: false },
  5: { minutes: [30, 45], focus: ['relaties', 'handelen', 'condities', 'acties'], plenary: true },
  6: { minutes: null, focus: [], plenary: false },
};

/** Heading of a session step, verbatim: 'Stap 2 (45 minuten)'. */
export function sessionTitle(step: SessionStep): string {
  switch (step) {
    case 1: return msg('Stap 1 (15 minuten)');
    case 2: return msg('Stap 2 (45 minuten)');
    case 3: return msg('Stap 3 (15-30 minuten)');
    case 4: return msg('Stap 4 (60 minuten)');
    case 5: return msg('Stap 5 (30-45 minuten)');
    case 6: return msg('Stap 6 (follow-up)');
  }
}

/** Step 6 of the session script, verbatim: also the introduction of the agreement panel, which every card shows. */
export const followUpText = () =>
  msg('Uitwerken van het samenwerkingsmodel en eventueel omzetten naar een tekst voor een samenwerkingsovereenkomst of convenant.');
