// The packages as a user gets them: each one packed with `pnpm pack` (workspace ranges rewritten,
// only the `files` shipped), the tarballs installed with npm in a fresh project outside the
// repository. Tests that must see what users see (the consumer test, the docs snippets) run there.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const PACKAGES = ['schemas', 'rules', 'elements', 'pdf'] as const;
export type PackageDir = (typeof PACKAGES)[number];

export interface PackedProject {
  /** The project's folder (under the system's temp folder, outside the repository). */
  dir: string;
  /** Tarball path per package folder name. */
  tarballs: Record<PackageDir, string>;
  /** Runs a command in the project (never through a shell); output as text. */
  run(command: string, args: string[], options?: { input?: string; env?: NodeJS.ProcessEnv; timeout?: number }): SpawnSyncReturns<string>;
  /** Writes a file in the project (folders created). */
  write(path: string, text: string): string;
}

export interface PackedProjectOptions {
  /** Extra registry dependencies of the project (e.g. `{ typescript: '5.9.3' }`), installed with the tarballs. */
  devDependencies?: Record<string, string>;
  /** Where to build the project (default: a folder under os.tmpdir() named after the tarballs' hash, reused while they do not change). */
  dir?: string;
}

function sh(command: string, args: string[], cwd: string, timeout = 600_000): string {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', timeout, env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false' } });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd} (${r.status ?? r.signal}):\n${r.stderr?.slice(-4000)}`);
  return r.stdout;
}

/** Packs every package (they must be built: `pnpm build`) into `into`; returns the tarball paths. */
export function packAll(into: string): Record<PackageDir, string> {
  mkdirSync(into, { recursive: true });
  const tarballs = {} as Record<PackageDir, string>;
  for (const name of PACKAGES) {
    const pkg = join(ROOT, 'packages', name);
    if (!existsSync(join(pkg, 'dist'))) throw new Error(`packages/${name}/dist is missing: run \`npx -y pnpm@10.28.0 build\` first`);
    const before = new Set(readdirSync(into));
    sh('npx', ['-y', 'pnpm@10.28.0', 'pack', '--pack-destination', into], pkg);
    const made = readdirSync(into).filter((f) => f.endsWith('.tgz') && !before.has(f) && f.includes(name));
    const file = made[0] ?? readdirSync(into).find((f) => f.startsWith(`tremplin-${name}-`) && f.endsWith('.tgz'));
    if (!file) throw new Error(`pnpm pack made no tarball for ${name}`);
    tarballs[name] = join(into, file);
  }
  return tarballs;
}

/**
 * Packs every package and installs the tarballs (plus `devDependencies`) with npm in a project
 * outside the repository. The project is reused while the tarballs and options are unchanged (its
 * `.installed` marker is written last, so a killed install is redone).
 *
 * @example
 * const project = packedProject({ devDependencies: { typescript: '5.9.3' } });
 * const r = project.run('node', ['-e', "require('@tremplin/rules')"]);
 */
export function packedProject(options: PackedProjectOptions = {}): PackedProject {
  const staging = join(tmpdir(), `tremplin-pack-${process.pid}-${Date.now()}`);
  const packed = packAll(staging);
  const hash = createHash('sha256');
  for (const name of PACKAGES) hash.update(readFileSync(packed[name]));
  hash.update(JSON.stringify(options.devDependencies ?? {}));
  const dir = options.dir ?? join(tmpdir(), `tremplin-consumer-${hash.digest('hex').slice(0, 16)}`);
  const tarballs = {} as Record<PackageDir, string>;
  if (!existsSync(join(dir, '.installed'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'tarballs'), { recursive: true });
    for (const name of PACKAGES) {
      const target = join(dir, 'tarballs', `${name}.tgz`);
      writeFileSync(target, readFileSync(packed[name]));
    }
    const deps = Object.fromEntries(PACKAGES.map((n) => [`@tremplin/${n}`, `file:./tarballs/${n}.tgz`]));
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'tremplin-consumer', private: true, version: '0.0.0', dependencies: deps, devDependencies: options.devDependencies ?? {}, overrides: deps }, null, 2),
    );
    // Optional peers (json-rules-engine for ./reference) come with the project, as a user of ./reference would add them.
    sh('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], dir);
    writeFileSync(join(dir, '.installed'), new Date().toISOString());
  }
  rmSync(staging, { recursive: true, force: true });
  for (const name of PACKAGES) tarballs[name] = join(dir, 'tarballs', `${name}.tgz`);
  return {
    dir,
    tarballs,
    run: (command, args, o = {}) =>
      spawnSync(command, args, { cwd: dir, encoding: 'utf8', input: o.input, timeout: o.timeout ?? 120_000, env: { ...process.env, ...o.env } }),
    write: (path, text) => {
      const file = join(dir, path);
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, text);
      return file;
    },
  };
}
