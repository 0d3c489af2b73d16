// Registers every niet-alleen element. Bundled to dist/niet-alleen.js for a single <script type="module">.
export * from '@niet-alleen/core';
export * from '@niet-alleen/ui';
export * from '@niet-alleen/signaleringskaart';
export * from '@niet-alleen/reflectors';
export * from '@niet-alleen/verwijskaart';
export * from '@niet-alleen/talentenkaart';
export * from '@niet-alleen/partnerschapskaart';
export * from '@niet-alleen/netwerkkaart';
export * from '@niet-alleen/werkwijze';
