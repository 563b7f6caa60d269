// Every snippet the documentation marks runnable (see snippets.ts), run as a newcomer would: in a
// scratch project outside the repository that installs the packed tarballs. TypeScript is type-checked
// (strict) then run; shell commands run from a copy of the sample data; HTML pages open in Chromium.
// A snippet that stops working fails here.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../test-support/chromium.js';
import { packedProject, type PackedProject } from '../../test-support/packed-project.js';
import { serveFiles, type StaticFiles } from '../../test-support/static-server.js';
import { extractSnippets, snippetsOf, type Snippet } from './snippets.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const TSC = join(root, 'node_modules/typescript/bin/tsc');
const TSX = join(root, 'node_modules/tsx/dist/cli.mjs');

const snippets = snippetsOf(root);
const inNode = snippets.filter((s) => !s.browser);
const inBrowser = snippets.filter((s) => s.browser);
// Deliberately broken snippets, run by the same code: the checks below must be able to fail.
const BROKEN: Record<string, Snippet> = {
  type: { where: 'broken:type', lang: 'ts', browser: false, code: "import { decide } from '@tremplin/rules';\nconst n: number = decide;\nconsole.log(n);" },
  throws: { where: 'broken:throws', lang: 'ts', browser: false, code: "import { getRuleset } from '@tremplin/rules';\ngetRuleset('nope');" },
  output: { where: 'broken:output', lang: 'sh', browser: false, code: 'npx tremplin rules chance | head -1', output: 'chance  nothing' },
  page: { where: 'broken:page', lang: 'html', browser: true, code: '<script type="module">import "@tremplin/elements/define";</script>\n<tremplin-referral-form></tremplin-referral-form>' },
};

type Result = { code: number; stdout: string; stderr: string };
async function exec(file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Result> {
  try {
    const { stdout, stderr } = await run(file, args, { cwd, env, maxBuffer: 32 << 20, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string; message: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? e.message };
  }
}

let project: PackedProject;
let work = ''; // the snippets' folders, inside the packed project
let typeErrors = '';
const dirs = new Map<Snippet, string>();

beforeAll(async () => {
  // A project of its own: another test file installing the shared one at the same time would race.
  project = packedProject({ dir: join(tmpdir(), `tremplin-snippets-${process.pid}-${Date.now()}`) });
  work = join(project.dir, 'snippets');
  const all = [...inNode, ...Object.values(BROKEN).filter((b) => !b.browser)];
  all.forEach((s, i) => {
    const dir = join(work, `s${i}`);
    mkdirSync(dir, { recursive: true });
    dirs.set(s, dir);
    // .mts: an ES module whatever the project's package.json says (top-level await, import).
    if (s.lang === 'ts') writeFileSync(join(dir, 'snippet.mts'), `${s.code}\nexport {};\n`);
    else if (s.lang === 'js') writeFileSync(join(dir, 'snippet.mjs'), s.code);
    else if (s.lang === 'sh') writeFileSync(join(dir, 'snippet.sh'), s.code);
    // Snippets run from the repository root in the docs, on the sample data shipped there.
    cpSync(join(root, 'examples/decide-cli/data'), join(dir, 'examples/decide-cli/data'), { recursive: true });
  });
  writeFileSync(join(work, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      strict: true, noEmit: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', lib: ['es2022', 'dom'],
      skipLibCheck: true, types: ['node'], typeRoots: [join(root, 'node_modules/@types')],
    },
    include: ['s*/snippet.mts'],
  }));
  typeErrors = (await exec(process.execPath, [TSC, '-p', work], work)).stdout;
}, 600_000);

/** The type errors of one snippet, and how it ran. */
async function runSnippet(s: Snippet): Promise<{ typeErrors: string[] } & Result> {
  const dir = dirs.get(s)!;
  const name = dir.slice(work.length + 1);
  const errors = typeErrors.split('\n').filter((l) => l.startsWith(`${name}/snippet.mts`));
  const env = { ...process.env, PATH: `${join(project.dir, 'node_modules/.bin')}:${process.env.PATH}`, NODE_ENV: 'production' };
  const result = s.lang === 'ts' ? await exec(process.execPath, [TSX, 'snippet.mts'], dir, env)
    : s.lang === 'js' ? await exec(process.execPath, ['snippet.mjs'], dir, env)
    : await exec('bash', ['-euo', 'pipefail', 'snippet.sh'], dir, env);
  return { typeErrors: errors, ...result };
}

const lines = (text: string) => text.trim().split('\n').map((l) => l.trimEnd()).join('\n');

/** What is wrong with a Node snippet: nothing when it type-checks, exits 0 and prints what the docs show. */
async function nodeProblems(s: Snippet): Promise<string[]> {
  const r = await runSnippet(s);
  const problems = r.typeErrors.map((e) => `strict TypeScript: ${e}`);
  if (r.code !== 0) problems.push(`exit ${r.code}: ${r.stderr.slice(-2000)}`);
  if (s.output !== undefined && lines(r.stdout) !== lines(s.output)) problems.push(`printed:\n${lines(r.stdout).slice(0, 2000)}\nexpected:\n${lines(s.output)}`);
  return problems;
}

let browser: Browser | undefined;
afterAll(async () => {
  await browser?.close();
  if (project) rmSync(project.dir, { recursive: true, force: true });
});

/** What is wrong with a page snippet: nothing when every Tremplin element in it is defined and rendered, with no error. */
async function pageProblems(s: Snippet): Promise<string[]> {
  browser ??= await launchChromium();
  const files: StaticFiles = { '/': ['text/html', `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>snippet</title></head><body>\n${s.code}\n</body></html>`] };
  for (const path of s.code.match(/\/node_modules\/[^"'\s)]+/g) ?? []) {
    files[path] = ['text/javascript', readFileSync(realpathSync(join(project.dir, path)))];
  }
  const server = await serveFiles(files);
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  try {
    await page.goto(server.origin);
    const tags = [...new Set([...s.code.matchAll(/<(tremplin-[a-z-]+)/g)].map((m) => m[1]!))];
    if (tags.length === 0) return ['a page snippet shows no Tremplin element'];
    const shown = (names: string[]) => names.map((n) => [n, !!customElements.get(n) && (document.querySelector(n)?.shadowRoot?.childElementCount ?? 0) > 0] as const);
    await page.waitForFunction(`(${shown})(${JSON.stringify(tags)}).every(([, ok]) => ok)`, null, { timeout: 20_000 }).catch(() => undefined);
    const rendered = (await page.evaluate(`(${shown})(${JSON.stringify(tags)})`)) as [string, boolean][];
    return [...rendered.filter(([, ok]) => !ok).map(([tag]) => `<${tag}> not defined or not rendered`), ...errors];
  } finally {
    await page.close();
    await server.close();
  }
}

describe('runnable snippets: extraction', () => {
  it('finds the marked snippets with their expected output, and only them', () => {
    const md = ['# t', '', '```ts', 'not marked', '```', '', '<!-- runnable -->', '```ts', 'console.log(1)', '```', '', '```text output', '1', '```',
      '<!-- runnable browser -->', '```html', '<p>x</p>', '```'].join('\n');
    expect(extractSnippets(md, 'x.md')).toEqual([
      { where: 'x.md:8', lang: 'ts', browser: false, code: 'console.log(1)', output: '1' },
      { where: 'x.md:16', lang: 'html', browser: true, code: '<p>x</p>' },
    ]);
    expect(() => extractSnippets('<!-- runnable -->\ntext', 'y.md')).toThrow('y.md:1');
  });

  it('the documentation has runnable snippets in README.md and docs/, of languages this test runs', () => {
    expect(snippets.some((s) => s.where.startsWith('README.md:'))).toBe(true);
    expect(snippets.some((s) => s.where.startsWith('docs/getting-started.md:'))).toBe(true);
    expect(inBrowser.length).toBeGreaterThan(0);
    for (const s of inNode) expect(['ts', 'js', 'sh'], s.where).toContain(s.lang);
    for (const s of inBrowser) expect(s.lang, s.where).toBe('html');
  });

  it('a broken snippet fails: a type error, a throw, another output, a page that cannot load its elements', async () => {
    expect((await nodeProblems(BROKEN.type!)).join('\n')).toContain('TS2322');
    expect((await nodeProblems(BROKEN.throws!)).join('\n')).toContain('unknown-ruleset');
    expect((await nodeProblems(BROKEN.output!)).join('\n')).toContain('expected:\nchance  nothing');
    const page = (await pageProblems(BROKEN.page!)).join('\n');
    expect(page).toContain('<tremplin-referral-form> not defined');
    expect(page).toMatch(/resolve module specifier/);
  }, 120_000);
});

describe('runnable snippets in Node, from the packed packages', () => {
  it.each(inNode.map((s) => [s.where, s] as const))('%s', async (_, s) => {
    expect(await nodeProblems(s)).toEqual([]);
  }, 180_000);
});

describe('runnable snippets in Chromium, from the packed packages', () => {
  it.each(inBrowser.map((s) => [s.where, s] as const))('%s', async (_, s) => {
    expect(await pageProblems(s)).toEqual([]);
  }, 120_000);
});
