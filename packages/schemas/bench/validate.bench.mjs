// pnpm bench: referral validations per second, precompiled (what we ship) against ajv compiling the
// same schemas at run time, measured in one run on one core. Goal: ≥ 500k/s per core.
import { readFileSync, readdirSync } from 'node:fs';
import { Bench } from 'tinybench';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { validateReferral } from '../dist/index.js';

const dir = new URL('../schemas/', import.meta.url);
const examples = JSON.parse(readFileSync(new URL('../examples/referral.examples.json', import.meta.url), 'utf8'));
const valid = examples.valid[0];
const invalid = examples.invalid[1].document;

function runtimeAjv() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addFormat('siret', /^\d{14}$/);
  for (const f of readdirSync(dir)) ajv.addSchema(JSON.parse(readFileSync(new URL(f, dir), 'utf8')), f);
  return ajv;
}
const compiled = runtimeAjv().getSchema('referral.schema.json');

const bench = new Bench({ time: 1500, warmupTime: 300 });
bench
  .add('precompiled validateReferral (valid)', () => validateReferral(valid))
  .add('precompiled validateReferral (invalid, fr messages)', () => validateReferral(invalid))
  .add('ajv runtime-compiled, compiled once (valid)', () => compiled(valid))
  .add('ajv runtime: new Ajv + compile per call (valid)', () => runtimeAjv().getSchema('referral.schema.json')(valid));
await bench.run();

const hz = (name) => bench.tasks.find((t) => t.name === name).result.throughput.mean;
console.log('\n@tremplin/schemas — referral validation, one core');
console.table(bench.tasks.map((t) => ({ task: t.name, 'ops/s': Math.round(t.result.throughput.mean), 'mean µs': +(t.result.latency.mean * 1000).toFixed(2) })));
const ours = hz('precompiled validateReferral (valid)');
const base = hz('ajv runtime: new Ajv + compile per call (valid)');
const warm = hz('ajv runtime-compiled, compiled once (valid)');
console.log(`precompiled: ${Math.round(ours).toLocaleString('en')} validations/s (goal ≥ 500,000: ${ours >= 500_000 ? 'met' : 'NOT met'})`);
console.log(`ratio vs ajv compiling per call: ×${(ours / base).toFixed(0)}; vs ajv compiled once at run time: ×${(ours / warm).toFixed(2)}`);
