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

// The same checkers and templates one by one: a compiled validator imports only those its schema can
// need (the formats it names, the codes its keywords can raise), so a bundler leaves out the rest.
export { date as dateFormat, dateTime as dateTimeFormat, email as emailFormat, siret as siretFormat } from './formats.js';
// Per code `<code>Messages` ({ fr, en }), per format `<format>FormatLabels`, and the helpers composing them.
export * from './message-templates.js';
