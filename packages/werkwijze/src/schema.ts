// @niet-alleen/werkwijze/schema: the persoonlijk plan's and the dossier's schemas and definitions (with
// every instrument definition a dossier holds), without a DOM and without defining an element.
export * from './plan-schema.js';
export * from './werkwijze-schema.js';
export { instrumentDefinitions, instrumentKeys, type InstrumentKey } from './definitions.js';
