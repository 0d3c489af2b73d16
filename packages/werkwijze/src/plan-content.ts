import { msg } from '@niet-alleen/core/msg';

/**
 * The workbook's texts for the personal plan (9.1, 9.2) and the look-back (10.1), verbatim.
 * Ids are stable slugs; texts are functions so they follow the active locale.
 */
export const lookBackQuestionIds = ['acties', 'verandering', 'belemmeringen', 'geholpen', 'vervolg'] as const;
export type LookBackQuestionId = (typeof lookBackQuestionIds)[number];

export function lookBackQuestion(id: LookBackQuestionId): string {
  switch (id) {
    case 'acties': return msg('Welke acties zijn ondernomen?');
    case 'verandering': return msg('Wat was de belangrijkste verandering?');
    case 'belemmeringen': return msg('Welke belemmeringen kwam de persoon tegen?');
    case 'geholpen': return msg('Welke acties hebben de persoon verder geholpen? Wat heeft het de persoon opgeleverd?');
    case 'vervolg': return msg('Is er behoefte aan vervolgacties? Zo ja, waar denkt de persoon dan aan?');
  }
}

export const planText = {
  title: () => msg('Persoonlijk plan'),
  lookBackTitle: () => msg('Terugblikken en vooruitblikken'),
  // 9.1
  form: () =>
    msg('Een persoonlijk plan kan gemaakt worden door het uit te schrijven, door kreten op velletjes te schrijven en dit te schikken op een groot vel, door een collage te maken met foto\'s uit tijdschriften, een tekening te maken of iets geheel anders. De persoon zelf bepaalt welke vorm bij hem of haar past.'),
  // 9.2
  talk: () =>
    msg('Ga in gesprek met de persoon die u ondersteunt. Vraag wat diegene op dit moment zou willen ondernemen. Grijp in dit gesprek terug op wat de persoon u verteld heeft. Denk hierbij aan wat de persoon verteld heeft over de ervaren eenzaamheid:'),
  lonelinessQuestions: () => [
    msg('Mist de persoon een hechte, emotionele band met één of enkele nabije personen (emotionele eenzaamheid)?'),
    msg('Gaat het om relaties in een breder verband (sociale eenzaamheid)?'),
    msg('Gaat het om langdurige of tijdelijke eenzaamheid/sociaal isolement?'),
  ],
  lookBackEarlier: () =>
    msg('Kijk ook terug naar de eerdere opdrachten als bijvoorbeeld §8.5 Mijn talenten en wensen. Soms hoeft er geen apart plan gemaakt te worden, omdat dit al door de persoon zelf is gedaan op een andere manier. Bespreek dit en vraag de ander zijn inzichten vorm te geven (een plan te maken op een manier die bij hem of haar past).'),
  fit: () => msg('Het is belangrijk dat het plan past bij de persoon.'),
  small: () => msg('Een persoonlijk doel kan ook iets heel kleins zijn.'),
  realise: () =>
    msg('Nadat het doel gekozen is, bepaalt u samen hoe dit te realiseren. Neem de thema\'s, stappen of afbeeldingen door en vraag door hoe hij of zij zou kunnen beginnen dit te organiseren.'),
  stay: () =>
    msg('Het maken van een plan is goed, maar de uitvoering kan stagneren of soms in de ogen van de persoon mislukken. Door nabij te blijven en te luisteren, biedt u inzicht in de persoonlijke ervaringen. Vervolgens kunt u iemand begeleiden in het maken van nieuwe keuzes of het (leren) vragen om hulp om aan zijn of haar keuzes te kunnen blijven werken.'),
  // 9 (introduction): what supporting a plan asks of the supporter
  askedOfYouTitle: () => msg('Wat vraagt dit van u?'),
  qualitiesLead: () => msg('Van Bakel et.al. (2008) hebben de gevraagde eigenschappen als volgt beschreven:'),
  qualities: () => [
    msg('U bent present (aanwezig in het moment).'),
    msg('U gebruikt uw eigen referentiekader terughoudend en bescheiden.'),
    msg('U sluit aan bij het verhaal van de ander.'),
    msg('U herkent en stimuleert de eigen kracht.'),
    msg('U stimuleert het gebruik maken van de eigen ervaringen.'),
    msg('U stimuleert en benut de ondersteuning voor de persoon door belangrijke anderen.'),
  ],
  solidarity: () =>
    msg('Situaties van eenzaamheid en sociaal isolement zijn soms moeilijk op te lossen. Juist in het zoeken naar mogelijkheden is het erg belangrijk om solidair te zijn en samen te zoeken naar lichtpuntjes om tot vervolgstappen te komen.'),
  imrLead: () =>
    msg('In het Illness, management en recovery model (IMR) (Dröes en Witsenburg, 2012) wordt een aantal stappen onder de aandacht gebracht die mensen kunnen helpen tot eigen keuzes te komen en manieren te ontwikkelen om doelen te bereiken. Hieronder staan een aantal van deze stappen:'),
  imrSteps: () => [
    msg('De doelen die er gesteld worden moeten individueel zijn en door de persoon bepaald.'),
    msg('De strategie om de doelen te bereiken wordt besproken en indien nodig wordt er geoefend met een strategie, bijvoorbeeld ergens op af stappen.'),
    msg('Er wordt besproken welke strategieën de persoon zelf kent die voor hem of haar werken.'),
    msg('Problemen die iemand tegenkomt worden besproken en vervolgens worden er nieuwe manieren gezocht om het doel te bereiken.'),
    msg('Informatie wordt gegeven als het de persoon helpt het doel te bereiken.'),
    msg('Doelen kunnen stapsgewijs gerealiseerd worden. De persoon bepaalt het tempo en de daarbij gewenste ondersteuning.'),
  ],
  // 10.1
  lookBackInstruction: () => msg('Vraag de persoon zelf terug te koppelen na een afgesproken termijn.'),
  noNews: () => msg('Heeft u niets vernomen na de afgesproken termijn? Ga dan nogmaals open een gesprek aan.'),
  reflector: () =>
    msg('U kunt Reflector \'Voel ik me eenzaam?\' (§6.10) opnieuw met de persoon bespreken. Het belangrijkste hierbij is in gesprek te gaan over ervaren verschillen tussen de eerste keer en tweede keer invullen van de reflector; het gaat niet om de scores zelf.'),
};
