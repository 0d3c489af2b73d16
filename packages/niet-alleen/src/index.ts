// Registers every niet-alleen element and re-exports the public API of every package, except the
// fictional example values, which only stories, tests and docs use: import those from the
// instrument's own package (e.g. `signaleringskaartExample` from '@niet-alleen/signaleringskaart').
// Leaving them out keeps ~20 kB (min) of example data out of dist/niet-alleen.js, the bundle for
// a single <script type="module"> (rollup.config.js). Every type is re-exported.
export * from '@niet-alleen/core';
export * from '@niet-alleen/ui';
export * from './api.js';
export type * from '@niet-alleen/signaleringskaart';
export type * from '@niet-alleen/reflectors';
export type * from '@niet-alleen/verwijskaart';
export type * from '@niet-alleen/talentenkaart';
export type * from '@niet-alleen/partnerschapskaart';
export type * from '@niet-alleen/netwerkkaart';
export type * from '@niet-alleen/werkwijze';
