// The packages as users install them: packed with `pnpm pack`, installed with npm in a project
// outside the repository, then run as ESM and CommonJS (a batch on worker threads, a PDF), both
// CLIs through npx, and type-checked with skipLibCheck off under three module settings.
// Slow (a pack and an npm install, reused while the tarballs do not change): one file, run once.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { packedProject, type PackedProject } from '../test-support/packed-project.js';

const referral = readFileSync(new URL('../examples/playground/samples/referral.json', import.meta.url), 'utf8');
let project: PackedProject;

beforeAll(() => {
  project = packedProject({ devDependencies: { typescript: '5.9.3', '@types/node': '^20.19.0', 'json-rules-engine': '^7.3.1' } });
  project.write('referral.json', referral);
}, 600_000);

const FACTS = { stoppageInProgress: true, insuredRisk: true, employerSigned: true, agentSigned: true, medicalIncapacity: 'partielle', occupationalHealthAgreement: 'accorde', providerAgreement: 'accorde' };

// The same checks, written once, run as ESM and as CommonJS: `load` is `import` or `require`.
const checks = (load: string) => `
const schemas = ${load}('@tremplin/schemas');
const core = ${load}('@tremplin/schemas/core');
const base = ${load}('@tremplin/schemas/base');
const projection = ${load}('@tremplin/schemas/projection');
const letterEntry = ${load}('@tremplin/schemas/records/letter');
const rules = ${load}('@tremplin/rules');
const node = ${load}('@tremplin/rules/node');
const reference = ${load}('@tremplin/rules/reference');
const pdf = ${load}('@tremplin/pdf');
const { Readable } = ${load}('node:stream');
const fs = ${load}('node:fs');
const out = {};
const facts = ${JSON.stringify(FACTS)};
out.decision = rules.decide(rules.getRuleset('chance'), facts, { asOf: '2026-11-24' }).outcome;
out.validates = schemas.validators.referral(JSON.parse(fs.readFileSync('referral.json', 'utf8'))).valid;
// The light entries share the main entry's record registry (one per process, ESM or CJS).
await core.loadRecord('timeline');
out.light = [core.isRecordLoaded('timeline'), base.isRecordLoaded('timeline'), base.valueAt({ a: [1, 2] }, '/a/1') === 2, letterEntry.validateLetter({}).valid, core.validatorFor('letter')({}).valid,
  Object.keys(projection.projectFor('referral', JSON.parse(fs.readFileSync('referral.json', 'utf8')), { audience: 'employer' }).value).length > 0];
try { rules.decide(rules.getRuleset('chance'), { nope: 1 }); } catch (e) { out.typedError = rules.isTremplinRulesError(e) && e.code; }
const lines = Array.from({ length: 3000 }, (_, i) => i === 5 ? '{bad' : JSON.stringify({ ...facts, agentSigned: i % 2 === 0 })).join('\\n');
const chunks = [];
for await (const b of node.decideNdjson('chance', Readable.from([lines]), { workers: 2, chunkSize: 200, asOf: '2026-11-24', trailer: true })) chunks.push(Buffer.from(b));
const records = Buffer.concat(chunks).toString('utf8').trim().split('\\n').map((l) => JSON.parse(l));
out.batch = { records: records.length, summary: records.at(-1).summary, badLine: records[5].line };
const engine = reference.createReferenceEngine(rules.getRuleset('chance'), '2026-11-24');
out.reference = typeof engine === 'object';
const bytes = await pdf.renderToBuffer('referral', JSON.parse(fs.readFileSync('referral.json', 'utf8')), { audience: 'employer' });
out.pdf = Buffer.from(bytes).subarray(0, 5).toString();
console.log(JSON.stringify(out));
`;

const expected = {
  decision: 'eligible',
  validates: true,
  light: [true, true, true, false, false, true],
  typedError: 'invalid-facts',
  batch: { records: 3001, summary: { complete: true, ruleset: 'chance', asOf: '2026-11-24', lines: 3000, records: 3000, ok: 2999, failed: 1 }, badLine: 6 },
  reference: true,
  pdf: '%PDF-',
};

function ok(r: ReturnType<PackedProject['run']>) {
  expect(r.status, `${r.stderr}\n${r.stdout}`.slice(-3000)).toBe(0);
  return r.stdout;
}

describe('installed from tarballs, outside the repository', () => {
  it('works through ESM import', () => {
    const file = project.write('esm-check.mjs', checks('await import').replace(/await import\('([^']+)'\)/g, "(await import('$1'))"));
    expect(JSON.parse(ok(project.run('node', [file], { timeout: 180_000 })))).toEqual(expected);
  }, 200_000);

  it('works through CommonJS require, workers and PDF included', () => {
    const file = project.write('cjs-check.cjs', `(async () => {${checks('require')}})().catch((e) => { console.error(e); process.exit(1); });`);
    expect(JSON.parse(ok(project.run('node', [file], { timeout: 180_000 })))).toEqual(expected);
  }, 200_000);

  it('recognises errors across the ESM and CommonJS copies', () => {
    const file = project.write('dual.mjs', `
import { createRequire } from 'node:module';
import * as esm from '@tremplin/rules';
const cjs = createRequire(import.meta.url)('@tremplin/rules');
const caught = (m) => { try { m.decide(m.getRuleset('chance'), { nope: 1 }); } catch (e) { return e; } };
console.log(JSON.stringify([esm.isTremplinRulesError(caught(cjs)), cjs.isTremplinRulesError(caught(esm)), caught(cjs) instanceof esm.TremplinRulesError]));
`);
    expect(JSON.parse(ok(project.run('node', [file])))).toEqual([true, true, true]);
  });

  it('runs both CLIs through npx', () => {
    const decided = project.run('npx', ['--no-install', 'tremplin', 'decide', 'chance', '-', '--as-of', '2026-11-24'], { input: JSON.stringify(FACTS) });
    expect(JSON.parse(ok(decided))).toMatchObject({ outcome: 'eligible' });
    const batch = project.run('npx', ['--no-install', 'tremplin', 'decide', 'chance', '--batch', '-', '--as-of', '2026-11-24', '--workers', '2', '-q'], { input: `${JSON.stringify(FACTS)}\n{bad\n` });
    expect(batch.status).toBe(3);
    expect(batch.stdout.trim().split('\n').map((l) => JSON.parse(l)).at(-1)).toMatchObject({ summary: { records: 2, failed: 1 } });
    ok(project.run('npx', ['--no-install', 'tremplin-pdf', 'referral', 'referral.json', '--audience', 'employer', '-o', 'referral.pdf'], { timeout: 120_000 }));
    expect(readFileSync(`${project.dir}/referral.pdf`).subarray(0, 5).toString()).toBe('%PDF-');
  }, 200_000);

  it('compiles a host schema with the installed CLI and runs the validator it writes', () => {
    // Its imports (one file per message template and format) resolve through the package's exports.
    project.write('host.schema.json', JSON.stringify({ type: 'object', required: ['start'], properties: { start: { type: 'string', format: 'date', title: 'Début' } } }));
    ok(project.run('npx', ['--no-install', 'tremplin-schemas', 'compile', 'host.schema.json', '-o', 'host-validator.mjs']));
    expect(readFileSync(`${project.dir}/host-validator.d.ts`, 'utf8')).toContain('declare function validate');
    const file = project.write('host-check.mjs', `import validate from './host-validator.mjs';
console.log(JSON.stringify([validate({}).issues[0].message, validate({ start: '2024-02-30' }, { locale: 'en' }).issues[0].message, validate({ start: '2024-02-29' }).valid]));`);
    expect(JSON.parse(ok(project.run('node', [file])))).toEqual(['Début : ce champ est obligatoire', 'Début: must be a valid date (YYYY-MM-DD)', true]);
  });

  const source = `
import { validators, type RecordName } from '@tremplin/schemas';
import { loadRecord, validatorFor } from '@tremplin/schemas/core';
import { valueAt, type Locale } from '@tremplin/schemas/base';
import { MESSAGES } from '@tremplin/schemas/validator-runtime';
import { projectFor } from '@tremplin/schemas/projection';
import { validateLetter } from '@tremplin/schemas/records/letter';
import { decide, getRuleset, isTremplinRulesError, type Decision } from '@tremplin/rules';
import { decideNdjson, type BatchSummary } from '@tremplin/rules/node';
import { createReferenceEngine } from '@tremplin/rules/reference';
import { renderToBuffer, type Audience } from '@tremplin/pdf';
import { TremplinEligibility } from '@tremplin/elements';
const name: RecordName = 'referral';
const d: Decision = decide(getRuleset('chance'), {}, { asOf: '2026-11-24' });
const summary: BatchSummary['summary']['complete'] = true;
const audience: Audience = 'employer';
const locale: Locale = 'fr';
export const used = [loadRecord, validatorFor, MESSAGES[locale], valueAt, projectFor, validateLetter, validators[name], d.outcome, isTremplinRulesError, decideNdjson, createReferenceEngine, summary, TremplinEligibility, renderToBuffer, audience];
`;
  it.each([
    ['bundler', { module: 'esnext', moduleResolution: 'bundler' }, 'module'],
    ['node16-esm', { module: 'node16', moduleResolution: 'node16' }, 'module'],
    ['node16-cjs', { module: 'node16', moduleResolution: 'node16' }, 'commonjs'],
  ])('type-checks under %s with skipLibCheck off', (dir, compiler, type) => {
    project.write(`${dir}/package.json`, JSON.stringify({ type }));
    project.write(`${dir}/index.ts`, source);
    project.write(`${dir}/tsconfig.json`, JSON.stringify({
      compilerOptions: { ...compiler, target: 'es2022', lib: ['es2022', 'dom'], types: ['node'], strict: true, skipLibCheck: false, noEmit: true },
      files: ['index.ts'],
    }));
    ok(project.run('node', ['node_modules/typescript/bin/tsc', '-p', `${dir}/tsconfig.json`], { timeout: 180_000 }));
  }, 200_000);

  it('ships no sourcemaps and each schema once', () => {
    const listing = ok(project.run('tar', ['-tzf', project.tarballs.schemas]));
    for (const name of ['schemas', 'rules', 'elements', 'pdf'] as const) {
      expect(ok(project.run('tar', ['-tzf', project.tarballs[name]])).split('\n').filter((f) => f.endsWith('.map'))).toEqual([]);
    }
    const schemas = listing.split('\n').filter((f) => f.endsWith('referral.schema.json'));
    expect(schemas).toHaveLength(1);
  });
});
