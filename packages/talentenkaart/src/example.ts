import type { InteressesWaardenValue, TalentenkaartGroepValue, TalentenkaartValue } from './schema.js';
import { emptyTalents } from './schema.js';

/** A filled-in example (fictional), for stories, docs and demos. Some boxes stay empty, as in real life. */
export const talentenkaartExample: TalentenkaartValue = {
  schemaVersion: 1,
  name: 'Truus de Boer',
  date: '2026-03-12',
  talents: {
    ...emptyTalents(),
    'ik-kan-goed': ['luisteren', 'taarten bakken'],
    'het-leuke-aan-mij': ['ik ben altijd in voor een grapje'],
    'ik-word-blij-van': ['mijn kleinkinderen', 'de zon op het balkon'],
    'ik-houd-van': ['wandelen in het park'],
    'wakker-maken-voor': ['appeltaart'],
    'liefhebber-van': ['oude films'],
    'mijn-ideaal': ['een buurt waar mensen elkaar groeten'],
  },
  wishes: [
    {
      wish: 'weer elke week met iemand wandelen',
      actions: 'vragen of er een wandelgroep in de wijk is',
      helpers: 'mijn buurvrouw Anneke, het buurthuis',
      needs: 'goede schoenen en een vaste dag',
    },
    {
      wish: 'mijn taarten delen met anderen',
      actions: 'een keer bakken voor de koffieochtend in het buurthuis',
      helpers: 'de vrijwilligers van het buurthuis',
      needs: 'iemand die me met de auto brengt',
    },
  ],
};

/** Three people filling in the card together (8.2, group use). Fictional. */
export const talentenkaartGroepExample: TalentenkaartGroepValue = {
  schemaVersion: 1,
  people: [
    {
      id: 'truus',
      name: 'Truus',
      date: '2026-03-12',
      talents: { ...emptyTalents(), 'ik-kan-goed': ['luisteren', 'taarten bakken'], 'ik-houd-van': ['de natuur'] },
      wishes: [
        { wish: 'weer elke week wandelen', actions: '', helpers: '', needs: 'een vaste dag' },
        { wish: 'werken met de tablet, zodat ik met mijn kleinkinderen kan beeldbellen', actions: '', helpers: '', needs: '' },
      ],
    },
    {
      id: 'ahmed',
      name: 'Ahmed',
      date: '2026-03-12',
      talents: {
        ...emptyTalents(),
        'ik-kan-goed': ['computers en tablets uitleggen', 'koken voor veel mensen'],
        'ik-houd-van': ['wandelen'],
      },
      wishes: [
        { wish: 'samen wandelen in het park', actions: '', helpers: '', needs: '' },
        { wish: 'Nederlands oefenen in een gesprek', actions: '', helpers: '', needs: '' },
      ],
    },
    {
      id: 'ria',
      name: 'Ria',
      date: '2026-03-12',
      talents: {
        ...emptyTalents(),
        'ik-kan-goed': ['breien', 'verhalen vertellen'],
        'ik-houd-van': ['een goed gesprek'],
      },
      wishes: [
        { wish: 'taarten leren bakken', actions: '', helpers: '', needs: '' },
        { wish: 'een breiclub beginnen', actions: '', helpers: '', needs: 'een ruimte' },
      ],
    },
  ],
  actions: [
    { id: 'actie-1', text: 'Op dinsdag samen een rondje door het park', who: 'Truus, Ahmed', needs: 'een vaste tijd: 10 uur bij het buurthuis' },
  ],
};

export const interessesWaardenExample: InteressesWaardenValue = {
  schemaVersion: 1,
  interests: [
    { id: 'tuinieren', text: '', mark: 'leuk', value: 'rust', meaning: 'even niets moeten en buiten zijn', qualities: 'geduld, zorg' },
    { id: 'koken', text: '', mark: 'leuk', value: 'gezelligheid', meaning: 'samen aan tafel, niemand alleen', qualities: 'gastvrij, warm' },
    { id: 'familie-bezoeken', text: '', mark: 'leuk', value: '', meaning: '', qualities: '' },
    { id: 'sociale-media', text: '', mark: 'hekel', value: 'echt contact', meaning: 'mensen zien in plaats van een scherm', qualities: 'eerlijk, aandacht' },
    { id: 'eigen-1', text: 'Zingen in een koor', mark: 'leuk', value: 'gezelligheid', meaning: 'samen iets moois maken', qualities: '' },
  ],
};
