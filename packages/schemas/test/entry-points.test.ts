// The light entry points as a page or a script uses them (built dist, a fresh Node process each, so
// that no other test's import has registered anything): what is not loaded is never shown or guessed.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { firstChunkInputs } from '../../../test-support/first-chunk.js';

const dist = (path: string) => fileURLToPath(new URL(`../dist/${path}`, import.meta.url));
const run = (type: 'module' | 'commonjs', code: string) =>
  JSON.parse(execFileSync(process.execPath, ['--input-type', type, '-e', code], { encoding: 'utf8', timeout: 60_000 }));

const referral = { worker: { lastName: 'Durand', firstName: 'Lou' }, healthSituation: 'MARKER-medical' };

describe('@tremplin/schemas/core, /records/<name>, /projection', () => {
  it('core knows no record until one is imported or loaded, and says so with typed errors', () => {
    const out = run('module', `
      const core = await import(${JSON.stringify(dist('core.js'))});
      const projection = await import(${JSON.stringify(dist('projection/index.js'))});
      const caught = (f) => { try { f(); return 'no error'; } catch (e) { return [e.name, e.code]; } };
      const before = {
        loaded: core.isRecordLoaded('referral'),
        field: core.fieldInfo('referral', '/worker/lastName') ?? null,
        klass: core.confidentialityOf('referral', '/worker/lastName'),
        schema: caught(() => core.getSchema('referral')),
        validator: caught(() => core.validatorFor('referral')),
        project: caught(() => projection.projectFor('referral', ${JSON.stringify(referral)}, { audience: 'employer' })),
        unknown: await core.loadRecord('nope').then(() => 'no error', (e) => [e.name, e.code]),
      };
      const entry = await import(${JSON.stringify(dist('generated/entries/referral.js'))});
      await core.loadRecord('letter');
      const after = {
        loaded: [core.isRecordLoaded('referral'), core.isRecordLoaded('letter'), core.isRecordLoaded('timeline')],
        title: core.getSchema('referral').title,
        klass: core.confidentialityOf('referral', '/worker/lastName'),
        valid: [entry.validateReferral({}).valid, core.validatorFor('letter')({}).valid],
        employer: projection.projectFor('referral', ${JSON.stringify(referral)}, { audience: 'employer' }).value,
      };
      console.log(JSON.stringify({ before, after }));
    `);
    expect(out.before).toEqual({
      loaded: false, field: null, klass: 'medical',
      schema: ['TremplinRecordError', 'record-not-loaded'], validator: ['TremplinRecordError', 'record-not-loaded'],
      project: ['TremplinProjectionError', 'record-not-loaded'], unknown: ['TremplinRecordError', 'unknown-record'],
    });
    expect(out.after).toEqual({
      loaded: [true, true, false], title: 'Fiche de signalement', klass: 'personal', valid: [false, false],
      employer: { worker: referral.worker },
    });
  });

  it('the secrecy review is never a partial table: it names the records not loaded, whole once they all are', () => {
    const out = run('module', `
      const core = await import(${JSON.stringify(dist('core.js'))});
      const projection = await import(${JSON.stringify(dist('projection/index.js'))});
      const review = () => { try { return projection.secrecyReview('en').length; } catch (e) { return [e.name, e.code]; } };
      await core.loadRecord('referral');
      const partial = review();
      await Promise.all(core.RECORD_NAMES.map((name) => core.loadRecord(name)));
      const whole = review();
      const main = await import(${JSON.stringify(dist('index.js'))});
      console.log(JSON.stringify({ partial, whole, main: main.secrecyReview('en').length }));
    `);
    expect(out.partial).toEqual(['TremplinProjectionError', 'record-not-loaded']);
    expect(out.whole).toBe(out.main);
    expect(out.main).toBeGreaterThan(100);
  });

  it('keeps its own registry when the slot holds something else (a hostile script, another version)', () => {
    const out = run('module', `
      globalThis[Symbol.for('tremplin.schemas.records@' + JSON.parse((await import('node:fs')).readFileSync(${JSON.stringify(fileURLToPath(new URL('../package.json', import.meta.url)))}, 'utf8')).version)] = 'not a map';
      const fake = { name: 'referral', schema: {}, fields: { '/healthSituation': { confidentiality: 'professional' } }, validate: () => true };
      globalThis[Symbol.for('tremplin.schemas.records')] = new Map([['referral', fake]]); // an older, unversioned slot
      const core = await import(${JSON.stringify(dist('core.js'))});
      const projection = await import(${JSON.stringify(dist('projection/index.js'))});
      const before = core.isRecordLoaded('referral');
      await core.loadRecord('referral');
      const value = projection.projectFor('referral', ${JSON.stringify(referral)}, { audience: 'employer' }).value;
      console.log(JSON.stringify({ before, value }));
    `);
    expect(out).toEqual({ before: false, value: { worker: referral.worker } });
  });

  it('CommonJS entries share one registry with each other and with ESM', () => {
    const out = run('commonjs', `
      const core = require(${JSON.stringify(dist('core.cjs'))});
      const before = core.isRecordLoaded('referral');
      require(${JSON.stringify(dist('records/referral.cjs'))});
      import(${JSON.stringify(dist('core.js'))}).then((esm) => console.log(JSON.stringify([before, core.isRecordLoaded('referral'), esm.isRecordLoaded('referral')])));
    `);
    expect(out).toEqual([false, true, true]);
  });
});

describe('@tremplin/schemas/base', () => {
  it('shares the registry of core, and its first chunk reaches no record catalogue, definitions or validation wrapper', async () => {
    const out = run('module', `
      const base = await import(${JSON.stringify(dist('base.js'))});
      const core = await import(${JSON.stringify(dist('core.js'))});
      const before = base.isRecordLoaded('letter');
      await core.loadRecord('letter');
      console.log(JSON.stringify({ before, after: base.isRecordLoaded('letter'), same: base.valueAt === core.valueAt && base.isRecordLoaded === core.isRecordLoaded, names: base.RECORD_NAMES.length }));
    `);
    expect(out).toEqual({ before: false, after: true, same: true, names: 11 });
    // A page bundled with code splitting, as a bundler does: what its entry chunk holds.
    const { build } = await import('esbuild');
    const result = await build({
      stdin: { contents: `import * as base from ${JSON.stringify(dist('base.js'))}; console.log(base);`, resolveDir: dist('.') },
      bundle: true, splitting: true, format: 'esm', outdir: dist('../.entry-check'), write: false, metafile: true, logLevel: 'error',
    });
    const inputs = firstChunkInputs(result.metafile, (entryPoint) => entryPoint === '<stdin>').map((f) => f.slice(f.indexOf('dist/')));
    expect(inputs).toContain('dist/pointer.js');
    for (const heavy of ['dist/catalogue.js', 'dist/generated/common.js', 'dist/validate.js', 'dist/guard.js', 'dist/messages.js', 'dist/formats.js', 'dist/generated/records/referral.js']) expect(inputs).not.toContain(heavy);
  });
});
