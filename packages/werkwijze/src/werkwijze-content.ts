import { msg } from '@niet-alleen/core/msg';

/**
 * The six phases (workbook chapter 2, chapters 5–10) and the supporter's knowledge of 6.9, 7.6
 * and 12.1, verbatim. Ids are stable slugs; texts are functions so they follow the locale.
 */
export const phaseIds = ['herkennen', 'bespreekbaar-maken', 'luisteren', 'wensen-en-talenten', 'actie', 'terug-en-vooruitblikken'] as const;
export type PhaseId = (typeof phaseIds)[number];

export function phaseTitle(id: PhaseId): string {
  switch (id) {
    case 'herkennen': return msg('Herkennen');
    case 'bespreekbaar-maken': return msg('Bespreekbaar maken');
    case 'luisteren': return msg('Luisteren');
    case 'wensen-en-talenten': return msg('Wensen en talenten');
    case 'actie': return msg('Ondersteunen richting actie');
    case 'terug-en-vooruitblikken': return msg('Terug- en vooruitblikken');
  }
}

/** What the phase is about, in the words of chapter 2. */
export function phaseDescription(id: PhaseId): string {
  switch (id) {
    case 'herkennen': return msg('herkennen van eenzaamheid en sociaal isolement bij de ander');
    case 'bespreekbaar-maken': return msg('bespreekbaar maken van eenzaamheid en sociaal isolement');
    case 'luisteren': return msg('begrijpen wat er speelt door aandachtig te luisteren');
    case 'wensen-en-talenten': return msg('verkennen waar iemand plezier aan beleeft en wat die persoon kan');
    case 'actie': return msg('de ander stimuleren om ideeën om te zetten in handelen');
    case 'terug-en-vooruitblikken': return msg('samen reflecteren op de nieuwe situatie');
  }
}

export const werkwijzeText = {
  title: () => msg('Werkwijze'),
  notSequential: () =>
    msg('De fases zijn niet vanzelfsprekend opeenvolgend. Soms begeleidt u mensen langer in een bepaalde fase. Sommige fases die in het model gescheiden zijn kunnen in de praktijk samenvallen en soms gaat u terug naar een bepaalde fase.'),
  reflect: () =>
    msg('Reflecteren is terugblikken en vooruitkijken. Het is belangrijk om terug te komen op de acties (reflecteren) en te bekijken of de persoon vindt dat zijn of haar situatie is verbeterd. Zo niet, dan loopt u samen de stappen na en bekijkt of er nog andere mogelijkheden zijn. Daarnaast kijkt u samen vooruit; waar wil de persoon naartoe?'),
  secondReflector: () =>
    msg('U kunt Reflector \'Voel ik me eenzaam?\' (§6.10) opnieuw met de persoon bespreken. Het belangrijkste hierbij is in gesprek te gaan over ervaren verschillen tussen de eerste keer en tweede keer invullen van de reflector; het gaat niet om de scores zelf.'),
  wishes: () =>
    msg('Het doel van deze fase is om iemands \'vermogen\' aan te spreken. Dit stimuleert iemand om zelf tot actie te komen op een manier die aanspreekt.'),
};

// ——— 6.9 Tips bespreekbaar maken eenzaamheid en sociaal isolement ———

export const tipsTitle = () => msg('Tips bespreekbaar maken eenzaamheid en sociaal isolement');
export const tipsInstruction = () => [
  msg('Door het gesprek aan te gaan met iemand kunt u uw vermoedens of die van de omgeving checken: herkent de ander uw zorg?'),
  msg('Vervolgens is het de vraag of deze persoon de situatie ook erkent en -zelf graag verandering zou willen zien. Zie onderstaande tips voor een eerste gesprek.'),
  msg('Bepaal vervolgens samen wat de volgende stap is.'),
];
export const tipsDo = () => [
  msg('Neem de tijd.'),
  msg('Zorg voor een vertrouwde, veilige omgeving. Start met een open vraag: Hoe gaat het met u?'),
  msg('Wanneer u bij iemand thuis bent, kunt u vragen naar foto\'s of andere persoonlijke, dingen die u ziet.'),
  msg('Wees open en nieuwsgierig naar de beleving en ervaringen van de ander.'),
  msg('Zet uw eigen aannames (tijdelijk) aan de kant.'),
  msg('Heb oog voor uw eigen schroom: durf de vraag achter de vraag te stellen.'),
  msg('Stel samen vast of de persoon problemen ervaart, en zo ja: welke?'),
  msg('Bespreek of iemand de situatie zou willen veranderen.'),
  msg('Bespreek welke lichtpuntjes er zijn.'),
  msg('Geef ruimte voor het eigen verhaal en eigen regie.'),
];
export const tipsDont = () => [
  msg('Direct met oplossingen, meningen of adviezen komen.'),
  msg('Eromheen draaien. Wees transparant over de aanleiding van het gesprek, namelijk dat u zich zorgen maakt over de ander.'),
  msg('Eenzaamheid onnodig problematiseren. Iedereen is wel eens eenzaam of alleen. De vraag is of de persoon hier zelf last van ondervindt.'),
  msg('Geef prioriteit aan het verhaal, eventuele formulieren komen nu op een tweede plek.'),
];

// ——— 7.6 Voorbeeldvragen ———

export const questionsTitle = () => msg('Voorbeeldvragen');
export const questionsIntro = () => [
  msg('Deze vragen kunnen u helpen om in gesprek te gaan over eenzaamheid of het hebben van weinig ondersteunende contacten (sociaal isolement). Het is geen vragenlijst. U kunt deze vragen naar eigen inzicht gebruiken, zoals ze passen in het gesprek.'),
  msg('Interventies zijn het meest succesvol als ze aansluiten bij de persoon en de oorzaken van de eenzaamheid/het sociaal isolement. Neem daarom de tijd voor het verhaal. De persoon is leidend.'),
];
export interface ExampleQuestion {
  text: string;
  sub?: { mark: string; text: string }[];
}
export const exampleQuestions = (): ExampleQuestion[] => [
  { text: msg('Hoe gaat het met u?') },
  { text: msg('Wat is voor u belangrijk? Denk aan verschillende contexten: werk, school of thuis.') },
  { text: msg('Waar bent u trots op?') },
  { text: msg('Wat doet u graag?') },
  {
    text: msg('Wie is voor u belangrijk? U kunt iemand ook vragen zijn sociale omgeving te tekenen.'),
    sub: [
      { mark: 'a', text: msg('Wat betekenen deze contacten voor u? Achterliggende vraag: komen de contacten overeen met de verwachtingen?') },
      { mark: 'b', text: msg('Zijn er dingen die u mist in het contact met anderen?') },
    ],
  },
  { text: msg('Op welke moment voelt u zich eenzaam?') },
  { text: msg('Wat biedt u troost?') },
  { text: msg('Wat kan helpen op momenten dat u zich eenzaam voelt?') },
];

// ——— 12.1 Typen eenzaamheid en sociaal isolement ———

export const typologyTitle = () => msg('Typen eenzaamheid en sociaal isolement');
export const typologyNotALabel = () =>
  msg('Kennis voor de ondersteuner, geen label voor de persoon. Deze indelingen helpen u om ondersteuning te zoeken die past; ze worden nergens bij de persoon ingevuld of bewaard.');
export const contactTypologyTitle = () => msg('Sociale-contact-typologie');
export const contactTypologySource = () => msg('Hortulanus, Machielse en Meeuwesen (2003)');
export const contactTypes = (): { name: string; text: string }[] => [
  { name: msg('De sociaal weerbaren'), text: msg('Deze mensen hebben veel contacten, hun sociaal netwerk functioneert goed, zij voelen zich niet eenzaam en verkeren niet in een sociaal isolement.') },
  { name: msg('Eenzamen'), text: msg('Zij hebben veel contacten, maar voelen zich toch eenzaam. De steun wordt door hen als onvoldoende of ineffectief ervaren, en bij hen is een discrepantie te zien tussen het aantal gerealiseerde contacten en de kwaliteit van de contacten zoals zij die zich zouden wensen.') },
  { name: msg('Contactarmen'), text: msg('Zij hebben weinig contacten, maar die blijken toereikend en te voldoen aan hun behoeften. Zij voelen zich niet eenzaam, maar zijn wel kwetsbaar door het beperkt aantal contacten dat zij hebben. Dit is een risico voor sociaal isolement.') },
  { name: msg('Sociaal geïsoleerden'), text: msg('Mensen die weinig of geen persoonlijke contacten hebben en zich daar vaak eenzaam en ongelukkig door voelen.') },
];
export const contactTypologyNote = () =>
  msg('Bij de groep eenzamen en de groep sociaal geïsoleerden ontbreekt het aan alle typen steun: op sociaal, emotioneel en praktisch gebied. De auteurs concluderen dat deze mensen vooral aan het overleven zijn.');
export const isolationTypologyTitle = () => msg('Typologie van sociaal geïsoleerden in acht categorieën');
export const isolationTypologySource = () => msg('Bron: Machielse en Hortulanus (2011)');
export const isolationTypologyIntro = () =>
  msg('De indeling is gebaseerd op (1) de aard en duur (persistentie) van het sociaal isolement en (2) de mate waarin iemand gemotiveerd/erop gericht is om iets aan de eigen situatie te veranderen (handelingsoriëntatie).');
export const isolationColumns = () => ({
  persistence: msg('Persistentie (duur) van het isolement'),
  oriented: msg('Gericht op sociale participatie'),
  notOriented: msg('Niet (duidelijk) gericht op sociale participatie'),
  interventions: msg('Typen interventies'),
  strategy: msg('Dominante overlevingsstrategie:'),
});
export interface IsolationRow {
  persistence: string;
  oriented: { name: string; strategy: string };
  notOriented: { name: string; strategy: string };
  interventions: string[];
}
export const isolationRows = (): IsolationRow[] => [
  {
    persistence: msg('Eenzaamheid, dreigend isolement'),
    oriented: { name: msg('Actieven (gericht op participatie)'), strategy: msg('Voelen zich prettig als ze een actief sociaal leven hebben') },
    notOriented: { name: msg('Geborgen (gericht op aanpassing aan de situatie)'), strategy: msg('Zoeken een beschermend netwerk waarin ze zich veilig en beschermd voelen') },
    interventions: [
      msg('Belemmeringen voor participatie wegnemen'),
      msg('Preventieve interventie (hulp bij rouwverwerking, mantelzorgondersteuning)'),
      msg('Toeleiding naar groepsaanbod en activiteiten'),
      msg('Inzet vrijwilliger / match met andere oudere'),
      msg('Relatief korte trajecten'),
    ],
  },
  {
    persistence: msg('Situationeel bepaald isolement, enkelvoudige problematiek'),
    oriented: { name: msg('Achterblijvers (klein netwerk kwijtgeraakt)'), strategy: msg('Verlangen naar de emotionele steun van een hechte relatie') },
    notOriented: { name: msg('Afhankelijken (beperkende relatie)'), strategy: msg('Zoeken geborgenheid in een afhankelijkheidsrelatie') },
    interventions: [
      msg('Belemmeringen voor participatie wegnemen'),
      msg('Individuele begeleiding door professional'),
      msg('Inzet vrijwilliger / match met andere oudere'),
      msg('Toeleiding naar activiteiten'),
      msg('Doorgeleiding naar specialistische hulp'),
      msg('Relatief korte, intensieve trajecten'),
    ],
  },
  {
    persistence: msg('Structureel isolement, complexe problematiek'),
    oriented: { name: msg('Compenseerders (actief in formele verbanden)'), strategy: msg('Vullen het gebrek aan persoonlijke contacten in door functionele activiteiten') },
    notOriented: { name: msg('Buitenstaanders (probleemverbergers)'), strategy: msg('Functioneren het liefst buiten de reguliere samenleving') },
    interventions: [
      msg('Praktische problemen oplossen'),
      msg('Monitoren door professional'),
      msg('Geen inzet vrijwilliger mogelijk'),
      msg('Langdurige trajecten, niet intensief'),
    ],
  },
  {
    persistence: msg('Structureel isolement, verweven met psychiatrische of psychogeriatrische problematiek'),
    oriented: { name: msg('Hoopvollen (teleurgesteld, afwachtend)'), strategy: msg('Hebben veel behoefte aan contacten en hopen dat hun situatie ten goede zal keren') },
    notOriented: { name: msg('Overlevers (verslagen, gemarginaliseerd)'), strategy: msg('Hebben de moed opgegeven en zijn uitsluitend bezig met overleven') },
    interventions: [
      msg('Praktische problemen oplossen'),
      msg('Begeleiding bij dagelijks functioneren'),
      msg('Emotionele en psychosociale steun'),
      msg('Doorgeleiding naar specialistische hulp'),
      msg('Inzet van gespecialiseerde vrijwilliger'),
      msg('Creëren van een professioneel vangnet'),
      msg('Langdurige, intensieve trajecten'),
    ],
  },
];
