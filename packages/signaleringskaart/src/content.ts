import { msg } from '@niet-alleen/core/msg';
import { own } from '@niet-alleen/core/schema';
import type { SignaleringskaartValue } from './schema.js';

/**
 * The workbook's signals (5.3), verbatim. Ids are stable slugs: stored values keep
 * working when wording or locale changes. Texts are functions so they follow the locale.
 */
export const signalGroupIds = ['lichamelijk', 'psychisch', 'sociaal', 'gedragsmatig', 'levensgebeurtenissen'] as const;
export type SignalGroupId = (typeof signalGroupIds)[number];
/** Own signals can also go under 'anders' ("Andere signalen en notities"). */
export type OwnSignalGroupId = SignalGroupId | 'anders';
export const ownSignalGroupIds = [...signalGroupIds, 'anders'] as const;

export const signalItems: Record<SignalGroupId, readonly string[]> = {
  lichamelijk: [
    'verslechterde-zelfzorg', 'vermoeidheid', 'slaapproblemen', 'hoofdpijn',
    'verhoogde-spierspanning', 'gebrek-aan-eetlust', 'maag-darmen', 'ademhalingsklachten',
  ],
  psychisch: [
    'negatief-zelfbeeld', 'weinig-zelfvertrouwen', 'zinloosheid-uitzichtloosheid', 'verlatenheid',
    'angststoornissen', 'rusteloosheid', 'concentratie', 'teleurstelling-verdriet',
    'verlies-vertrouwen', 'boosheid-bitterheid',
  ],
  sociaal: ['weinig-sociale-contacten', 'missen-sociale-steun'],
  gedragsmatig: [
    'verwaarlozing-zelfzorg-woning', 'gebrek-sociale-vaardigheden', 'mensen-op-afstand', 'claimgedrag',
    'op-zichzelf-gericht', 'overmatig-gebruik-verslaving', 'leven-in-verleden', 'moeite-alleen-zijn',
  ],
  levensgebeurtenissen: [
    'overlijden-naasten', 'scheiding', 'ziekte-beperking', 'ziekte-beperking-naasten',
    'verhuizing-migratie', 'verlies-baan-financieel',
  ],
};

export const allSignalIds = Object.values(signalItems).flat();

export function groupOfSignal(id: string): SignalGroupId | undefined {
  return signalGroupIds.find((group) => signalItems[group].includes(id));
}

/** The groups with at least one marked signal (workbook or own), in the card's order. */
export function markedGroupsOf({ marked, own }: Pick<SignaleringskaartValue, 'marked' | 'own'>): SignalGroupId[] {
  return signalGroupIds.filter((g) => marked.some((id) => groupOfSignal(id) === g) || own.some((o) => o.group === g && o.marked));
}

export function groupTitle(id: OwnSignalGroupId): string {
  switch (id) {
    case 'lichamelijk': return msg('Lichamelijke signalen');
    case 'psychisch': return msg('Psychische signalen');
    case 'sociaal': return msg('Sociale signalen');
    case 'gedragsmatig': return msg('Gedragmatige signalen');
    case 'levensgebeurtenissen': return msg('Levensgebeurtenissen');
    case 'anders': return msg('Andere signalen en notities');
  }
}

export function signalText(id: string): string {
  const texts: Record<string, () => string> = {
    'verslechterde-zelfzorg': () => msg('verslechterde zelfzorg'),
    vermoeidheid: () => msg('vermoeidheid'),
    slaapproblemen: () => msg('slaapproblemen'),
    hoofdpijn: () => msg('hoofdpijn'),
    'verhoogde-spierspanning': () => msg('verhoogde spierspanning'),
    'gebrek-aan-eetlust': () => msg('gebrek aan eetlust'),
    'maag-darmen': () => msg('last van maag/darmen'),
    ademhalingsklachten: () => msg('ademhalingsklachten'),
    'negatief-zelfbeeld': () => msg('negatief zelfbeeld'),
    'weinig-zelfvertrouwen': () => msg('weinig zelfvertrouwen'),
    'zinloosheid-uitzichtloosheid': () => msg('gevoelens van zinloosheid en uitzichtloosheid'),
    verlatenheid: () => msg('gevoelens van verlatenheid'),
    angststoornissen: () => msg('angststoornissen'),
    rusteloosheid: () => msg('rusteloosheid'),
    concentratie: () => msg('moeilijk kunnen concentreren'),
    'teleurstelling-verdriet': () => msg('teleurstelling en verdriet'),
    'verlies-vertrouwen': () => msg('verlies van vertrouwen in andere mensen'),
    'boosheid-bitterheid': () => msg('boosheid en bitterheid'),
    'weinig-sociale-contacten': () => msg('weinig sociale contacten'),
    'missen-sociale-steun': () => msg('missen van sociale steun'),
    'verwaarlozing-zelfzorg-woning': () => msg('verwaarlozing van zelfzorg en woning'),
    'gebrek-sociale-vaardigheden': () => msg('gebrek aan sociale vaardigheden'),
    'mensen-op-afstand': () => msg('mensen op afstand houden'),
    claimgedrag: () => msg('claimgedrag'),
    'op-zichzelf-gericht': () => msg('op zichzelf gericht zijn'),
    'overmatig-gebruik-verslaving': () => msg('overmatig gebruik of verslaving'),
    'leven-in-verleden': () => msg('leven in het verleden'),
    'moeite-alleen-zijn': () => msg('moeite met alleen zijn'),
    'overlijden-naasten': () => msg('overlijden van naaste(n)'),
    scheiding: () => msg('scheiding'),
    'ziekte-beperking': () => msg('ziekte of beperking'),
    'ziekte-beperking-naasten': () => msg('ziekte of beperking van naaste(n)'),
    'verhuizing-migratie': () => msg('verhuizing/migratie/sterk veranderde woonomgeving'),
    'verlies-baan-financieel': () => msg('verlies baan/financiële problemen'),
  };
  return own(texts, id)?.() ?? id;
}

/** The card's own words (5.3), verbatim. */
export const cardText = {
  title: () => msg('Signaleringskaart'),
  intro: () =>
    msg('Deze signaleringskaart geeft een overzicht van signalen die kunnen wijzen op eenzaamheid of sociaal isolement. Let op, deze signalen hoeven niet te betekenen dat de persoon in kwestie zich eenzaam voelt of in een sociaal isolement verkeert. De signalen kunnen ook wijzen op andere problemen.'),
  notChecklist: () => msg('Onderstaande punten zijn niet om af te vinken, maar zijn aanleiding voor gesprek.'),
  discuss: () =>
    msg("Bespreek uw vermoedens altijd met de persoon. Aarzel niet om bij een 'niet-pluis-gevoel', waarbij nog niet goed duidelijk is wat er precies aan de hand is, ook het gesprek aan te gaan met de persoon die het betreft."),
  passOn: () =>
    msg('Als u om wat voor reden dan ook niet hierover in gesprek kunt of wilt gaan, zorg dan dat u het signaal aan iemand doorgeeft.'),
};
