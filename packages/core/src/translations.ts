// Registers this package's translations (generated from xliff/ by `npm run localize`).
import { registerTranslations } from './localization.js';
import { templates as en } from './locales/en.js';

registerTranslations('en', en);
