import type { Ruleset } from '../load.js';
import { NdjsonLine } from './ndjson.js';
import { evaluateItem, notJson, type BatchResult, type ItemDefaults } from './evaluate-item.js';

/** One item on its way to be decided, in this thread or a worker: a value, or a line that failed to parse. */
export interface WorkItem {
  index: number;
  value?: unknown;
  parseError?: { line: number; message: string; text: string };
}

export function toWorkItem(index: number, item: unknown): WorkItem {
  if (!(item instanceof NdjsonLine)) return { index, value: item };
  if (item.error === undefined) return { index, value: item.value };
  return { index, parseError: { line: item.line, message: item.error, text: item.text ?? '' } };
}

export function decideWorkItem(ruleset: Ruleset, item: WorkItem, defaults: ItemDefaults): BatchResult {
  const e = item.parseError;
  return e ? notJson(item.index, e.line, e.message, e.text) : evaluateItem(ruleset, item.index, item.value, defaults);
}
