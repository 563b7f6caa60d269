// Worker thread for decideBatch: compiles the rule set once, then decides the chunks it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { loadRuleset } from '../load.js';
import { getRuleset } from '../registry.js';
import { evaluateItem } from './evaluate-item.js';
import type { RulesetData } from '../types.js';

const init = workerData as { ruleset: string | RulesetData; asOf?: string; trace?: boolean };
const ruleset = typeof init.ruleset === 'string' ? getRuleset(init.ruleset) : loadRuleset(init.ruleset);

parentPort!.on('message', ({ seq, items }: { seq: number; items: Array<{ index: number; value: unknown }> }) => {
  parentPort!.postMessage({ seq, results: items.map(({ index, value }) => evaluateItem(ruleset, index, value, init)) });
});
