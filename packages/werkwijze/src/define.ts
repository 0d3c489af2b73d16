/**
 * Registers this package's elements, with its translations: what the one-line embed
 * (niet-alleen.js) loads when a page uses one of its tags. The package's index adds the schemas,
 * examples and helpers (issue 32: a page loads only what it uses).
 */
import { defineElement } from '@niet-alleen/core';
import './locales/translations.js';
import { NaPersoonlijkPlan } from './persoonlijk-plan.js';
import { NaWerkwijze } from './werkwijze.js';

defineElement('na-persoonlijk-plan', NaPersoonlijkPlan);
defineElement('na-werkwijze', NaWerkwijze);
