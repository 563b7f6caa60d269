// A scratch project outside the repository that installs every package from the tarball `pnpm pack`
// makes of it: what a user gets, so tests see missing files, undeclared dependencies and broken
// exports that the workspace's links hide. Packages must be built first (`pnpm build`).
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const PNPM = ['-y', 'pnpm@10.28.0'];

export interface PackedProject {
  /** The scratch project: `node_modules` holds the packed @tremplin/* packages and their dependencies. */
  dir: string;
  /** Package name → its tarball. */
  tarballs: Record<string, string>;
  /** Deletes the scratch project and the tarballs (a later packedProject() packs again). */
  remove(): void;
}

let packing: Promise<Record<string, string>> | undefined;

/** Packs every package of packages/ once per process. */
function packAll(): Promise<Record<string, string>> {
  packing ??= (async () => {
    const out = mkdtempSync(join(tmpdir(), 'tremplin-tarballs-'));
    const tarballs: Record<string, string> = {};
    for (const name of readdirSync(join(root, 'packages'))) {
      const dir = join(root, 'packages', name);
      if (!existsSync(join(dir, 'package.json'))) continue;
      if (!existsSync(join(dir, 'dist'))) throw new Error(`packages/${name} is not built: run \`npx -y pnpm@10.28.0 build\` first`);
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; private?: boolean };
      if (pkg.private) continue;
      const before = new Set(readdirSync(out));
      await run('npx', [...PNPM, 'pack', '--pack-destination', out], { cwd: dir, maxBuffer: 16 << 20 });
      const made = readdirSync(out).find((f) => !before.has(f) && f.endsWith('.tgz'));
      if (!made) throw new Error(`pnpm pack made no tarball for ${pkg.name}`);
      tarballs[pkg.name] = join(out, made);
    }
    return tarballs;
  })();
  return packing;
}

/**
 * A new scratch project (in the system's temp folder) with every @tremplin package installed from its
 * tarball; the packages' own @tremplin dependencies resolve to the tarballs too, never to the registry.
 *
 * @example
 * const { dir } = await packedProject();
 * execFileSync(process.execPath, ['-e', "require('@tremplin/rules')"], { cwd: dir });
 */
export async function packedProject(options: { dependencies?: Record<string, string> } = {}): Promise<PackedProject> {
  const tarballs = await packAll();
  const dir = mkdtempSync(join(tmpdir(), 'tremplin-packed-'));
  const files = Object.fromEntries(Object.entries(tarballs).map(([name, file]) => [name, `file:${file}`]));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({
    name: 'tremplin-packed-scratch',
    private: true,
    type: 'module',
    dependencies: { ...files, ...options.dependencies },
    pnpm: { overrides: files },
  }, null, 2));
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  await run('npx', [...PNPM, 'install', '--ignore-workspace', '--prefer-offline', '--reporter=silent'], { cwd: dir, maxBuffer: 16 << 20 });
  const remove = () => {
    rmSync(dir, { recursive: true, force: true });
    const packed = Object.values(tarballs)[0];
    if (packed) rmSync(join(packed, '..'), { recursive: true, force: true });
    packing = undefined;
  };
  return { dir, tarballs, remove };
}
