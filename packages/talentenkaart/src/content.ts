import { msg, str } from '@niet-alleen/core/msg';
import { isolate } from '@niet-alleen/core/schema';

/**
 * The workbook's texts for 8.1–8.6, verbatim. Ids are stable slugs: stored values keep
 * working when wording or locale changes. Texts are functions so they follow the locale.
 */

// ——— 8.5 Mijn talenten en wensen ———

export const talentIds = [
  'ik-kan-goed', 'het-leuke-aan-mij', 'ik-word-blij-van', 'ik-houd-van',
  'wakker-maken-voor', 'liefhebber-van', 'ik-durf-goed', 'mijn-ideaal',
] as const;
export type TalentId = (typeof talentIds)[number];

/** The sentence starters of "Mijn talenten" (8.5). */
export function talentText(id: TalentId): string {
  switch (id) {
    case 'ik-kan-goed': return msg('Ik kan goed ...');
    case 'het-leuke-aan-mij': return msg('Het leuke aan mij is ...');
    case 'ik-word-blij-van': return msg('Ik word blij van ...');
    case 'ik-houd-van': return msg('Ik houd van ...');
    case 'wakker-maken-voor': return msg('U kunt mij altijd wakker maken voor ...');
    case 'liefhebber-van': return msg('Ik ben een liefhebber van ...');
    case 'ik-durf-goed': return msg('Ik durf goed ...');
    case 'mijn-ideaal': return msg('Mijn ideaal is ...');
  }
}

export const wishFieldIds = ['wish', 'actions', 'helpers', 'needs'] as const;
export type WishFieldId = (typeof wishFieldIds)[number];

/** The four questions under each wish (8.5). */
export function wishFieldText(id: WishFieldId): string {
  switch (id) {
    case 'wish': return msg('Ik zou graag...');
    case 'actions': return msg('1. Om dit te bereiken ga ik ...');
    case 'helpers': return msg('2. Wie kan me daarbij helpen?');
    case 'needs': return msg('3. Wat heb ik daarvoor nodig?');
  }
}

export const talentenkaartText = {
  title: () => msg('Mijn talenten en wensen'),
  talents: () => msg('Mijn talenten'),
  wishes: () => msg('Mijn wensen'),
  /** "WENS 1": written in capitals by CSS, so screen readers say the word. */
  wish: (n: number) => msg(str`Wens ${n}`),
  name: () => msg('Naam'),
  date: () => msg('Datum'),
  intro: () =>
    msg("'Mijn talenten' kunt u gebruiken om positieve kwaliteiten in kaart te brengen. Middels 'Mijn wensen' kunt u de persoon vragen zijn of haar kwaliteiten te vertalen naar concrete wensen en acties, in samenwerking met anderen."),
  emptyIsFine: () => msg('Kan ook zijn dat sommige vakjes leeg blijven.'),
};

/** The supporter's guidance of 8.2, verbatim, shown on demand. */
export const talentGuidance = {
  summary: () => msg('Tips voor de ondersteuner: talenten'),
  items: () => [
    msg('Vraag de persoon tijdelijk zijn of haar bescheidenheid te laten varen en te focussen op wat hij of zij kan en leuk vindt. Vraag hierbij ook naar eerdere ervaringen.'),
    msg('Vraag de persoon op te schrijven waar hij of zij trots op is, blij van wordt en graag doet of deed.'),
    msg('Suggestie: u kunt mensen ook vragen het instrument voor elkaar in te vullen door met elkaar in dialoog te gaan over elkaars kwaliteiten.'),
  ],
};

export const wishGuidance = {
  summary: () => msg('Tips voor de ondersteuner: wensen'),
  items: () => [
    msg("Alle mensen hebben wensen. Wensen hebben vaak betrekking op rollen of situaties die men nastreeft, zoals het hebben van (vrijwilligers)werk, een maatje, meer contact met familie, een opleiding volgen, woonomstandigheden verbeteren, enzovoort. Soms weten mensen niet goed wat hun situatie kan verbeteren. Ze zeggen bijvoorbeeld alleen heel algemeen: 'Ik wil weer gelukkig zijn'. Door dóór te vragen over zo'n wens kunt u erachter komen wat deze voor de persoon inhoudt. Bijvoorbeeld: 'Wat betekent voor u gelukkig zijn?' of 'Wanneer voelde u zich bijvoorbeeld gelukkig?' Wat belangrijk is, is dat het een wens van de persoon zelf is en niet van iemand anders."),
    msg("De vraag staat centraal: 'Wat zou u graag willen en hoe kunt u dit bereiken?' U kunt hierbij gebruik maken van kennisbron 12.4 Vragen stellen met daarin actie- en realiteitsvragen. Deze vragen helpen om hetgeen mensen zouden willen bereiken concreet te maken."),
    msg('Vraag de persoon 2 dingen te kiezen, waarmee hij of zij op korte termijn graag iets zou willen doen.'),
    msg('Vraag door tot de persoon de wensen zo concreet mogelijk heeft opgeschreven.'),
    msg('Vraag hoe de persoon deze wensen zou kunnen omzetten in acties.'),
  ],
  examplesLead: () => msg('Voorbeeldvragen:'),
  examples: () => [
    msg('Wat kunt u ondernemen om deze wensen te realiseren?'),
    msg('Wat kunt u organiseren/maken/doen?'),
    msg('Wat zou u samen met anderen willen doen?'),
    msg('Wie zijn dat?'),
    msg('Hoe zou u die mensen kunnen betrekken?'),
  ],
};

/** 8.2 "Wanneer u de wensen en talenten met meerdere mensen invult", verbatim. */
export const groupGuidance = {
  lead: () => msg('Wanneer u de wensen en talenten met meerdere mensen invult:'),
  items: () => [
    msg('Kijk naar de talenten en wensen in de groep.'),
    msg('Welke wensen worden gedeeld?'),
    msg('Beslis samen welke mensen elkaar kunnen helpen met hun talenten.'),
    msg('Zet de wensen om in acties. Wat heeft u nodig om dit te bereiken?'),
  ],
};

/** 8.4: from a wish to the network map. */
export const networkText = {
  fromWish: () =>
    msg('Na gebruik van het instrument Mijn talenten en wensen (§8.5) of Interesses en waarden (§8.6), kunt u vanuit die persoonlijke wens op zoek naar met wie of welke initiatieven de persoon dit kan bereiken. U start dus vanuit de vragen: wat zou iemand willen bereiken? Welke initiatieven passen hierbij?'),
};

// ——— 8.6 Interesses en waarden ———

export const interestIds = [
  'tuinieren', 'gamen', 'pilates', 'schaatsen',
  'winkelen', 'yoga', 'dansen', 'schaken',
  'festivals', 'kaarten', 'krant', 'voetbal',
  'lezingen', 'familie-bezoeken',
  'hockey', 'reizen', 'verzamelen',
  'markten', 'tv-kijken', 'muziek', 'bezoek-krijgen',
  'film', 'barbecueen', 'musea-bezoeken', 'uit-eten-gaan',
  'fietsen', 'feesten',
  'klussen', 'knutselen', 'hardlopen', 'sociale-media',
  'zwemmen', 'tekenen', 'autorijden',
  'koken', 'fotograferen', 'puzzelen', 'fitness',
] as const;
export type InterestId = (typeof interestIds)[number];

export const ownInterestIds = ['eigen-1', 'eigen-2', 'eigen-3', 'eigen-4', 'eigen-5', 'eigen-6'] as const;
export type OwnInterestId = (typeof ownInterestIds)[number];
export type CellId = InterestId | OwnInterestId;
export const cellIds = [...interestIds, ...ownInterestIds] as const;

/**
 * The two grids of 8.6 as printed: four columns, row by row, with the six blank cells
 * (for own interests) where the workbook has them.
 */
export const interestGrids: readonly (readonly CellId[])[] = [
  [
    'tuinieren', 'gamen', 'pilates', 'schaatsen',
    'winkelen', 'yoga', 'dansen', 'schaken',
    'festivals', 'kaarten', 'krant', 'voetbal',
    'lezingen', 'eigen-1', 'eigen-2', 'familie-bezoeken',
    'hockey', 'eigen-3', 'reizen', 'verzamelen',
    'markten', 'tv-kijken', 'muziek', 'bezoek-krijgen',
  ],
  [
    'film', 'barbecueen', 'musea-bezoeken', 'uit-eten-gaan',
    'eigen-4', 'fietsen', 'eigen-5', 'feesten',
    'klussen', 'knutselen', 'hardlopen', 'sociale-media',
    'zwemmen', 'tekenen', 'eigen-6', 'autorijden',
    'koken', 'fotograferen', 'puzzelen', 'fitness',
  ],
];

export function isOwnInterest(id: string): id is OwnInterestId {
  return (ownInterestIds as readonly string[]).includes(id);
}

export function interestText(id: InterestId): string {
  switch (id) {
    case 'tuinieren': return msg('Tuinieren');
    case 'gamen': return msg('Gamen');
    case 'pilates': return msg('Pilates');
    case 'schaatsen': return msg('Schaatsen');
    case 'winkelen': return msg('Winkelen');
    case 'yoga': return msg('Yoga');
    case 'dansen': return msg('Dansen');
    case 'schaken': return msg('Schaken');
    case 'festivals': return msg('Festivals');
    case 'kaarten': return msg('Kaarten');
    case 'krant': return msg('Krant');
    case 'voetbal': return msg('Voetbal');
    case 'lezingen': return msg('Lezingen');
    case 'familie-bezoeken': return msg('Familie bezoeken');
    case 'hockey': return msg('Hockey');
    case 'reizen': return msg('Reizen');
    case 'verzamelen': return msg('Verzamelen');
    case 'markten': return msg('Markten');
    case 'tv-kijken': return msg('Tv kijken');
    case 'muziek': return msg('Muziek');
    case 'bezoek-krijgen': return msg('Bezoek krijgen');
    case 'film': return msg('Film');
    case 'barbecueen': return msg('Barbecueën');
    case 'musea-bezoeken': return msg('Musea bezoeken');
    case 'uit-eten-gaan': return msg('Uit eten gaan');
    case 'fietsen': return msg('Fietsen');
    case 'feesten': return msg('Feesten');
    case 'klussen': return msg('Klussen');
    case 'knutselen': return msg('Knutselen');
    case 'hardlopen': return msg('Hardlopen');
    case 'sociale-media': return msg('Sociale media');
    case 'zwemmen': return msg('Zwemmen');
    case 'tekenen': return msg('Tekenen');
    case 'autorijden': return msg('Autorijden');
    case 'koken': return msg('Koken');
    case 'fotograferen': return msg('Fotograferen');
    case 'puzzelen': return msg('Puzzelen');
    case 'fitness': return msg('Fitness');
  }
}

export const marks = ['neutraal', 'leuk', 'hekel'] as const;
export type Mark = (typeof marks)[number];

/** The next state when the user activates an interest: neutraal → leuk → hekel → neutraal. */
export function nextMark(mark: Mark): Mark {
  return marks[(marks.indexOf(mark) + 1) % marks.length]!;
}

/** The state as words (part of the accessible name) … */
export function markText(mark: Mark): string {
  switch (mark) {
    case 'neutraal': return msg('neutraal');
    case 'leuk': return msg('vind ik leuk');
    case 'hekel': return msg('heb ik een hekel aan');
  }
}

/** … and as a symbol, so the state never depends on colour. */
export const markSymbol: Record<Mark, string> = { neutraal: '○', leuk: '♥', hekel: '✕' };

export const interestText86 = {
  title: () => msg('Interesses en waarden'),
  askValues: () => msg('Vraag door naar de waarden bij de interesse(s).'),
  meaningExample: () => msg('Wat betekent [de waarde: bv. gezelligheid] voor u?'),
  qualities: () => msg('Welke eigenschappen horen bij deze waarde?'),
  meaning: (value: string) => msg(str`Wat betekent ${isolate(value)} voor u?`),
  source: () =>
    msg("Deze werkvorm is gebaseerd op de IRB module doelvaardigheid. Ontwikkeld door Stichting rehabilitatie '92 en Altrecht, copyright 1991 Center for psychiatric rehabilitation, Boston University."),
};

/** 8.3 guidance, verbatim, on demand. */
export const interestGuidance = {
  summary: () => msg('Tips voor de ondersteuner: interesses en waarden'),
  /**
   * The workbook writes 'Ook Instrument: Interesses en waarden (§8.6) kunt u…', its section
   * title pasted into the sentence; on screen that reads as a template label. We write it the
   * way the workbook itself does in 8.4 ('het instrument Mijn talenten en wensen (§8.5)') and
   * set the name as a title (`citing`).
   */
  intro: () =>
    msg('Ook het instrument Interesses en waarden (§8.6) kunt u gebruiken om uit te zoeken waar iemand plezier aan beleeft en wat daarvan de achterliggende gedachten zijn.'),
  askLead: () => msg('Vragen die u kunt stellen:'),
  ask: () => [
    msg('Wat vindt u leuk of interessant om te doen?'),
    msg('Welke activiteiten zijn voor u belangrijk? Wat spreekt u het meeste aan?'),
    msg('Waarom vindt u dit het leukst of het meest interessant?'),
  ],
  useLead: () => msg('Wanneer het instrument gebruikt wordt, kunnen de volgende vragen gesteld worden:'),
  use: () => [
    msg('Wilt u omcirkelen wat u heel leuk vindt?'),
    msg('Wat vindt u zo leuk aan de dingen die u heeft omcirkeld?'),
    msg('Wat zou u willen aanvullen?'),
    msg('Zijn er dingen bij waar u juist een geweldige hekel aan heeft?'),
    msg('Wat staat u daarin tegen?'),
  ],
  deeper: () =>
    msg("Waarden zijn algemene thema's die mensen belangrijk vinden wanneer zij over het leven, zichzelf en anderen nadenken. Op de omcirkelde interesses, maar ook juist bij die interesses die niet gemarkeerd zijn, kunt u doorvragen naar de betekenis. Als waarden gekoppeld kunnen worden aan een bepaald levensterrein zoals sociale contacten, dan zal het antwoord op de vragen specifiekere worden. Bijvoorbeeld: wat betekent eerlijkheid voor u in het hebben van contacten?"),
  whyValue: () => msg('Waarom vindt u deze waarde zo belangrijk?'),
  /** 8.1 Doorvragen naar waarden (first paragraph). */
  behind: () =>
    msg("Het benoemen van een bepaalde hobby of activiteit hoeft niet direct te betekenen dat iemand geholpen is door die activiteit weer of meer te gaan uitvoeren. Het gesprek hierover draait om de achterliggende redenen voor deze voorkeur: wat zijn iemands drijfveren? Waar wordt iemand enthousiast van? En wat betekent het voor iemand?"),
};
