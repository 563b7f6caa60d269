import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RECORD_NAMES, type RecordName } from '../src/catalogue.js';
import type { IssueCode } from '../src/issues.js';

export interface InvalidExample {
  reason: string;
  expect: Array<{ path: string; code: IssueCode }>;
  document: unknown;
}

export interface Examples {
  valid: Record<string, unknown>[];
  invalid: InvalidExample[];
}

/** The example documents of a record, as shipped in `examples/<name>.examples.json`. */
export function examplesOf(name: RecordName): Examples {
  const url = new URL(`../examples/${name}.examples.json`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as Examples;
}

export const ALL_RECORDS: readonly RecordName[] = RECORD_NAMES;
