export * from './contract-suite.js';
export * from './harness.js';
