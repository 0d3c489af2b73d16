import type { Contact, NetwerkkaartValue } from './schema.js';
import { emptyNetwerkkaart } from './schema.js';

type Partial = Pick<Contact, 'id' | 'name' | 'domain' | 'ring'> & { [K in keyof Contact]?: Contact[K] };

const contact = (c: Partial): Contact => ({
  kind: 'persoon', support: [], valuation: null, wishes: [], note: '', helpsWith: '', x: null, y: null, ...c,
});

/** "Voorbeeld": a filled-in personal network (fictional), for stories, docs, training and tests. */
export const netwerkkaartExample: NetwerkkaartValue = {
  ...emptyNetwerkkaart(),
  owner: 'Mevrouw Bakker',
  date: '2026-03-12',
  wish: 'Ik zou graag weer samen koken en eten met anderen.',
  contacts: [
    contact({ id: 'els', name: 'Els (dochter)', domain: 'familie', ring: 1, support: ['praktisch', 'emotioneel'], valuation: 'positief', note: 'Komt elke zondag.' }),
    contact({ id: 'peter', name: 'Peter (zoon)', domain: 'familie', ring: 3, valuation: 'lastig', wishes: ['contact-herstellen'], note: 'Sinds de verhuizing weinig contact.' }),
    contact({ id: 'ria', name: 'Ria', domain: 'vrienden', ring: 2, support: ['gezelschap', 'emotioneel'], valuation: 'positief', wishes: ['meer-contact'] }),
    contact({ id: 'henk', name: 'Henk van de biljartclub', domain: 'vrienden', ring: 3, support: ['gezelschap'], valuation: 'neutraal' }),
    contact({ id: 'ans', name: 'Ans (buurvrouw)', domain: 'buren', ring: 1, support: ['praktisch'], valuation: 'positief', helpsWith: 'Kookt graag; weet waar de buurtmaaltijd is.' }),
    contact({ id: 'straat', name: 'Straatcomité Lindelaan', kind: 'initiatief', domain: 'buren', ring: 3, support: ['gezelschap'], valuation: 'neutraal' }),
    contact({ id: 'koor', name: 'Koor De Zangers', kind: 'organisatie', domain: 'werk', ring: 2, support: ['gezelschap'], valuation: 'positief', wishes: ['meer-contact'] }),
    contact({ id: 'huisarts', name: 'Huisarts', kind: 'organisatie', domain: 'professionals', ring: 2, support: ['praktisch'], valuation: 'neutraal' }),
    contact({ id: 'wijk', name: 'Wijkverpleegkundige', domain: 'professionals', ring: 2, support: ['praktisch', 'emotioneel'], valuation: 'positief' }),
    contact({ id: 'eetclub', name: 'Eetclub Samen aan tafel', kind: 'initiatief', domain: 'initiatieven', ring: 3, wishes: ['meer-contact'], helpsWith: 'Samen koken en eten, elke donderdag.' }),
  ],
  ties: [
    { id: 't1', from: 'els', to: 'peter' },
    { id: 't2', from: 'ans', to: 'straat' },
    { id: 't3', from: 'ans', to: 'eetclub' },
    { id: 't4', from: 'huisarts', to: 'wijk' },
  ],
};

/** A supporter's own local network (11.2), fictional. */
export const lokaalNetwerkExample: NetwerkkaartValue = {
  ...emptyNetwerkkaart(),
  mode: 'lokaal',
  owner: 'Sanne, opbouwwerker',
  date: '2026-05-04',
  contacts: [
    contact({ id: 'wijkteam', name: 'Wijkteam Noord', kind: 'organisatie', domain: 'zorg-welzijn', ring: 2 }),
    contact({ id: 'huisarts', name: 'Huisartsenpraktijk De Linde', kind: 'organisatie', domain: 'zorg-welzijn', ring: 3 }),
    contact({ id: 'thuiszorg', name: 'Thuiszorg', kind: 'organisatie', domain: 'zorg-welzijn', ring: 4 }),
    contact({ id: 'vb', name: 'Vrijwilligerscentrale', kind: 'organisatie', domain: 'vrijwilligers', ring: 2 }),
    contact({ id: 'maatje', name: 'Maatjesproject', kind: 'initiatief', domain: 'vrijwilligers', ring: 1 }),
    contact({ id: 'eetclub', name: 'Eetclub Samen aan tafel', kind: 'initiatief', domain: 'bewoners', ring: 1 }),
    contact({ id: 'kerk', name: 'Diaconie', kind: 'organisatie', domain: 'bewoners', ring: 4, wishes: ['meer-contact'] }),
    contact({ id: 'huismeester', name: 'Huismeester woningcorporatie', domain: 'gemeente-wonen', ring: 3 }),
    contact({ id: 'gemeente', name: 'Beleidsmedewerker Wmo', domain: 'gemeente-wonen', ring: 4 }),
  ],
  ties: [
    { id: 't1', from: 'wijkteam', to: 'huisarts' },
    { id: 't2', from: 'maatje', to: 'vb' },
    { id: 't3', from: 'eetclub', to: 'maatje' },
  ],
};

const given = ['Anna', 'Bram', 'Chantal', 'Dirk', 'Esra', 'Fleur', 'Gerrit', 'Hanna', 'Ibrahim', 'Joke', 'Karim', 'Lotte', 'Mo', 'Nina', 'Otto', 'Petra'];
const domains = ['familie', 'vrienden', 'buren', 'werk', 'professionals', 'initiatieven'];

/** A large fictional network of `count` contacts (stories and the benchmark). Deterministic. */
export function generatedNetwork(count: number, withTies = 0): NetwerkkaartValue {
  const contacts = Array.from({ length: count }, (_, i) =>
    contact({
      id: `c${i}`,
      name: `${given[i % given.length]} ${String.fromCharCode(65 + ((i * 7) % 26))}.`,
      domain: domains[(i * 5) % domains.length]!,
      ring: 1 + (Math.floor(i / 6) % 3),
      kind: i % 9 === 0 ? 'organisatie' : i % 11 === 0 ? 'initiatief' : 'persoon',
      support: i % 2 ? ['gezelschap'] : ['praktisch'],
    }),
  );
  const ties = Array.from({ length: Math.min(withTies, Math.max(0, count - 1)) }, (_, i) => ({ id: `t${i}`, from: `c${i}`, to: `c${(i * 13 + 1) % count}` })).filter((t) => t.from !== t.to);
  return { ...emptyNetwerkkaart(), owner: 'Voorbeeld', contacts, ties };
}
