import type { ReflectorDefinition, ReflectorValue } from './schema.js';

/*
 * Filled-in examples (fictional), for stories, docs, demos and tests. Each has two dated
 * fillings, so the comparison (10.1) can be shown.
 */

const a = (choice: string | null, comment = '', talk = false) => ({ choice, comment, talk });

/** How an organisation defines its own reflector (see docs/reflectors.md). */
export const exampleReflectorDefinition: ReflectorDefinition = {
  id: 'buurtkamer-welkom',
  title: 'Reflector: voel ik me welkom in de buurtkamer?',
  intro: ['Er zijn geen goede of foute antwoorden. Kies wat bij u past en vertel erover als u wilt.'],
  warning: 'Dit is geen meting. De stellingen zijn een begin van een gesprek.',
  layout: 'statements',
  statementsLabel: 'Stellingen',
  statements: [
    { id: 'begroet', text: 'Als ik binnenkom, word ik begroet.' },
    { id: 'iemand-om-mee-te-praten', text: 'Er is altijd wel iemand om mee te praten.' },
    { id: 'eigen-inbreng', text: 'Ik kan zelf iets inbrengen of organiseren.' },
  ],
  scale: {
    options: [
      { value: 'A', short: 'A', label: 'helemaal niet mee eens' },
      { value: 'B', short: 'B', label: 'in geringe mate mee eens' },
      { value: 'C', short: 'C', label: 'in hoge mate mee eens' },
    ],
    key: 'A = helemaal niet mee eens; B = in geringe mate mee eens; C = in hoge mate mee eens',
  },
  comment: { label: 'Toelichting' },
  own: { label: 'Een eigen stelling, namelijk…' },
};

export const exampleReflectorValue: ReflectorValue = {
  schemaVersion: 1,
  reflector: 'buurtkamer-welkom',
  moments: [
    {
      id: 'voorbeeld-1',
      date: '2026-02-02',
      answers: { begroet: a('B', 'Alleen als Ria er is.'), 'iemand-om-mee-te-praten': a('A', '', true), 'eigen-inbreng': a('A') },
      own: [],
      columns: {},
    },
    {
      id: 'voorbeeld-2',
      date: '2026-05-11',
      answers: { begroet: a('C', 'Iedereen kent me nu.'), 'iemand-om-mee-te-praten': a('B'), 'eigen-inbreng': a('A', 'Misschien een kookavond?', true) },
      own: [],
      columns: {},
    },
  ],
};

export const vooroordelenExample: ReflectorValue = {
  schemaVersion: 1,
  reflector: 'vooroordelen',
  moments: [
    {
      id: 'voorbeeld-1',
      date: '2026-01-20',
      answers: {
        'hoort-bij-leven': a('C', 'Iedereen is wel eens eenzaam.'),
        'zelf-oplossen': a('B'),
        'genoeg-contacten': a('C', '', true),
        'vrienden-partner': a('B'),
        'niet-mee-te-koop': a('C'),
        'oudere-mensen': a('A', 'Ook jongeren, dat hoorde ik in de training.'),
        'kinderen-en-baan': a('B'),
      },
      own: [{ id: 'eigen-1', text: 'Wie eenzaam is, zoekt zelf wel hulp.', choice: 'B', comment: 'Schroom is groot.', talk: true }],
      columns: {},
    },
    {
      id: 'voorbeeld-2',
      date: '2026-03-16',
      answers: {
        'hoort-bij-leven': a('C', 'Iedereen is wel eens eenzaam.'),
        'zelf-oplossen': a('A', 'Je hebt anderen nodig.'),
        'genoeg-contacten': a('A', 'Het gaat om de kwaliteit van contact.'),
        'vrienden-partner': a('B'),
        'niet-mee-te-koop': a('C'),
        'oudere-mensen': a('A'),
        'kinderen-en-baan': a('A'),
      },
      own: [{ id: 'eigen-1', text: 'Wie eenzaam is, zoekt zelf wel hulp.', choice: 'A', comment: '', talk: false }],
      columns: {},
    },
  ],
};

export const eenzaamheidExample: ReflectorValue = {
  schemaVersion: 1,
  reflector: 'eenzaamheid',
  moments: [
    {
      id: 'voorbeeld-1',
      date: '2026-02-09',
      answers: {
        'iemand-voor-problemen': a('B'),
        'mis-goede-vriend': a('C', '', true),
        leegte: a('C'),
        terugvallen: a('A'),
        'mis-gezelligheid': a('C', '', true),
        'kring-beperkt': a('B'),
        'volledig-vertrouwen': a('A'),
        'nauw-verbonden': a('A'),
        'mis-mensen': a('C'),
        'in-de-steek-gelaten': a('B'),
        'bij-vrienden-terecht': a('A'),
      },
      own: [],
      columns: {},
    },
    {
      id: 'voorbeeld-2',
      date: '2026-06-01',
      answers: {
        'iemand-voor-problemen': a('C'),
        'mis-goede-vriend': a('C', '', true),
        leegte: a('B'),
        terugvallen: a('B'),
        'mis-gezelligheid': a('B'),
        'kring-beperkt': a('B'),
        'volledig-vertrouwen': a('A'),
        'nauw-verbonden': a('B'),
        'mis-mensen': a('B'),
        'in-de-steek-gelaten': a('B'),
        'bij-vrienden-terecht': a('A'),
      },
      own: [],
      columns: {},
    },
  ],
};

export const feedbackformulierExample: ReflectorValue = {
  schemaVersion: 1,
  reflector: 'feedbackformulier',
  moments: [
    {
      id: 'voorbeeld-1',
      date: '2026-03-02',
      answers: {
        'open-vragen': a(null, 'Ja, vooral aan het begin: "Hoe gaat het met u?"'),
        samenvatten: a(null, 'Eén keer, halverwege. Dat hielp.'),
        doorvragen: a(null, 'Bij het verhaal over de buurvrouw had je nog kunnen doorvragen.', true),
        stiltes: a(null, 'Stiltes werden snel opgevuld.'),
        'oordelen-voor-zich': a(null, 'Gaf één keer een advies over de dagbesteding.', true),
      },
      own: [{ id: 'eigen-1', text: 'Maakt de ondersteuner oogcontact?', choice: null, comment: 'Ja, rustig.', talk: false }],
      columns: {},
    },
    {
      id: 'voorbeeld-2',
      date: '2026-04-13',
      answers: {
        'open-vragen': a(null, 'Ja, vooral aan het begin: "Hoe gaat het met u?"'),
        samenvatten: a(null, 'Vaker samengevat; de ander vertelde meer.'),
        doorvragen: a(null, 'Goed doorgevraagd over de buurvrouw.'),
        stiltes: a(null, 'Liet de stilte na de vraag over troost bestaan.'),
        'oordelen-voor-zich': a(null, 'Gaf één keer een advies over de dagbesteding.', true),
      },
      own: [{ id: 'eigen-1', text: 'Maakt de ondersteuner oogcontact?', choice: null, comment: 'Ja, rustig.', talk: false }],
      columns: {},
    },
  ],
};

export const bekendBesluitenBereikenExample: ReflectorValue = {
  schemaVersion: 1,
  reflector: 'bekend-besluiten-bereiken',
  moments: [
    {
      id: 'voorbeeld-1',
      date: '2026-03-02',
      answers: {},
      own: [],
      columns: {
        bekend: [{ id: 'e1', text: 'Open vragen stellen aan het begin van het gesprek.' }],
        besluiten: [{ id: 'e2', text: 'Direct met oplossingen komen.' }],
        bereiken: [
          { id: 'e3', text: 'Vaker samenvatten: "Begrijp ik goed dat u…?"' },
          { id: 'e4', text: 'Stiltes laten vallen.' },
        ],
      },
    },
    {
      id: 'voorbeeld-2',
      date: '2026-05-04',
      answers: {},
      own: [],
      columns: {
        bekend: [
          { id: 'e1', text: 'Open vragen stellen aan het begin van het gesprek.' },
          { id: 'e5', text: 'Samenvatten.' },
        ],
        besluiten: [{ id: 'e2', text: 'Direct met oplossingen komen.' }],
        bereiken: [{ id: 'e6', text: 'Naar het netwerk van de persoon vragen.' }],
      },
    },
  ],
};

export const ondersteuningsvaardighedenExample: ReflectorValue = {
  schemaVersion: 1,
  reflector: 'ondersteuningsvaardigheden',
  moments: [
    {
      id: 'voorbeeld-1',
      date: '2026-01-12',
      answers: {
        'verhaal-vertellen': a('4'),
        'open-vragen': a('3', 'Minder gesloten vragen stellen.'),
        verantwoordelijkheid: a('2', 'Ik neem snel dingen over.', true),
        'lokaal-netwerk': a('2', 'Kennismaken met het buurtteam.'),
        'bespreekbaar-maken': a('2', '', true),
        weerstanden: a('3'),
      },
      own: [{ id: 'eigen-1', text: 'Ik maak tijd voor een tweede gesprek.', choice: '3', comment: '', talk: false }],
      columns: {},
    },
    {
      id: 'voorbeeld-2',
      date: '2026-06-08',
      answers: {
        'verhaal-vertellen': a('4'),
        'open-vragen': a('4'),
        verantwoordelijkheid: a('3', 'Beter, maar blijft een aandachtspunt.', true),
        'lokaal-netwerk': a('4', 'Vaste afspraak met het buurtteam.'),
        'bespreekbaar-maken': a('3'),
        weerstanden: a('3'),
      },
      own: [{ id: 'eigen-1', text: 'Ik maak tijd voor een tweede gesprek.', choice: '4', comment: '', talk: false }],
      columns: {},
    },
  ],
};
