import { defineElement, registerTranslations } from '@niet-alleen/core';
import { templates as en } from './locales/en.js';
import { NaPersoonlijkPlan } from './persoonlijk-plan.js';

registerTranslations('en', en);
defineElement('na-persoonlijk-plan', NaPersoonlijkPlan);

export { NaPersoonlijkPlan, formatDate } from './persoonlijk-plan.js';
export * from './plan-schema.js';
export * from './plan-content.js';
export * from './plan-example.js';
