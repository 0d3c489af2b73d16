import { msg } from '@niet-alleen/core/msg';
import type { ReflectorDefinition, ReflectorScaleOption } from './schema.js';

/*
 * The workbook's reflectors as data (Dutch verbatim; English is ours, from the XLIFF).
 * Functions, so the texts follow the active locale. Statement ids are stable slugs.
 */

/** Scale A/B/C of 6.8 and 6.10. */
export const scaleABC = (): ReflectorScaleOption[] => [
  { value: 'A', short: 'A', label: msg('helemaal niet mee eens') },
  { value: 'B', short: 'B', label: msg('in geringe mate mee eens') },
  { value: 'C', short: 'C', label: msg('in hoge mate mee eens') },
];

/** Scale 1–5 of 10.3. */
export const scaleOneToFive = (): ReflectorScaleOption[] => [
  { value: '1', short: '1', label: msg('in zeer geringe mate') },
  { value: '2', short: '2', label: msg('in geringe mate') },
  { value: '3', short: '3', label: msg('in voldoende mate') },
  { value: '4', short: '4', label: msg('in hoge mate') },
  { value: '5', short: '5', label: msg('in zeer hoge mate') },
];

const keyABC = () => msg('Waardering scores: A = helemaal niet mee eens; B = in geringe mate mee eens; C = in hoge mate mee eens');

/** 6.8 Reflector vooroordelen over eenzaamheid. */
export const vooroordelenDefinition = (): ReflectorDefinition => ({
  id: 'vooroordelen',
  title: msg('Reflector vooroordelen over eenzaamheid'),
  intro: [
    msg('Het gaat in deze opdracht niet om goed of fout. Het gaat om het gesprek dat u en uw gesprekspartner hebben over dit thema.'),
    msg('U gaat in gesprek over wat u heeft ingevuld. U bepaalt zelf wat u wel of niet wilt delen. Gebruik de rechterkolom om uw eigen opvattingen en daaraan gekoppelde nieuwe inzichten op te schrijven.'),
  ],
  source: msg('Deze reflector is gemaakt op basis van de theoretische indeling van eenzaamheid als sociaal, emotioneel of existentieel (Van Tilburg & De Jong Gierveld 2007; Jorna 2012). Daarnaast hebben we geput uit de vooroordelen en aannames die naar voren kwamen in interviews met 122 jongvolwassenen en ouderen in de gemeente Aalten en de gemeente Nijmegen (Heessels & Van Erp, 2014; Heessels et.al., 2015) en het onderzoek van Van Tilburg & De Jong Gierveld (2007).'),
  layout: 'statements',
  statementsLabel: msg('Stellingen'),
  statements: [
    { id: 'hoort-bij-leven', text: msg('Eenzaamheid hoort bij het leven.') },
    { id: 'zelf-oplossen', text: msg('Eenzaamheid, dat kun je alleen zelf oplossen.') },
    { id: 'genoeg-contacten', text: msg('Als je genoeg sociale contacten hebt, hoef je niet eenzaam te zijn.') },
    { id: 'vrienden-partner', text: msg('Alleen het hebben van goede vrienden of een partner beschermt tegen eenzaamheid.') },
    { id: 'niet-mee-te-koop', text: msg('Eenzaam of alleen zijn daar loop je niet mee te koop.') },
    { id: 'oudere-mensen', text: msg('Eenzaamheid, dat is iets voor oudere mensen.') },
    { id: 'kinderen-en-baan', text: msg('Mensen met opgroeiende kinderen en een baan zijn doorgaans niet eenzaam.') },
  ],
  scale: { options: scaleABC(), key: keyABC() },
  comment: { label: msg('Eigen opvattingen en nieuwe inzichten') },
  own: { label: msg('Voor mij speelt een andere aanname, namelijk..') },
});

/** 6.10 Reflector 'Voel ik me eenzaam?' */
export const eenzaamheidDefinition = (): ReflectorDefinition => ({
  id: 'eenzaamheid',
  title: msg("Reflector 'Voel ik me eenzaam?'"),
  warning: msg("De reflector is gebaseerd op 'de Eenzaamheidsschaal', ontwikkeld door De Jong Gierveld en Kamphuis in 1985. Let op, in individuele gevallen kunt u deze schaal niet gebruiken om te meten of iemand wel/niet eenzaam is. De reflector is uitsluitend bedoeld als voeding voor een gesprek. Het gesprek over de stellingen is de hoofdzaak, niet de score op zich."),
  layout: 'statements',
  statementsLabel: msg('Stellingen'),
  statements: [
    { id: 'iemand-voor-problemen', text: msg('Er is altijd wel iemand in mijn omgeving bij wie ik met mijn dagelijkse problemen terecht kan') },
    { id: 'mis-goede-vriend', text: msg('Ik mis een echt goede vriend of vriendin.') },
    { id: 'leegte', text: msg('Ik ervaar leegte om me heen.') },
    { id: 'terugvallen', text: msg('Er zijn genoeg mensen op wie ik in geval van narigheid terug kan vallen.') },
    { id: 'mis-gezelligheid', text: msg('Ik mis gezelligheid om me heen.') },
    { id: 'kring-beperkt', text: msg('Ik vind mijn kring van kennissen te beperkt.') },
    { id: 'volledig-vertrouwen', text: msg('Ik heb veel mensen op wie ik volledig kan vertrouwen.') },
    { id: 'nauw-verbonden', text: msg('Er zijn voldoende mensen met wie ik me nauw verbonden voel.') },
    { id: 'mis-mensen', text: msg('Ik mis mensen om me heen.') },
    { id: 'in-de-steek-gelaten', text: msg('Vaak voel ik me in de steek gelaten.') },
    { id: 'bij-vrienden-terecht', text: msg('Wanneer ik daar behoefte aan heb kan ik altijd bij mijn vrienden terecht.') },
  ],
  scale: { options: scaleABC(), key: keyABC() },
  own: { label: msg('Een eigen stelling') },
});

/** 7.4 Feedbackformulier gespreksvaardigheden. */
export const feedbackformulierDefinition = (): ReflectorDefinition => ({
  id: 'feedbackformulier',
  title: msg('Feedbackformulier gespreksvaardigheden'),
  intro: [msg('De observator schrijft feedback op. Na afloop van het rollenspel licht de observator kort de feedback toe.')],
  layout: 'statements',
  statementsLabel: msg('Vaardigheden'),
  statements: [
    { id: 'open-vragen', text: msg('Stelt de ondersteuner open vragen?') },
    { id: 'samenvatten', text: msg('Vat de ondersteuner tussendoor samen?') },
    { id: 'doorvragen', text: msg('Vraagt de ondersteuner voldoende door?') },
    { id: 'stiltes', text: msg('Laat de ondersteuner stiltes vallen?') },
    { id: 'gevoelsreflecties', text: msg('Geeft de ondersteuner gevoelsreflecties?') },
    { id: 'open-nieuwsgierig', text: msg('Stelt de ondersteuner zich open en nieuwsgierig op?') },
    { id: 'lichaamshouding', text: msg('Heeft de ondersteuner een open lichaamshouding?') },
    { id: 'afstemmen', text: msg('Stemt de ondersteuner het taalgebruik en tempo af op de ander?') },
    { id: 'oordelen-voor-zich', text: msg('Houdt de ondersteuner oordelen, mening, adviezen voor zich?') },
    { id: 'echt-luisteren', text: msg('Luistert de ondersteuner echt?') },
  ],
  comment: { label: msg('Feedback') },
  own: { label: msg('Eigen invulling') },
});

/** 7.5 Reflector Bekend Besluiten Bereiken. */
export const bekendBesluitenBereikenDefinition = (): ReflectorDefinition => ({
  id: 'bekend-besluiten-bereiken',
  title: msg('Reflector Bekend Besluiten Bereiken'),
  intro: [
    msg('In onderstaande vakken gaat het om uw eigen leerproces. De kolom Bekend is bedoeld om uw voorkennis in beeld te krijgen (wat u al weet en doet). De kolom Besluiten is bedoeld om dingen af te leren, die niet relevant of effectief zijn (gebleken). Bereiken is bedoeld om uw vakbekwaamheid verder te ontwikkelen: Wat gaat u bewust anders doen? Wat wil u bereiken en met welke bedoeling? Wat of wie hebt u daarbij nodig?'),
  ],
  layout: 'columns',
  columns: [
    { id: 'bekend', title: msg('Bekend'), question: msg('Wat deed ik al?') },
    { id: 'besluiten', title: msg('Besluiten'), question: msg('Wat doe ik niet meer?') },
    { id: 'bereiken', title: msg('Bereiken'), question: msg('Wat ga ik anders doen?') },
  ],
  talk: false,
});

/** 10.3 Reflector Ondersteuningsvaardigheden. */
export const ondersteuningsvaardighedenDefinition = (): ReflectorDefinition => ({
  id: 'ondersteuningsvaardigheden',
  title: msg('Reflector Ondersteuningsvaardigheden'),
  intro: [
    msg('Het is niet bedoeld als een beoordeling, maar als een zelfwaardering.'),
    msg('Door de reflector in te vullen en aan te vullen, kunt u nagaan waar u bekwaam in bent, op welke onderdelen u nog meer kennis wilt vergaren, of welke ervaring u nog wilt opdoen.'),
  ],
  layout: 'statements',
  statementsLabel: msg('Competenties'),
  statements: [
    { id: 'verhaal-vertellen', text: msg('U nodigt de persoon uit zijn of haar verhaal te vertellen.') },
    { id: 'open-vragen', text: msg('U stelt open vragen.') },
    { id: 'verantwoordelijkheid', text: msg('U laat de verantwoordelijkheid bij de persoon.') },
    { id: 'lokaal-netwerk', text: msg('U heeft contacten en afspraken met anderen in uw lokale netwerk.') },
    { id: 'fasebenadering', text: msg('U maakt gebruik van de handvatten in de fasebenadering.') },
    { id: 'vooroordelen-opschorten', text: msg('U schort eigen vooroordelen op.') },
    { id: 'eigen-plan', text: msg('U steunt de ander in het komen tot een eigen plan, acties en inzichten.') },
    { id: 'netwerk-aanspreken', text: msg('U stimuleert de persoon het netwerk aan te spreken.') },
    { id: 'talenten', text: msg('U bent in staat de talenten van de persoon naar boven te halen en aan te boren.') },
    { id: 'bespreekbaar-maken', text: msg('U schroomt niet om eenzaamheid of sociaal isolement bespreekbaar te maken.') },
    { id: 'te-rade-gaan', text: msg('U gaat bij anderen te rade voor vragen rondom eenzaamheid en sociaal isolement, waar u zelf niet uitkomt.') },
    { id: 'reflecteren', text: msg('U reflecteert met anderen op uw werk/ ervaringen.') },
    { id: 'weerstanden', text: msg('U kunt omgaan met weerstanden.') },
    { id: 'kennis', text: msg("U heeft kennis over eenzaamheid en sociaal isolement of weet waar u deze kennis kunt 'halen'.") },
    { id: 'ruimte-nieuwe-ideeen', text: msg("U neemt 'ruimte' in uw werk voor nieuwe ideeën en aanpakken.") },
    { id: 'presente-houding', text: msg('U heeft een presente houding') },
  ],
  scale: {
    options: scaleOneToFive(),
    key: msg('1 = in zeer geringe mate; 2 = in geringe mate; 3 = in voldoende mate; 4 = in hoge mate; 5 = in zeer hoge mate.'),
  },
  comment: { label: msg('Wat wil ik nog verbeteren in mijn werkwijze?') },
  own: { label: msg('Anders, namelijk.....') },
});

/** The engine's own texts that come from the workbook (10.1). */
export const reflectorText = {
  compareAdvice: () =>
    msg('Het belangrijkste hierbij is in gesprek te gaan over ervaren verschillen tussen de eerste keer en tweede keer invullen van de reflector; het gaat niet om de scores zelf.'),
};
