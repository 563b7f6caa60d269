// pnpm bench (rules): decisions per second on one core with full explanations and trace, beside a
// naive json-rules-engine integration (a new Engine per call) measured in the same run; then the
// memory of a 100,000-record batch, and the batch throughput on every core.
import { Bench } from 'tinybench';
import { Engine } from 'json-rules-engine';
import { availableParallelism } from 'node:os';
import { decide, getRuleset, getRulesetData, versionInForce } from '../dist/index.js';
import { decideBatch, decideNdjson } from '../dist/node.js';

const AS_OF = '2026-11-24';
const pick = (list, i) => list[i % list.length];

// Varied facts, so that no branch predictor or cache sees one case only.
const chanceFacts = Array.from({ length: 64 }, (_, i) => ({
  stoppageInProgress: i % 5 !== 0,
  insuredRisk: i % 7 !== 0,
  employerSigned: true,
  agentSigned: i % 3 !== 0,
  medicalIncapacity: pick(['aucune', 'partielle', 'totale'], i),
  ...(i % 4 ? { occupationalHealthAgreement: 'accorde' } : {}),
  ...(i % 6 ? { providerAgreement: pick(['accorde', 'refuse'], i) } : {}),
}));
const pathFacts = Array.from({ length: 64 }, (_, i) => ({
  agentStatus: pick(['titulaire', 'titulaire', 'titulaire', 'contractuel', 'stagiaire'], i),
  unfitness: pick(['temporaire', 'definitive-fonctions', 'definitive-toutes-fonctions'], i),
  postAdaptable: i % 4 === 0,
  inDetachment: i % 9 === 0,
  detachmentReview: pick(['apte', 'inapte-temporaire', 'inapte-definitif'], i),
  pprStatus: pick(['a-proposer', 'en-cours', 'terminee', 'refusee'], i),
  boardOpinionDate: '2026-06-01',
  reclassementApplied: i % 2 === 0,
  postAvailable: i % 3 === 0,
  leaveRightsExhausted: i % 5 > 1,
  disponibiliteYears: i % 5,
  boardFavourablePrognosis: i % 2 === 1,
  weeklyHours: 20 + (i % 17),
  invalidityDuringAffiliation: i % 3 !== 1,
  wishedRetirementDate: '2027-09-01',
}));

/** What a team would write first: build an engine from the rule data for every decision. */
async function naiveDecide(id, facts) {
  const version = versionInForce(getRuleset(id), AS_OF).data;
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const c of version.conditions) {
    engine.addRule({ name: c.id, conditions: 'all' in c.when || 'any' in c.when ? c.when : { all: [c.when] }, event: { type: c.id } });
  }
  const { results, failureResults } = await engine.run({ ...facts });
  const met = new Set(results.map((r) => r.name));
  return { met: [...met], failed: failureResults.map((r) => r.name), labels: version.conditions.map((c) => (met.has(c.id) ? c.label.fr : `✗ ${c.label.fr}`)) };
}

let i = 0;
const bench = new Bench({ time: 1500, warmupTime: 300 });
const chance = getRuleset('chance');
const path = getRuleset('reclassement-path');
bench
  .add('chance: decide()', () => decide(chance, chanceFacts[i++ & 63], { asOf: AS_OF }))
  .add('chance: naive new Engine per call', async () => naiveDecide('chance', chanceFacts[i++ & 63]))
  .add('reclassement-path: decide()', () => decide(path, pathFacts[i++ & 63], { asOf: AS_OF }))
  .add('reclassement-path: naive new Engine per call', async () => naiveDecide('reclassement-path', pathFacts[i++ & 63]));
await bench.run();

const rate = (name) => bench.tasks.find((t) => t.name === name).result.throughput.mean;
console.log('\n@tremplin/rules — decisions per second, one core, full explanation and trace');
console.table(bench.tasks.map((t) => ({ task: t.name, 'decisions/s': Math.round(t.result.throughput.mean), 'mean µs': +(t.result.latency.mean * 1000).toFixed(2) })));
for (const id of ['chance', 'reclassement-path']) {
  const ours = rate(`${id}: decide()`);
  const base = rate(`${id}: naive new Engine per call`);
  console.log(`${id}: ${Math.round(ours).toLocaleString('en')}/s (goal ≥ 200,000: ${ours >= 200_000 ? 'met' : 'NOT met'}), ×${(ours / base).toFixed(0)} the naive baseline (goal ≥ 20×: ${ours / base >= 20 ? 'met' : 'NOT met'})`);
}

// Memory over a 100k-record batch, in this thread so that the heap we sample is the one doing the work.
const N = 100_000;
async function* records() {
  for (let k = 0; k < N; k++) yield { id: k, facts: pathFacts[k & 63] };
}
const mb = (b) => (b / 1024 / 1024).toFixed(1);
globalThis.gc?.();
const start = process.memoryUsage().heapUsed;
let peak = start;
let count = 0;
const samples = [];
for await (const r of decideBatch('reclassement-path', records(), { workers: 0, asOf: AS_OF })) {
  if (!r.ok) throw new Error('unexpected error in benchmark batch');
  if (++count % 10_000 === 0) {
    globalThis.gc?.();
    const used = process.memoryUsage().heapUsed;
    peak = Math.max(peak, used);
    samples.push(mb(used));
  }
}
const growth = peak - start;
console.log(`\nbatch of ${N.toLocaleString('en')} reclassement-path records (one thread): heap after GC every 10k: ${samples.join(', ')} MB`);
console.log(`heap growth over the batch: ${mb(growth)} MB (${growth < 16 * 1024 * 1024 ? 'flat' : 'GROWING'}; ${globalThis.gc ? 'measured after forced GC' : 'run with --expose-gc for exact figures'})`);

// Throughput on every core: NDJSON in, NDJSON out (the CLI and HTTP path), 100k lines.
const cores = availableParallelism();
const lines = Array.from({ length: 64 }, (_, k) => JSON.stringify({ id: k, facts: pathFacts[k] }));
async function* ndjson() {
  for (let k = 0; k < N; k += 1000) yield `${Array.from({ length: 1000 }, (_, j) => lines[(k + j) & 63]).join('\n')}\n`;
}
async function throughput(workers, detail) {
  const t = performance.now();
  let bytes = 0;
  for await (const chunk of decideNdjson('reclassement-path', ndjson(), { workers, asOf: AS_OF, detail })) bytes += chunk.byteLength;
  return { perSecond: N / ((performance.now() - t) / 1000), bytes };
}
for (const detail of ['compact', 'full']) {
  const one = await throughput(0, detail);
  const all = await throughput(cores, detail);
  console.log(`NDJSON batch, ${detail} decisions (reclassement-path, 100k lines, ${Math.round(one.bytes / N)} B/line): ${Math.round(all.perSecond).toLocaleString('en')}/s with ${cores} workers, ${Math.round(one.perSecond).toLocaleString('en')}/s in one thread (×${(all.perSecond / one.perSecond).toFixed(2)})`);
}
