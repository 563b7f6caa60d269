import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('documentation site (pnpm run docs)', () => {
  it('builds with the rules catalogue and the API reference of every package', () => {
    const out = mkdtempSync(join(tmpdir(), 'tremplin-docs-'));
    execFileSync(process.execPath, ['scripts/build-docs.mjs', '--out', out, '--no-catalogue'], { cwd: root, stdio: 'pipe' });
    const page = (p: string) => readFileSync(join(out, p), 'utf8');
    expect(page('rules-catalogue.html')).toContain('CGFP');
    expect(page('facts-reference.html')).toContain('medicalIncapacity');
    expect(page('rules.html')).toContain('id="choosing-asof"');
    expect(page('elements.html')).toContain('tremplin-referral-form');
    for (const pkg of ['schemas', 'rules', 'elements', 'pdf']) expect(existsSync(join(out, 'api', pkg, 'index.html')), pkg).toBe(true);
    expect(page('api/elements/index.html')).toContain('TremplinForm');
    expect(page('api/schemas/index.html')).toContain('toFhirQuestionnaire');
  }, 240_000);
});
