import type { PersoonlijkPlanValue } from './plan-schema.js';

/** A filled-in example (fictional), for stories, docs and demos. */
export const persoonlijkPlanExample: PersoonlijkPlanValue = {
  schemaVersion: 1,
  goal: 'Eén keer per week samen koffie drinken, niet alleen thuis.',
  wishId: 'wens-1',
  form: 'Mevrouw schrijft het plan op een kaart die op de koelkast hangt.',
  steps: [
    { id: 'stap-1', text: 'Bij het buurthuis vragen wanneer de koffieochtend is.' },
    { id: 'stap-2', text: 'De eerste keer samen met buurvrouw Ans gaan.' },
  ],
  helpers: [
    { id: 'helper-1', name: 'Buurvrouw Ans', contactId: 'contact-ans' },
    { id: 'helper-2', name: 'Vrijwilliger van de thuisadministratie', contactId: null },
  ],
  needs: 'Vervoer als het regent.',
  lookBacks: [
    {
      id: 'terugblik-1',
      date: '2026-03-02',
      answers: {
        acties: 'Twee keer naar de koffieochtend geweest.',
        verandering: 'Ze kent nu twee mensen bij naam.',
        belemmeringen: 'De eerste keer was spannend.',
        geholpen: 'Dat Ans meeging.',
        vervolg: 'Misschien ook naar de wandelgroep.',
      },
    },
  ],
};
