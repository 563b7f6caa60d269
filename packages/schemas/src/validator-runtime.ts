/**
 * @tremplin/schemas/validator-runtime: what a validator compiled by `tremplin-schemas compile` imports —
 * the string formats our schemas use and the fr/en messages. Its own entry, so that a page that only
 * draws one of our records does not carry the format table before its validator loads.
 *
 * @example
 * import { formats, MESSAGES } from '@tremplin/schemas/validator-runtime';
 * formats.siret('73282932000074'); // true
 *
 * @module validator-runtime
 */

export { formats } from './formats.js';
export { MESSAGES, type MessageTable } from './messages.js';

// The same checkers and templates one by one (tree-shaking): `<code>Messages` ({ fr, en }) per issue
// code, `<format>FormatLabels` and `<format>Format` per format, and the helpers composing them. A
// compiled validator imports only those its schema can need, each from its own file
// (`@tremplin/schemas/validator-runtime/messages/<code>`, `/formats/<format>`), so bundlers leave
// the rest out of the page even when a lazy chunk of it (our records' validators) uses them all.
export { date as dateFormat, dateTime as dateTimeFormat, email as emailFormat, siret as siretFormat } from './formats.js';
export * from './validator-runtime/messages/index.js';
