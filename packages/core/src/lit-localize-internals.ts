/**
 * The one module that reaches into @lit/localize's internals. Core runs its own lookup (texts.ts)
 * instead of @lit/localize's `configureLocalization`, which belongs to the app (one per page): it
 * needs `runtimeMsg` and `generateMsgId`, which the public entry does not export, and takes `str`
 * and the status event's name from their own small files too, so that texts.ts (in the small
 * ./schema and ./msg entries) does not pull in the public entry with its configure functions. A
 * change of their shape is caught by packages/core/test/lit-localize-internals.test.ts;
 * scripts/test/message-keys.test.js checks that rollup.config.js reads {@link messageKeyLength} here.
 */
export { str } from '@lit/localize/internal/str-tag.js';
export { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
export { generateMsgId } from '@lit/localize/internal/id-generation.js';
export { LOCALE_STATUS_EVENT } from '@lit/localize/internal/locale-status-event.js';

/** A message id as `generateMsgId` makes it: [s]tring or [h]tml, then a 64-bit hash in hex. */
export const messageIdPattern = /^[sh][0-9a-f]{16}$/;

/**
 * How many characters of a message id the catalogue keys on (28 bits of the hash): the bundle
 * ships its translation keys shortened to this length (rollup.config.js reads it from this line
 * and fails the build if two ids would share a key), which saves several kB of incompressible hex.
 */
export const messageKeyLength = 8;
