import { defineElement } from '@niet-alleen/core';
import './locales/translations.js';
import { NaSignaleringskaart } from './signaleringskaart.js';

defineElement('na-signaleringskaart', NaSignaleringskaart);

export { NaSignaleringskaart };
export * from './schema.js';
export * from './events.js';
export * from './content.js';
export * from './example.js';
