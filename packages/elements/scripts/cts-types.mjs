// lit is ESM-only: a .d.cts that imports it plainly fails under `module: node16` with TS1479.
// Rewrites the CommonJS declaration files to import lit's types with resolution-mode "import"
// (allowed for type imports from a CommonJS file); classes that extend LitElement extend a declared
// constant of its constructor type instead, since a type-only import is not a value.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
const MODE = "with { 'resolution-mode': 'import' }";

for (const file of readdirSync(dist).filter((f) => f.endsWith('.d.cts'))) {
  const url = new URL(file, dist);
  let text = readFileSync(url, 'utf8');
  text = text.replace(/^import '(lit(?:\/[^']*)?)';\n/gm, '');
  text = text.replace(/^import \* as (\w+) from '(lit(?:\/[^']*)?)';$/gm, `import type * as $1 from '$2' ${MODE};`);
  const bases = [];
  text = text.replace(/^import \{([^}]*)\} from '(lit(?:\/[^']*)?)';$/gm, (_, names, from) => {
    for (const n of names.split(',').map((s) => s.trim())) if (new RegExp(`extends ${n}\\b`).test(text)) bases.push(n);
    return `import type {${names}} from '${from}' ${MODE};`;
  });
  for (const base of bases) {
    text = text.replace(new RegExp(`extends ${base}\\b`, 'g'), `extends ${base}Base`);
    text = text.replace(`${MODE};\n`, `${MODE};\ndeclare const ${base}Base: typeof ${base};\n`);
  }
  writeFileSync(url, text);
}
