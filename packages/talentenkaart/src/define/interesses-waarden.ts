// Registers <na-interesses-waarden> alone, for the loader: a page with one of the package's three elements loads
// that one (issue 32: a page loads only what it uses).
import { defineElement } from '@niet-alleen/core';
import '../locales/translations.js';
import { NaInteressesWaarden } from '../interesses-waarden.js';

defineElement('na-interesses-waarden', NaInteressesWaarden);
