import type { PartnerschapskaartValue } from './schema.js';

/**
 * Fictional examples for stories, docs and demos: two group cards from a session in the
 * (fictional) village of Rivierstad, and the plenary card the facilitator made of them.
 */
export const partnerschapskaartGroepA: PartnerschapskaartValue = {
  schemaVersion: 1,
  filledBy: 'Groep A',
  participants: ['Anouk (wijkteam)', 'Bert (bewoner)', 'Chaima (bibliotheek)'],
  notes: [
    { id: 'a1', cell: 'geslaagd', text: 'iedereen in het dorp weet waar hij terecht kan met een zorg over een buur', author: 'Bert (bewoner)' },
    { id: 'a2', cell: 'geslaagd', text: 'inwoners zelf activiteiten bedenken en wij ze daarin steunen', author: 'Anouk (wijkteam)' },
    { id: 'a3', cell: 'kennis-delen', text: 'één keer per kwartaal een open overleg in de bibliotheek', author: 'Chaima (bibliotheek)' },
    { id: 'a4', cell: 'samen-beslissen', text: 'bewoners zitten aan tafel vanaf het begin, niet pas bij de uitvoering', author: 'Bert (bewoner)' },
    { id: 'a5', cell: 'communiceren', text: 'een vaste contactpersoon per organisatie', author: 'Anouk (wijkteam)' },
    { id: 'a6', cell: 'omgeving', text: 'tijd: een uur per week voor signalen bespreken', author: 'Anouk (wijkteam)' },
    { id: 'a7', cell: 'ik-doe', text: 'ik nodig de huismeester van de woningcorporatie uit', author: 'Chaima (bibliotheek)' },
  ],
};

export const partnerschapskaartGroepB: PartnerschapskaartValue = {
  schemaVersion: 1,
  filledBy: 'Groep B',
  participants: ['Dirk (gemeente)', 'Esra (vrijwilliger)'],
  notes: [
    { id: 'b1', cell: 'geslaagd', text: 'minder mensen alleen met de feestdagen', author: 'Esra (vrijwilliger)' },
    { id: 'b2', cell: 'eigen-kracht', text: 'vrijwilligers kiezen zelf wat ze wel en niet doen', author: 'Esra (vrijwilliger)' },
    { id: 'b3', cell: 'kunnen-rol', text: 'signalen herkennen en bespreekbaar maken (training voor iedereen)', author: 'Dirk (gemeente)' },
    { id: 'b4', cell: 'mensen', text: 'reflectie: durven zeggen wat niet lukt', author: 'Esra (vrijwilliger)' },
    { id: 'b5', cell: 'wij-doen', text: 'een verwijskaart maken voor het dorp', author: 'Dirk (gemeente)' },
    { id: 'b6', cell: 'anderen-doen', text: 'de huisarts vragen signalen door te geven', author: 'Dirk (gemeente)' },
  ],
};

/** Mid-session: one group card with several authors. */
export const partnerschapskaartExample: PartnerschapskaartValue = partnerschapskaartGroepA;

/** The plenary card of step 5: both group cards merged; every note keeps its author and group. */
export const partnerschapskaartPlenair: PartnerschapskaartValue = {
  schemaVersion: 1,
  filledBy: 'Plenair, Rivierstad',
  participants: [...partnerschapskaartGroepA.participants, ...partnerschapskaartGroepB.participants],
  notes: [
    ...partnerschapskaartGroepA.notes.map((n) => ({ ...n, from: 'Groep A' })),
    ...partnerschapskaartGroepB.notes.map((n) => ({ ...n, from: 'Groep B' })),
  ],
};
