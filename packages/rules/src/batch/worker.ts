// Worker thread for batches: compiles the rule set once, then answers the chunks it is sent,
// as result objects (decideBatch) or as NDJSON text (decideNdjson).
import { parentPort, workerData } from 'node:worker_threads';
import { loadRuleset } from '../load.js';
import { getRuleset } from '../registry.js';
import { evaluateLine, type ItemDefaults } from './evaluate-item.js';
import { Utf8Writer } from './utf8-writer.js';
import { decideWorkItem, type WorkItem } from './item.js';
import type { LineChunk } from './batch.js';
import { PROBLEM_CODES } from './ndjson.js';
import type { RulesetData } from '../types.js';

const init = workerData as { ruleset: string | RulesetData; mode: 'object' | 'ndjson'; asOf?: string; trace?: boolean; detail?: 'full' | 'compact'; audience?: ItemDefaults['audience'] };
const ruleset = typeof init.ruleset === 'string' ? getRuleset(init.ruleset) : loadRuleset(init.ruleset);

parentPort!.on('message', ({ seq, chunk }: { seq: number; chunk: unknown }) => {
  if (init.mode === 'ndjson') {
    const { start, text, lineNumbers, problems } = chunk as LineChunk;
    const lines = text.split('\n');
    const out = new Utf8Writer(text.length * 4);
    let ok = 0;
    for (let i = 0; i < lines.length; i++) {
      const r = evaluateLine(ruleset, start + i, lineNumbers[i]!, lines[i]!, init, PROBLEM_CODES[problems[i]!]);
      out.write(r.json);
      if (r.ok) ok++;
    }
    // Copy into an exact-size buffer and transfer it: the main thread receives it without a copy.
    const bytes = out.bytes().slice();
    parentPort!.postMessage({ seq, reply: { bytes, ok, failed: lines.length - ok } }, [bytes.buffer]);
  } else {
    parentPort!.postMessage({ seq, reply: (chunk as WorkItem[]).map((item) => decideWorkItem(ruleset, item, init)) });
  }
});
