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
  fit: () => msg('Het is belangrijk dat het plan past bij de persoon.'),
  small: () => msg('Een persoonlijk doel kan ook iets heel kleins zijn.'),
  realise: () =>
    msg('Nadat het doel gekozen is, bepaalt u samen hoe dit te realiseren. Neem de thema\'s, stappen of afbeeldingen door en vraag door hoe hij of zij zou kunnen beginnen dit te organiseren.'),
  stay: () =>
    msg('Het maken van een plan is goed, maar de uitvoering kan stagneren of soms in de ogen van de persoon mislukken. Door nabij te blijven en te luisteren, biedt u inzicht in de persoonlijke ervaringen. Vervolgens kunt u iemand begeleiden in het maken van nieuwe keuzes of het (leren) vragen om hulp om aan zijn of haar keuzes te kunnen blijven werken.'),
  // 10.1
  lookBackInstruction: () => msg('Vraag de persoon zelf terug te koppelen na een afgesproken termijn.'),
  noNews: () => msg('Heeft u niets vernomen na de afgesproken termijn? Ga dan nogmaals open een gesprek aan.'),
  reflector: () =>
    msg('U kunt Reflector \'Voel ik me eenzaam?\' (§6.10) opnieuw met de persoon bespreken. Het belangrijkste hierbij is in gesprek te gaan over ervaren verschillen tussen de eerste keer en tweede keer invullen van de reflector; het gaat niet om de scores zelf.'),
};
