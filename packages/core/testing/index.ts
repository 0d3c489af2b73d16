export * from './contract-suite.js';
export * from './harness.js';
export * from './properties.js';
export * from './inert.js';
export * from './zod-arbitrary.js';
export * from './keyboard.js';
export * from './paper.js';
export * from './counting.js';
