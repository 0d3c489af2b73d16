import './define.js';
import { NaSignaleringskaart } from './signaleringskaart.js';

export { NaSignaleringskaart };
export * from './schema.js';
export * from './events.js';
export * from './content.js';
export * from './example.js';
