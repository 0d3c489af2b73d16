import { talentIds, type TalentId } from '../content.js';
import type { TalentCard } from '../schema.js';

/**
 * Suggestions for group mode (8.2): which wishes are shared, and whose talent could help
 * with someone else's wish. Deliberately simple word matching, shown as suggestions:
 * "Beslis samen welke mensen elkaar kunnen helpen" — the group decides, not the code.
 */

const stopwords = new Set(
  (
    // Dutch
    'aan al alle als altijd andere anderen beetje beter ben bij daar dan dat de deze die dingen dit doe doen door echt een eens elkaar en er even gaan gaat ga ' +
    'goed graag had hebben heb heel het hier hoe hun iedereen iemand iets ik in is je kan keer kunnen kun leuk leuke leren lekker maar me meer mee mensen met ' +
    'mij mijn minder misschien na naar niet nog nu of om omdat ons onze ook op over samen soms te toch tot u uit van vaak vaker veel voor vooral wat we weer ' +
    'wel welke wie wil willen word worden zal ze zelf zij zijn zo zoals zou zouden week elke iedere houd durf blij ideaal wakker liefhebber zodat ' +
    // English
    'a about again all also am an and any are as at be been being better but by can do does doing for from get go good have i if in into is it like ' +
    'love more my not of on or other people so some that the them they thing things this to together up very want we week what when who will with would you'
  ).split(/\s+/),
);

/** Words of a text reduced to a crude stem: lower case, no accents, no plural ending. */
export function stems(text: string): string[] {
  const words = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 4 && !stopwords.has(w));
  return words.map((w) => (w.length > 5 && w.endsWith('en') ? w.slice(0, -2) : w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : w));
}

/** Two stems match when the shorter (at least 4 letters) starts the longer: fiets ~ fietstocht. */
const stemMatch = (a: string, b: string) => (a.length <= b.length ? b.startsWith(a) : a.startsWith(b));

/** `derive` that takes each text apart only once. */
function remembered<T>(derive: (text: string) => T): (text: string) => T {
  const memory = new Map<string, T>();
  return (text) => {
    if (!memory.has(text)) memory.set(text, derive(text));
    return memory.get(text)!;
  };
}

/**
 * `commonWords(a, b)`: the words two texts have in common (as written in `a`), or none. One matcher
 * serves one set of suggestions: every wish is compared with every other wish and every talent with
 * every wish, so each text is stemmed once instead of once per comparison. Not kept longer, so no
 * text someone typed stays in memory after the suggestions are made.
 */
function matcher(): (a: string, b: string) => string[] {
  const stemsOf = remembered(stems);
  // The words of a text as written (lower case), each with its stem; words without one left out.
  const wordsWithStems = remembered((text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .flatMap((word): [string, string][] => {
        const [stem] = stems(word);
        return stem ? [[word, stem]] : [];
      }),
  );
  return (a, b) => {
    const sb = stemsOf(b);
    const found: string[] = [];
    for (const [word, stem] of wordsWithStems(a)) {
      if (sb.some((t) => stemMatch(stem, t)) && !found.includes(word)) found.push(word);
    }
    return found;
  };
}

export interface WishRef {
  personIndex: number;
  number: 1 | 2;
  text: string;
}

export interface SharedWish {
  /** Words the wishes have in common. */
  words: string[];
  wishes: WishRef[];
}

const wishRefs = (people: readonly TalentCard[]): WishRef[] =>
  people.flatMap((p, personIndex) =>
    p.wishes.map((w, i) => ({ personIndex, number: (i + 1) as 1 | 2, text: w.wish.trim() })).filter((w) => w.text),
  );

/** Wishes of different people that share a word, grouped (connected wishes form one group). */
export function sharedWishes(people: readonly TalentCard[]): SharedWish[] {
  const commonWords = matcher();
  const refs = wishRefs(people);
  const parent = refs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const words = new Map<number, string[]>();
  for (let i = 0; i < refs.length; i++) {
    for (let j = i + 1; j < refs.length; j++) {
      if (refs[i]!.personIndex === refs[j]!.personIndex) continue;
      const common = commonWords(refs[i]!.text, refs[j]!.text);
      if (!common.length) continue;
      const [ri, rj] = [find(i), find(j)];
      const merged = [...new Set([...(words.get(ri) ?? []), ...(ri === rj ? [] : (words.get(rj) ?? [])), ...common])];
      parent[rj] = ri;
      if (ri !== rj) words.delete(rj);
      words.set(ri, merged);
    }
  }
  const groups = new Map<number, WishRef[]>();
  refs.forEach((ref, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), ref]);
  });
  return [...groups.entries()]
    .filter(([, wishes]) => new Set(wishes.map((w) => w.personIndex)).size > 1)
    .map(([root, wishes]) => ({ words: words.get(root) ?? [], wishes }));
}

export interface HelpMatch {
  /** Who has the talent. */
  helperIndex: number;
  talents: { starter: TalentId; text: string; words: string[] }[];
  /** Whose wish it could help. */
  wish: WishRef;
}

/** A talent of one person that matches the wish (or its "Wat heb ik daarvoor nodig?") of another. */
export function helpMatches(people: readonly TalentCard[]): HelpMatch[] {
  const commonWords = matcher();
  const matches: HelpMatch[] = [];
  people.forEach((person, personIndex) => {
    person.wishes.forEach((w, i) => {
      const wishText = w.wish.trim();
      if (!wishText) return;
      const target = `${wishText} ${w.needs}`;
      people.forEach((helper, helperIndex) => {
        if (helperIndex === personIndex) return;
        const talents = talentIds.flatMap((starter) =>
          helper.talents[starter]
            .filter((t) => t.trim())
            .map((t) => ({ starter, text: t, words: commonWords(t, target) }))
            .filter((t) => t.words.length),
        );
        if (talents.length) matches.push({ helperIndex, talents, wish: { personIndex, number: (i + 1) as 1 | 2, text: wishText } });
      });
    });
  });
  return matches;
}
