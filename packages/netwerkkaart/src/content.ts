import { msg } from '@niet-alleen/core/msg';

/**
 * The texts of the netwerkkaart as data (workbook 3.2, 8.4, 8.7, 11.1, 11.2). Ids are stable
 * slugs; labels are functions so they follow the active locale.
 */
export const modes = ['persoonlijk', 'lokaal'] as const;
export type Mode = (typeof modes)[number];

/** 'niet-menselijk': a pet or another non-human contact (issue 33; easyNWK's `human: false`). */
export const kinds = ['persoon', 'organisatie', 'initiatief', 'niet-menselijk'] as const;
export type Kind = (typeof kinds)[number];

/** The three kinds of support of 3.2: "praktische, emotionele of gezelschapssteun". */
export const supportTypes = ['praktisch', 'emotioneel', 'gezelschap'] as const;
export type SupportType = (typeof supportTypes)[number];

/**
 * Which way a kind of support goes, seen from the contact (issue 33): the contact gives it to the
 * person, receives it from the person, or both. Not said is the old meaning ("Welke steun geeft
 * dit contact?") and shows no direction.
 */
export const directions = ['geeft', 'krijgt', 'beide'] as const;
export type Direction = (typeof directions)[number];

export const valuations = ['positief', 'neutraal', 'lastig'] as const;
export type Valuation = (typeof valuations)[number];

export const wishTypes = ['meer-contact', 'contact-herstellen'] as const;
export type WishType = (typeof wishTypes)[number];

export interface Option {
  id: string;
  label: string;
}

export const label = {
  mode: (m: Mode) => (m === 'lokaal' ? msg('Mijn lokale netwerk (als ondersteuner)') : msg('Netwerk van een persoon')),
  kind: (k: Kind) =>
    k === 'persoon' ? msg('Persoon') : k === 'organisatie' ? msg('Organisatie') : k === 'initiatief' ? msg('Initiatief') : msg('Huisdier of ander niet-menselijk contact'),
  support: (s: SupportType) =>
    s === 'praktisch' ? msg('Praktische steun') : s === 'emotioneel' ? msg('Emotionele steun') : msg('Gezelschap'),
  /** The direction as an option of the editor's choice. */
  direction: (d: Direction) =>
    d === 'geeft' ? msg('Dit contact geeft') : d === 'krijgt' ? msg('Dit contact krijgt') : msg('Over en weer'),
  /** The direction after a kind of support in the list, the CSV and the text alternative: 'Praktische steun (geeft)'. */
  directionShort: (d: Direction) => (d === 'geeft' ? msg('geeft') : d === 'krijgt' ? msg('krijgt') : msg('over en weer')),
  valuation: (v: Valuation) =>
    v === 'positief' ? msg('Fijn contact') : v === 'neutraal' ? msg('Gaat wel') : msg('Lastig contact'),
  wish: (w: WishType) => (w === 'meer-contact' ? msg('Meer contact') : msg('Contact herstellen')),
};

/** Life domains (sectors) of the personal map, as the field knows the netwerkcirkel. */
export const personalSectors = (): Option[] => [
  { id: 'familie', label: msg('Familie') },
  { id: 'vrienden', label: msg('Vrienden en kennissen') },
  { id: 'buren', label: msg('Buren en buurt') },
  { id: 'werk', label: msg('Werk, school en vereniging') },
  { id: 'professionals', label: msg('Professionals en organisaties') },
  { id: 'initiatieven', label: msg('Informele initiatieven') },
];

/** Closeness rings of the personal map, innermost first. */
export const personalRings = (): string[] => [msg('Heel dichtbij'), msg('Dichtbij'), msg('Verder weg')];

/** Sectors of a supporter's own local network (11.2: professionals, volunteers, persons, organisations). */
export const localSectors = (): Option[] => [
  { id: 'zorg-welzijn', label: msg('Zorg en welzijn') },
  { id: 'vrijwilligers', label: msg('Vrijwilligers en vrijwilligersorganisaties') },
  { id: 'bewoners', label: msg('Bewoners en informele initiatieven') },
  { id: 'gemeente-wonen', label: msg('Gemeente, wonen en andere partijen') },
];

/** The four network levels of 11.1, innermost (closest collaboration) first. */
export const localRings = (): string[] => [
  msg('4. Communities'),
  msg('3. Partnerschap'),
  msg('2. Lokaal naar elkaar verwijzen'),
  msg('1. Elkaar kennen'),
];

export const text = {
  title: (m: Mode) => (m === 'lokaal' ? msg('Mijn lokale netwerk') : msg('Persoonlijke netwerkkaart')),
  intro: (m: Mode) =>
    m === 'lokaal'
      ? msg('Ga voor uzelf na wie in uw netwerk actief zijn of kunnen zijn rondom eenzaamheid en sociaal isolement. Denk hierbij aan zowel professionals als vrijwilligers en welke relatie u en de andere partijen met elkaar hebben.')
      : msg('Na gebruik van het instrument Mijn talenten en wensen (§8.5) of Interesses en waarden (§8.6), kunt u vanuit die persoonlijke wens op zoek naar met wie of welke initiatieven de persoon dit kan bereiken. U start dus vanuit de vragen: wat zou iemand willen bereiken? Welke initiatieven passen hierbij?'),
  drawing: () => msg('De tekening fungeert als weergave van hulpbronnen om tot een plan te komen.'),
  /** 8.4: the "Let op" of `informal` is about these ready-made maps, not about the person's own drawing. */
  availableMaps: () => msg('Er zijn verscheidene persoonlijke netwerkkaarten beschikbaar in organisaties of online.'),
  informal: () =>
    msg('Let op, vaak zijn deze niet volledig of missen ze kleine betekenisvolle (informele) initiatieven, zoals eetclubjes of een straatcomité.'),
  together: () =>
    msg('Om antwoord te krijgen op deze vragen kunt u de persoon vragen om zijn of haar eigen sociale omgeving in kaart te brengen. De persoon kan dit eventueel samen doen met iemand uit zijn of haar sociale netwerk.'),
  localQuestions: () => [
    msg('Niveau 1: Wat is mijn rol? Wie ken ik die als professional of vrijwilliger met eenzame of sociale geïsoleerde mensen in aanraking komt?'),
    msg('Niveau 2: Naar welke vrijwilligers of professionals verwijs ik in de praktijk door?'),
    msg('Niveau 3 en 4: Met wie werk ik samen (structureel of projectmatig) om eenzaamheid of sociaal isolement aan te pakken?'),
  ],
  /** 11.2: the plenary discussion of the sheets, with its questions. */
  groupLead: () => msg('Plenaire besprek samen per vel de uitkomsten.'),
  groupQuestions: () => [
    msg('Wat valt op?'),
    msg('Gaat het vooral om personen of organisaties?'),
    msg('Welke relaties zijn er al in uw kern/gemeente/wijk?'),
    msg('Wie zou u nog meer willen betrekken?'),
    msg('Welke (nieuwe) samenwerkingsmogelijkheden ziet u?'),
  ],
  /** 11.1: the schema behind the four rings (levels 3 and 4 are worked out in the partnerschapskaart). */
  schemaTitle: () => msg('Over netwerkvormen (§11.1)'),
  informativeStrategy: () =>
    msg('Informatieve strategie: Op niveau 1 informeert u elkaar over uw werkzaamheden. Dit is een vorm van samenwerken in netwerken, die gebaseerd is op het eigen organisatieperspectief. De belangen van de eigen organisatie staan bij iedere partij voorop. Op niveau 2 verwijst u naar elkaar.'),
  level1: () =>
    msg('1. Elkaar kennen Op de hoogte zijn van wat een andere organisatie doet en wie u waarvoor kunt bereiken. Dit is meestal gebaseerd op persoonlijke connecties, vaak incidenteel van aard.'),
  level2: () =>
    msg('2. Lokaal naar elkaar verwijzen Naast op de hoogte zijn van elkaars werkzaamheden, ook naar elkaar verwijzen als dat nodig is voor een burger. Er is een structuur van doorverwijzen naar elkaar.'),
  activatingStrategy: () =>
    msg('Activerende strategie: Op het niveau van lokaal samenwerken (niveau 3 en 4) doet u meer dan elkaar informeren en doorverwijzen. De samenwerking is niet langer gebaseerd op het eigen-organisatieperspectief alleen. U vormt een nieuw netwerkperspectief met gezamenlijke doelen en waarden. De belangen van het gedeelde netwerk staan voorop. Deze strategie vraagt om een actieve samenwerking.'),
};
