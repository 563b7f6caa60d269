import type { Ruleset } from '../load.js';
import { NdjsonLine, type LineProblem } from './ndjson.js';
import { evaluateItem, notJson, type BatchResult, type ItemDefaults } from './evaluate-item.js';

/** One item on its way to be decided, in this thread or a worker: a value, or a line that failed to parse. */
export interface WorkItem {
  index: number;
  line?: number;
  value?: unknown;
  parseError?: string;
}

export function toWorkItem(index: number, item: unknown): WorkItem {
  if (!(item instanceof NdjsonLine)) return { index, value: item };
  if (item.error === undefined) return { index, line: item.line, value: item.value };
  return { index, line: item.line, parseError: item.error };
}

export function decideWorkItem(ruleset: Ruleset, item: WorkItem, defaults: ItemDefaults): BatchResult {
  const e = item.parseError;
  if (e === undefined) return evaluateItem(ruleset, item.index, item.value, defaults, item.line);
  const code: LineProblem | 'invalid-json' = e === 'invalid-utf8' || e === 'line-too-long' ? e : 'invalid-json';
  return notJson(item.index, item.line ?? 0, e, code);
}
