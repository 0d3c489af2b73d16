// Registers <na-talentenkaart> alone, for the loader: a page with one of the package's three elements loads
// that one (issue 32: a page loads only what it uses).
import { defineElement } from '@niet-alleen/core';
import '../locales/translations.js';
import { NaTalentenkaart } from '../talentenkaart.js';

defineElement('na-talentenkaart', NaTalentenkaart);
