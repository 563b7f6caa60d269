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
