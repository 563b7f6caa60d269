// `tremplin-schemas compile`: a host's JSON Schema → a CSP-safe validator module, by the same ajv
// standalone path as our records (scripts/codegen.mjs): no `new Function` at run time, French and
// English messages from @tremplin/schemas' templates, labels from the schema's own titles.
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { _ } from 'ajv/dist/compile/codegen/index.js';

/** Formats the generated code can check: those @tremplin/schemas ships, plus `time` (inlined below). */
export const KNOWN_FORMATS = ['date', 'date-time', 'email', 'siret', 'time'];

// The generated module imports only the format checkers and message templates its schema can need,
// each from a file of its own (`@tremplin/schemas/validator-runtime/messages/<code>`, `/formats/<name>`):
// bundlers cut shared chunks by file and follow every import of a file, so one import of a module
// re-exporting them all would put every one in the page as soon as another chunk uses the full table.
const RUNTIME = '@tremplin/schemas/validator-runtime';
const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());
const kebab = (name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const TIME_CHECK = `(v) => /^([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d+)?(z|[+-]([01]\\d|2[0-3]):[0-5]\\d)$/i.test(v)`;
/** Issue codes an ajv error can carry, in MESSAGES' order: each is the keyword of the same name. */
const KEYWORD_CODES = ['required', 'type', 'format', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum',
  'enum', 'const', 'additionalProperties', 'minItems', 'maxItems', 'uniqueItems', 'contains', 'not'];
/** Keywords whose errors are reported under another code (a labelled choice is one `enum` issue). */
const CODE_OF = { oneOf: 'enum', anyOf: 'enum' };

/**
 * The codes a schema's validator can raise: those of every keyword found in its schemas (a name that
 * only looks like one, in an annotation, adds a template), plus `unknown` (any other keyword) and `unreadable`.
 */
function codesOf(keys) {
  const raised = new Set([...keys].map((k) => CODE_OF[k] ?? k));
  return [...KEYWORD_CODES.filter((c) => raised.has(c)), 'unreadable', 'unknown'];
}

/** The imports, and the `formats` and `MESSAGES` the generated code reads, for these codes and formats. */
function runtimeImports(codes, formatNames) {
  const shipped = formatNames.filter((f) => f !== 'time');
  const imports = [
    ...shipped.map((f) => `import { ${camel(f)} as ${camel(f)}Format } from '${RUNTIME}/formats/${f}';`),
    `import { messageTables } from '${RUNTIME}/messages/table';`,
  ];
  const templates = codes.map((c) => {
    if (c === 'format') {
      imports.push(`import { formatMessagesFor } from '${RUNTIME}/messages/format';`, ...shipped.map((f) => `import { ${camel(f)}FormatLabels } from '${RUNTIME}/messages/format-${f}';`));
      return `format: formatMessagesFor({ ${shipped.map((f) => `${JSON.stringify(f)}: ${camel(f)}FormatLabels`).join(', ')} })`;
    }
    imports.push(`import { ${camel(c)}Messages } from '${RUNTIME}/messages/${kebab(c)}';`);
    return `${JSON.stringify(c)}: ${camel(c)}Messages`;
  });
  const checks = formatNames.map((f) => `${JSON.stringify(f)}: ${f === 'time' ? TIME_CHECK : `${camel(f)}Format`}`);
  return `${imports.join('\n')}
const formats = { ${checks.join(', ')} };
const MESSAGES = messageTables({ ${templates.join(', ')} });`;
}

/** Cuts a text from the host's schema (a name, a `$ref`, ajv's message quoting them) to what a message can carry. */
const clip = (text, max) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** Why a schema cannot be compiled: a message of at most 500 characters, never the schema itself. */
export class CompileError extends Error {
  name = 'CompileError';
  constructor(message) {
    super(clip(String(message), 500));
  }
}

const pointerKey = (key) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');

/** Field titles by data path pattern (`/actions/*\/title`), for messages: "Intitulé : ce champ est obligatoire". */
export function titlesOf(schema) {
  const titles = {};
  const resolve = (node, depth = 0) => {
    if (!node || typeof node !== 'object' || typeof node.$ref !== 'string' || !node.$ref.startsWith('#') || depth > 8) return node;
    const target = node.$ref.slice(1).split('/').slice(1).reduce((n, k) => n?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], schema);
    return target ? { ...resolve(target, depth + 1), ...node, $ref: undefined } : node;
  };
  const walk = (raw, pattern, depth) => {
    const node = resolve(raw);
    if (!node || typeof node !== 'object' || depth > 32) return;
    if (typeof node.title === 'string' && pattern !== '') titles[pattern] = node.title;
    for (const [key, child] of Object.entries(node.properties ?? {})) walk(child, `${pattern}/${pointerKey(key)}`, depth + 1);
    if (node.items && typeof node.items === 'object') walk(node.items, `${pattern}/*`, depth + 1);
    for (const part of [...(node.allOf ?? []), node.then, node.else].filter(Boolean)) {
      for (const [key, child] of Object.entries(part.properties ?? {})) if (!titles[`${pattern}/${pointerKey(key)}`]) walk(child, `${pattern}/${pointerKey(key)}`, depth + 1);
    }
  };
  walk(schema, '', 0);
  return titles;
}

/**
 * The source of an ES module whose default export validates like @tremplin/schemas' validators:
 * `validate(value, { locale }) → { valid, issues: [{ path, code, message, label?, params }] }`.
 */
const DATA_KEYWORDS = new Set(['const', 'enum', 'default', 'examples']);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);

export function compileSchema(schema, { source = 'schema.json' } = {}) {
  const name = clip(String(source), 120);
  try {
    return compile(schema, name);
  } catch (error) {
    if (error instanceof CompileError) throw error;
    // ajv's own errors (a $ref nowhere, a pattern that is no regular expression) and a schema nested past the stack.
    const why = error instanceof RangeError ? 'nested too deeply' : clip(String(error?.message ?? error), 200);
    throw new CompileError(`${name}: cannot be compiled (${why})`);
  }
}

function compile(schema, source) {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) throw new CompileError(`${source}: a JSON Schema is an object`);
  const ajv = new Ajv2020({
    allErrors: true,
    strict: 'log',
    logger: false,
    messages: false,
    code: { source: true, esm: true, lines: false, optimize: true, formats: _`formats` },
  });
  // Annotations ours and the host's may carry: kept, never checked.
  for (const keyword of ['x-confidentiality', 'x-enumTitles', 'x-autocomplete', 'x-computed', 'x-free-text', 'x-widget', 'x-accept', 'x-max-size']) ajv.addKeyword({ keyword });
  const unknownFormats = new Set();
  const usedFormats = new Set();
  const keys = new Set();
  // `map`: an object whose values are schemas and whose keys are names (`properties`, `$defs`…).
  const scan = (node, map = false) => {
    if (Array.isArray(node)) return node.forEach((item) => scan(item));
    if (!node || typeof node !== 'object') return;
    if (map) return Object.values(node).forEach((item) => scan(item));
    if (typeof node.format === 'string') (KNOWN_FORMATS.includes(node.format) ? usedFormats : unknownFormats).add(node.format);
    for (const [key, value] of Object.entries(node)) {
      keys.add(key);
      // Values, not schemas: a `const` object with a `format` key names no format.
      if (!DATA_KEYWORDS.has(key)) scan(value, SCHEMA_MAPS.has(key));
    }
  };
  scan(schema);
  if (unknownFormats.size) throw new CompileError(`${source}: unknown format(s) ${[...unknownFormats].slice(0, 5).map((f) => clip(f, 60)).join(', ')}; known: ${KNOWN_FORMATS.join(', ')}`);
  for (const name of KNOWN_FORMATS) ajv.addFormat(name, () => true);
  const id = typeof schema.$id === 'string' ? schema.$id : 'tremplin:host-schema';
  try {
    ajv.addSchema({ ...schema, $id: id });
  } catch (error) {
    throw new CompileError(`${source}: not a valid JSON Schema 2020-12 (${String(error.message).slice(0, 200)})`);
  }
  let code = standaloneCode(ajv, { raw: id });
  code = code.split('require("ajv/dist/runtime/equal").default').join('runtime.equal')
    .split('require("ajv/dist/runtime/ucs2length").default').join('runtime.ucs2length');
  if (/require\(/.test(code)) throw new CompileError(`${source}: uses a keyword whose code needs a run-time module (${/require\("([^"]+)"\)/.exec(code)?.[1]})`);
  if (/new Function|eval\(/.test(code)) throw new CompileError(`${source}: generated code evaluates strings`);
  return `// Generated by \`tremplin-schemas compile\` from ${source}. Do not edit: compile again.
// @ts-nocheck
${runtimeImports(codesOf(keys), KNOWN_FORMATS.filter((f) => usedFormats.has(f)))}
const runtime = {
  ucs2length(s) { let n = 0; for (let i = 0; i < s.length; n++) { const c = s.charCodeAt(i++); if (c >= 0xd800 && c <= 0xdbff && i < s.length && (s.charCodeAt(i) & 0xfc00) === 0xdc00) i++; } return n; },
  equal(a, b) {
    if (a === b) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a !== a && b !== b;
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    const ka = Object.keys(a), kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && runtime.equal(a[k], b[k]));
  },
};
${code}
const TITLES = ${JSON.stringify(titlesOf(schema))};
const pattern = (path) => path.split('/').map((p) => (/^\\d+$/.test(p) ? '*' : p)).join('/');
const escape = (k) => String(k).replace(/~/g, '~0').replace(/\\//g, '~1');
export default function validate(value, options = {}) {
  const locale = options.locale === 'en' ? 'en' : 'fr';
  let ok;
  try {
    ok = raw(value);
  } catch {
    return { valid: false, issues: [{ path: '', code: 'unreadable', message: MESSAGES[locale].unreadable({}), params: {} }] };
  }
  if (ok) return { valid: true, issues: [] };
  const table = MESSAGES[locale];
  const seen = new Set();
  const issues = [];
  const errors = (raw.errors ?? []).slice(0, 200);
  // A oneOf / anyOf (labelled choices) is one error, not one per branch.
  const choices = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => e.schemaPath + '/');
  for (let e of errors) {
    if (e.keyword === 'if' || e.keyword === 'allOf' || choices.some((c) => e.schemaPath.startsWith(c))) continue;
    let path = e.instancePath;
    const params = { ...e.params };
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf') e = { ...e, keyword: 'enum' };
    if (e.keyword === 'required') path += '/' + escape(e.params.missingProperty);
    if (e.keyword === 'additionalProperties') { params.property = e.params.additionalProperty; path += '/' + escape(e.params.additionalProperty); }
    if (e.keyword === 'enum' && Array.isArray(e.params.allowedValues)) params.choices = e.params.allowedValues.map((v) => JSON.stringify(v)).join(', ');
    if (e.keyword === 'const') params.expected = JSON.stringify(e.params.allowedValue);
    const code = table[e.keyword] ? e.keyword : 'unknown';
    const label = TITLES[pattern(path)];
    const message = (label ?? (path === '' ? 'Document' : path)) + (locale === 'fr' ? ' : ' : ': ') + table[code](params);
    const key = path + '\\u0000' + message;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ path, code, message, ...(label ? { label } : {}), params });
  }
  return { valid: false, issues };
}
`;
}

export const DECLARATION = `import type { ValidationIssue } from '@tremplin/schemas';
/** Validates a value against the compiled schema; messages in French (default) or English. */
declare function validate(value: unknown, options?: { locale?: 'fr' | 'en' }): { valid: boolean; issues: ValidationIssue[] };
export default validate;
`;
