/**
 * Node-only entry of @tremplin/rules: batch evaluation (NDJSON streams, async iterables, worker threads).
 * @example
 * import { decideBatch } from '@tremplin/rules/node';
 *
 * @module rules/node
 */
export * from './batch/batch.js';
export { parseNdjson, readLines, NdjsonLine, type RawLine } from './batch/ndjson.js';
