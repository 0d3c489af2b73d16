/**
 * Registers this package's elements, with its translations: what the one-line embed
 * (niet-alleen.js) loads when a page uses one of its tags. The package's index adds the schemas,
 * examples and helpers (issue 32: a page loads only what it uses).
 */
import { defineElement } from '@niet-alleen/core';
import './locales/translations.js';
// The card shows the signal groups' names from the signaleringskaart's texts, without its element.
import '@niet-alleen/signaleringskaart/translations';
import { NaVerwijskaart } from './verwijskaart.js';

defineElement('na-verwijskaart', NaVerwijskaart);
