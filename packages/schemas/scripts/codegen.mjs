// Build-time generation for @tremplin/schemas. Sources of truth: schemas/*.schema.json,
// i18n/en.json and examples/*.json. Outputs (never edited by hand, git-ignored):
//   src/generated/validators.js   ajv standalone validators (no `new Function` at run time)
//   src/generated/types.ts        TypeScript types from json-schema-to-typescript
//   src/generated/catalogue.ts    embedded schemas + field catalogue (labels fr/en, confidentiality)
//   dist/schemas/*.json           published schemas, with their valid examples under `examples`
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { _ } from 'ajv/dist/compile/codegen/index.js';
import { compile } from 'json-schema-to-typescript';
import { walkFields } from './schema-walk.mjs';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemasDir = join(pkg, 'schemas');
const outDir = join(pkg, 'src', 'generated');
const publishOnly = process.argv.includes('--publish');

const files = readdirSync(schemasDir).filter((f) => f.endsWith('.schema.json')).sort();
const schemasByFile = new Map(files.map((f) => [f, JSON.parse(readFileSync(join(schemasDir, f), 'utf8'))]));
/** Record schemas: every file but the shared definitions. */
const records = files.filter((f) => f !== 'common.schema.json').map((f) => f.replace('.schema.json', ''));
const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_m, _d, c) => c.toUpperCase());
const examplesOf = (name) => JSON.parse(readFileSync(join(pkg, 'examples', `${name}.examples.json`), 'utf8'));

if (publishOnly) {
  mkdirSync(join(pkg, 'dist', 'schemas'), { recursive: true });
  for (const f of files) {
    const schema = { ...schemasByFile.get(f) };
    const name = f.replace('.schema.json', '');
    if (records.includes(name)) schema.examples = examplesOf(name).valid;
    writeFileSync(join(pkg, 'dist', 'schemas', f), JSON.stringify(schema, null, 2));
  }
  process.exit(0);
}

mkdirSync(outDir, { recursive: true });

// --- validators -----------------------------------------------------------------------------
export const ANNOTATIONS = ['x-confidentiality', 'x-enumTitles'];
const ajv = new Ajv2020({
  allErrors: true,
  strict: true,
  messages: false, // our own fr/en messages are built from error params
  inlineRefs: true, // faster (1.8 µs against 2.1 µs a referral) for ~10 % more code
  strictTypes: false, // if/then sub-schemas rely on the type declared by the enclosing schema
  strictRequired: false, // if/then blocks name properties declared beside them, as 2020-12 intends
  code: { source: true, esm: true, lines: false, optimize: true, formats: _`formats` },
});
ajv.addKeyword({ keyword: 'x-confidentiality', metaSchema: { enum: ['medical', 'personal', 'professional'] } });
ajv.addKeyword({ keyword: 'x-enumTitles', metaSchema: { type: 'array', items: { type: 'string' } } });
// A medical field the worker may agree to share: per audience, the consent scope (a boolean of
// consent.schema.json#/properties/scope) that opens it. Employer and commission never share a scope.
ajv.addKeyword({
  keyword: 'x-shareable-with',
  metaSchema: { type: 'object', additionalProperties: false, minProperties: 1, properties: { employer: { type: 'string' }, commission: { type: 'string' } } },
});
// A string anyone may type anything in: withheld from employer and commission unless released.
// Derived for common longText; `x-free-text: false` opts out (a postal address).
ajv.addKeyword({ keyword: 'x-free-text', metaSchema: { type: 'boolean' } });
// Why a field is classed medical although its value is not a diagnosis: what it lets a reader infer.
ajv.addKeyword({ keyword: 'x-inference', metaSchema: { type: 'string', minLength: 10 } });
// Why a field that might look sensitive stays personal or professional: the review's answer, published.
ajv.addKeyword({ keyword: 'x-review', metaSchema: { type: 'string', minLength: 10 } });
const formatNames = ['date', 'date-time', 'email', 'siret'];
// Placeholders at build time: the generated code calls formats.<name> from src/formats.ts.
for (const name of formatNames) ajv.addFormat(name, () => true);
for (const [f, schema] of schemasByFile) ajv.addSchema(schema, f);

const exportsMap = Object.fromEntries(records.map((r) => [`validate${pascal(r)}`, schemasByFile.get(`${r}.schema.json`).$id]));
let code = standaloneCode(ajv, exportsMap);
const RUNTIME = {
  'require("ajv/dist/runtime/equal").default': 'runtime.equal',
  'require("ajv/dist/runtime/ucs2length").default': 'runtime.ucs2length',
};
for (const [from, to] of Object.entries(RUNTIME)) code = code.split(from).join(to);
if (/require\(/.test(code)) throw new Error('Standalone code still requires a runtime module: check ajv options');
if (/new Function|eval\(/.test(code)) throw new Error('Standalone code evaluates strings');
code = `// @ts-nocheck\n// Generated by scripts/codegen.mjs from schemas/*.schema.json. Do not edit.\nimport { formats } from '../formats.js';\nimport * as runtime from '../runtime.js';\n${code}`;
writeFileSync(join(outDir, 'validators.js'), code);
writeFileSync(
  join(outDir, 'validators.d.ts'),
  `import type { RawValidator } from '../raw-validator.js';\n` +
    records.map((r) => `export declare const validate${pascal(r)}: RawValidator;`).join('\n') + '\n',
);

// --- types ----------------------------------------------------------------------------------
// Types are named after the root record and the shared definitions (Person, Signature…), never
// after French titles: titles are stripped, shared $defs are copied in under stable names, and
// if/then refinements (validation only) are dropped.
const commonSource = schemasByFile.get('common.schema.json').$defs;
const KEYWORDS_DROPPED = ['title', 'if', 'then', 'else', 'examples', '$id', '$schema'];
function forTypes(node, isRoot = true) {
  if (Array.isArray(node)) return node.map((n) => forTypes(n, false));
  if (!node || typeof node !== 'object') return node;
  let out = {};
  for (const [k, v] of Object.entries(node)) {
    if (KEYWORDS_DROPPED.includes(k) && !(k === 'title' && isRoot)) continue;
    if (k === 'allOf' && v.every((b) => b.if)) continue;
    if (k === 'properties' || k === '$defs') {
      out[k] = Object.fromEntries(Object.entries(v).map(([name, child]) => [name, forTypes(child, false)]));
    } else out[k] = forTypes(v, false);
  }
  // A $ref to a shared scalar (date, shortText…) is inlined: a plain `string` reads better than
  // one alias per use. A $ref to a shared object keeps its name (Person, Signature…).
  const ref = typeof out.$ref === 'string' && /^(?:common\.schema\.json)?#\/\$defs\/(\w+)$/.exec(out.$ref);
  if (ref) {
    const def = commonSource[ref[1]];
    if (def.type === 'object') out = { $ref: `#/$defs/${ref[1]}` };
    else {
      const { $ref, ...siblings } = out;
      out = { ...forTypes(def, false), ...siblings };
    }
  }
  return out;
}
const commonDefs = Object.fromEntries(
  Object.entries(commonSource).filter(([, v]) => v.type === 'object').map(([k, v]) => [k, { ...forTypes(v, false), title: pascal(k) }]),
);
let types = '// Generated by scripts/codegen.mjs from schemas/*.schema.json. Do not edit.\n/* eslint-disable */\n';
const seen = new Set();
for (const r of records) {
  const schema = { ...forTypes(schemasByFile.get(`${r}.schema.json`)), title: pascal(r), $defs: commonDefs };
  const ts = await compile(schema, pascal(r), {
    bannerComment: '',
    additionalProperties: false,
    declareExternallyReferenced: true,
    unreachableDefinitions: false,
    style: { singleQuote: true },
  });
  // Shared definitions appear in every record's output: keep the first declaration of each name.
  for (const block of ts.split(/\n(?=(?:\/\*\*[^]*?\*\/\n)?export )/)) {
    const name = /export (?:interface|type) (\w+)/.exec(block)?.[1];
    if (!name || seen.has(name)) continue;
    seen.add(name);
    types += block.trim() + '\n\n';
  }
}
writeFileSync(join(outDir, 'types.ts'), types);

// --- field catalogue ------------------------------------------------------------------------
const en = JSON.parse(readFileSync(join(pkg, 'i18n', 'en.json'), 'utf8'));
const missing = [];
const english = (loc, key, fr) => {
  const id = `${loc.file.replace('.schema.json', '')}#${loc.pointer}`;
  const value = en[id]?.[key];
  if (value === undefined) missing.push({ id, key, fr });
  return value ?? fr;
};
const catalogue = {};
for (const r of records) {
  const fields = {};
  const root = { file: `${r}.schema.json`, pointer: '', node: schemasByFile.get(`${r}.schema.json`) };
  fields[''] = { title: { fr: root.node.title, en: english(root, 'title', root.node.title) } };
  walkFields(schemasByFile, `${r}.schema.json`, ({ dataPath, chain, first }) => {
    const title = first('title');
    const conf = first('x-confidentiality');
    const field = { confidentiality: conf?.value ?? null };
    const type = first('type')?.value ?? (first('enum') ? 'enum' : first('const') !== undefined ? 'const' : undefined);
    if (type) field.type = type;
    const format = first('format')?.value;
    if (format) field.format = format;
    const gate = first('x-shareable-with')?.value;
    if (gate) field.shareableWith = gate;
    const freeText = first('x-free-text')?.value ?? chain.some((loc) => loc.file === 'common.schema.json' && loc.pointer === '/$defs/longText');
    if (freeText) field.freeText = true;
    const inference = first('x-inference');
    if (inference) field.inference = { fr: inference.value, en: english(inference.loc, 'inference', inference.value) };
    const review = first('x-review');
    if (review) field.review = { fr: review.value, en: english(review.loc, 'review', review.value) };
    if (title) field.title = { fr: title.value, en: english(title.loc, 'title', title.value) };
    const description = first('description');
    if (description) field.description = { fr: description.value, en: english(description.loc, 'description', description.value) };
    const values = first('enum');
    const titles = first('x-enumTitles');
    if (values && titles) {
      const enTitles = english(titles.loc, 'enumTitles', titles.value);
      field.options = values.value.map((v, i) => ({ value: v, fr: titles.value[i], en: enTitles[i] }));
    }
    fields[dataPath] = field;
  });
  catalogue[r] = fields;
}
if (missing.length) {
  if (process.argv.includes('--dump-missing')) {
    const dump = {};
    for (const m of missing) (dump[m.id] ??= {})[m.key] = m.fr;
    writeFileSync(join(pkg, 'i18n', 'missing.json'), JSON.stringify(dump, null, 2));
  }
  console.error(`i18n/en.json lacks ${missing.length} entries, e.g. ${missing.slice(0, 5).map((m) => `${m.id} ${m.key}`).join(', ')}`);
  process.exit(1);
}
const schemas = Object.fromEntries([...schemasByFile].map(([f, s]) => [f.replace('.schema.json', ''), s]));
writeFileSync(
  join(outDir, 'catalogue.ts'),
  `// Generated by scripts/codegen.mjs. Do not edit.\n` +
    `import type { FieldCatalogue } from '../catalogue-types.js';\n` +
    `export const RECORD_NAMES = ${JSON.stringify(records)} as const;\n` +
    `export const SCHEMAS = ${JSON.stringify(schemas)} as const;\n` +
    `export const CATALOGUE: FieldCatalogue = ${JSON.stringify(catalogue)};\n`,
);
console.log(`codegen: ${records.length} record schemas, ${Object.values(catalogue).reduce((n, c) => n + Object.keys(c).length, 0)} fields`);
