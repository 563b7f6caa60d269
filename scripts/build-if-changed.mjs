// `pnpm demo` and `pnpm demo:cli` build the packages first — unless nothing changed since the last
// build: a hash of the packages' tracked and new files (not dist, tests or benchmarks) is kept after each
// successful build. A lock (an atomic mkdir) makes two demos started side by side build once: the second
// waits, then finds the packages up to date.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Hash of what a build reads; undefined when git cannot list the files (then always build). */
export function fingerprint(root, dirs = ['packages']) {
  let files;
  try {
    files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '--', ...dirs], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 }).split('\n');
  } catch {
    return undefined;
  }
  const hash = createHash('sha256');
  for (const file of files.filter((f) => f && !/\/(test|bench)\//.test(f)).sort()) {
    if (!existsSync(join(root, file))) continue; // deleted but still tracked
    hash.update(`${file}\0`).update(readFileSync(join(root, file))).update('\0');
  }
  for (const file of ['pnpm-lock.yaml', 'package.json']) if (existsSync(join(root, file))) hash.update(readFileSync(join(root, file)));
  return hash.digest('hex');
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/**
 * Runs `build` unless the fingerprint matches the last successful build and every `outputs` path exists.
 * Returns 'built' or 'up-to-date'. `cacheDir` holds the stamp and the lock.
 */
export async function buildIfChanged({ root, build, outputs = [], cacheDir = join(root, 'node_modules/.cache/tremplin-build'), log = console.log }) {
  mkdirSync(cacheDir, { recursive: true });
  const stamp = join(cacheDir, 'stamp');
  const lock = join(cacheDir, 'lock');
  const upToDate = () => {
    const now = fingerprint(root);
    return { now, ok: now !== undefined && existsSync(stamp) && readFileSync(stamp, 'utf8') === now && outputs.every((o) => existsSync(join(root, o))) };
  };
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const owner = Number(existsSync(join(lock, 'pid')) ? readFileSync(join(lock, 'pid'), 'utf8') : NaN);
      if (Number.isInteger(owner) && !alive(owner)) rmSync(lock, { recursive: true, force: true }); // left by a killed build
      else await sleep(250);
    }
  }
  try {
    writeFileSync(join(lock, 'pid'), String(process.pid));
    const before = upToDate();
    if (before.ok) {
      log('packages up to date: build skipped');
      return 'up-to-date';
    }
    const [command, ...args] = build;
    const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`build failed (${result.status ?? result.signal})`);
    const after = fingerprint(root);
    if (after !== undefined) writeFileSync(stamp, after);
    return 'built';
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const outputs = ['schemas', 'rules', 'elements', 'pdf'].map((p) => `packages/${p}/dist`);
  buildIfChanged({ root, outputs, build: ['npx', '-y', 'pnpm@10.28.0', 'build'] }).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
