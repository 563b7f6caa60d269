// `pnpm run docs`: the rules catalogue and the facts reference from the rule data, the API reference from the sources
// (TypeDoc, as Markdown, in docs/api), then the VitePress site (docs/.vitepress/dist by default).
// Packages must be built. Options: --out <dir> for the site; --no-catalogue to leave the committed
// catalogue and facts reference untouched (the docs test: other tests compare them with the rule data).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { out: { type: 'string' }, 'no-catalogue': { type: 'boolean', default: false } } });
const root = fileURLToPath(new URL('..', import.meta.url));
const run = (args) => execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' });

if (!values['no-catalogue']) {
  run(['packages/rules/scripts/catalogue.mjs']);
  run(['packages/rules/scripts/facts-reference.mjs']);
}
run(['node_modules/typedoc/bin/typedoc', '--options', 'typedoc.json', '--logLevel', 'Warn']);
run(['node_modules/vitepress/bin/vitepress.js', 'build', 'docs', ...(values.out ? ['--outDir', values.out] : [])]);
console.log(`Documentation site: ${values.out ?? 'docs/.vitepress/dist'} (preview: npx vitepress preview docs)`);
