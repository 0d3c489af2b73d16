import './define.js';
import { NaTalentenkaart } from './talentenkaart.js';
import { NaTalentenkaartGroep } from './talentenkaart-groep.js';
import { NaInteressesWaarden } from './interesses-waarden.js';

export { NaTalentenkaart, NaTalentenkaartGroep, NaInteressesWaarden };
export * from './schema.js';
export * from './events.js';
export * from './content.js';
export * from './example.js';
export { sharedWishes, helpMatches, type SharedWish, type HelpMatch, type WishRef } from './internal/match.js';
