import { defineElement, registerTranslations } from '@niet-alleen/core';
import { templates as en } from './locales/en.js';
import { NaSignaleringskaart } from './signaleringskaart.js';

registerTranslations('en', en);
defineElement('na-signaleringskaart', NaSignaleringskaart);

export { NaSignaleringskaart };
export * from './schema.js';
export * from './events.js';
export * from './content.js';
export * from './example.js';
