import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { firstChunkInputs } from '../../../test-support/first-chunk.js';

// What a page's bundler puts in the chunks it loads before a form shows (code splitting, as Vite or
// webpack do): a form with the host's schema carries no record machinery; a record form carries its
// own record's fields but neither its validator nor the audience projection, which load beside it.
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

async function firstChunk(entry: string): Promise<string[]> {
  const result = await build({ entryPoints: [here(entry)], bundle: true, splitting: true, format: 'esm', platform: 'browser', outdir: here('../.bench-out/first-chunk'), write: false, metafile: true, logLevel: 'error' });
  const name = entry.slice(entry.lastIndexOf('/') + 1);
  return firstChunkInputs(result.metafile, (entryPoint) => !!entryPoint?.endsWith(name)).map((f) => f.replace(/^.*packages\//, ''));
}

describe('the first chunk of a page', () => {
  it('with a host-schema form: no record catalogue, loaders, shared definitions, validation wrapper or projection', async () => {
    const inputs = await firstChunk('./fixtures/lazy-entry.ts');
    expect(inputs).toContain('elements/dist/form/tremplin-form.js');
    for (const file of ['catalogue.js', 'generated/common.js', 'validate.js', 'guard.js', 'projection/project.js', 'generated/records/referral.js', 'form/record-support.js', 'i18n-en.js', 'generated/loaders.js', 'load-record.js']) {
      expect(inputs.filter((i) => i.endsWith(`/${file}`))).toEqual([]);
    }
  });

  it('with the referral form (its own entry): its fields, but neither its validator, nor the projection, nor the consent record, nor English, nor other elements', async () => {
    const inputs = await firstChunk('./fixtures/referral-entry.ts');
    for (const file of ['components/eligibility.js', 'components/action-plan.js', 'components/chance-request.js', 'components/indicators.js', 'rules/dist/index.js']) {
      expect(inputs.filter((i) => i.endsWith(`/${file}`))).toEqual([]);
    }
    expect(inputs).toContain('schemas/dist/generated/records/referral.fields.js');
    for (const file of ['i18n-en.js', 'generated/records/referral.js', 'validate.js', 'guard.js', 'formats.js', 'projection/project.js', 'projection/consent.js', 'generated/records/consent.js', 'form/projection-support.js']) {
      expect(inputs.filter((i) => i.endsWith(`/${file}`))).toEqual([]);
    }
  });
});
