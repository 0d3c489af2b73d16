import { defineElement } from '@niet-alleen/core';
import './locales/translations.js';
import { NaTalentenkaart } from './talentenkaart.js';
import { NaTalentenkaartGroep } from './talentenkaart-groep.js';
import { NaInteressesWaarden } from './interesses-waarden.js';

defineElement('na-talentenkaart', NaTalentenkaart);
defineElement('na-talentenkaart-groep', NaTalentenkaartGroep);
defineElement('na-interesses-waarden', NaInteressesWaarden);

export { NaTalentenkaart, NaTalentenkaartGroep, NaInteressesWaarden };
export * from './schema.js';
export * from './events.js';
export * from './content.js';
export * from './example.js';
export { sharedWishes, helpMatches, type SharedWish, type HelpMatch, type WishRef } from './internal/match.js';
