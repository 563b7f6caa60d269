import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without types
import { buildIfChanged } from '../build-if-changed.mjs';

// A tiny repository whose "build" counts its runs, slowly enough for two callers to overlap.
function repo() {
  const root = mkdtempSync(join(tmpdir(), 'tremplin-bic-'));
  mkdirSync(join(root, 'packages/a/src'), { recursive: true });
  writeFileSync(join(root, '.gitignore'), 'dist/\nnode_modules/\n');
  writeFileSync(join(root, 'packages/a/src/x.ts'), 'export const x = 1;\n');
  execFileSync('git', ['init', '-q'], { cwd: root });
  const script = "const fs=require('fs');fs.mkdirSync('packages/a/dist',{recursive:true});fs.appendFileSync('builds','x');Atomics.wait(new Int32Array(new SharedArrayBuffer(4)),0,0,400)";
  const options = { root, outputs: ['packages/a/dist'], build: [process.execPath, '-e', script], log: () => {} };
  return { root, options, builds: () => (existsSync(join(root, 'builds')) ? readFileSync(join(root, 'builds'), 'utf8').length : 0) };
}

describe('build-if-changed (pnpm demo, pnpm demo:cli)', () => {
  it('builds, then skips while nothing changed, and builds again after a change or a lost output', async () => {
    const { root, options, builds } = repo();
    expect(await buildIfChanged(options)).toBe('built');
    expect(await buildIfChanged(options)).toBe('up-to-date');
    writeFileSync(join(root, 'packages/a/src/x.ts'), 'export const x = 2;\n');
    expect(await buildIfChanged(options)).toBe('built');
    writeFileSync(join(root, 'packages/a/src/new.ts'), 'export {};\n'); // a new file, not yet committed
    expect(await buildIfChanged(options)).toBe('built');
    execFileSync('rm', ['-r', join(root, 'packages/a/dist')]);
    expect(await buildIfChanged(options)).toBe('built');
    expect(builds()).toBe(4);
  });

  it('two runs side by side build once', async () => {
    const { options, builds } = repo();
    const results = await Promise.all([buildIfChanged(options), buildIfChanged(options)]);
    expect(results.sort()).toEqual(['built', 'up-to-date']);
    expect(builds()).toBe(1);
  });
});
