/**
 * An independent reading of the secrecy model for the property test: its own walk of the schema
 * files (not the catalogue), its own consent and release rules (node:crypto, not @noble/hashes),
 * and a record generator in which every free string is a unique marker.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

type Node = Record<string, unknown>;
type Class = 'medical' | 'personal' | 'professional';
const RANK: Record<Class, number> = { professional: 0, personal: 1, medical: 2 };

export interface LeafMeta {
  cls: Class;
  freeText: boolean;
  shareable?: Partial<Record<'employer' | 'commission', string>>;
}

export type Schemas = Map<string, Node>;

export function loadSchemas(dir: string): Schemas {
  return new Map(readdirSync(dir).filter((f) => f.endsWith('.schema.json')).map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8')) as Node]));
}

/** A node's own keywords over those of what its $ref points to (own first), and the file it lies in. */
function resolve(schemas: Schemas, file: string, node: Node): { node: Node; file: string; isLongText: boolean } {
  let merged: Node = { ...node };
  let current = node;
  let at = file;
  let isLongText = false;
  for (let depth = 0; typeof current.$ref === 'string' && depth < 8; depth++) {
    const [target = '', fragment = ''] = (current.$ref as string).split('#');
    at = target === '' ? at : target;
    if (at === 'common.schema.json' && fragment === '/$defs/longText') isLongText = true;
    let next: unknown = schemas.get(at);
    for (const part of fragment.split('/').filter(Boolean)) next = (next as Node)[part];
    current = next as Node;
    merged = { ...current, ...merged };
  }
  delete merged.$ref;
  return { node: merged, file: at, isLongText };
}

/** Data-path pattern → leaf meta, the class being the strictest on the path. */
export function metaOf(schemas: Schemas, record: string): Map<string, LeafMeta> {
  const out = new Map<string, LeafMeta>();
  const walk = (raw: Node, file: string, pattern: string, inherited: Class | undefined) => {
    const { node, file: at, isLongText } = resolve(schemas, file, raw);
    const own = node['x-confidentiality'] as Class | undefined;
    const cls: Class | undefined = own && (!inherited || RANK[own] > RANK[inherited]) ? own : inherited;
    const freeText = node['x-free-text'] === undefined ? isLongText : node['x-free-text'] === true;
    if (pattern !== '') out.set(pattern, { cls: cls ?? 'medical', freeText, ...(node['x-shareable-with'] ? { shareable: node['x-shareable-with'] as LeafMeta['shareable'] } : {}) });
    for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, Node>)) walk(child, at, `${pattern}/${key}`, cls);
    if (node.items && typeof node.items === 'object') walk(node.items as Node, at, `${pattern}/*`, cls);
  };
  walk(schemas.get(`${record}.schema.json`)!, `${record}.schema.json`, '', undefined);
  return out;
}

const PLACEHOLDER = '\u0000marker';

/** A draft generator from the schema: every property optional, lists of up to 3, strings as placeholders. */
export function arbitraryOf(schemas: Schemas, record: string): fc.Arbitrary<Record<string, unknown>> {
  const build = (raw: Node, file: string, key: string, depth: number): fc.Arbitrary<unknown> => {
    const { node, file: at } = resolve(schemas, file, raw);
    if (key === 'textReleases') return fc.constant(undefined); // written by the test from the record's texts
    if ('const' in node) return fc.constant(node.const);
    if (Array.isArray(node.enum)) return fc.constantFrom(...(node.enum as unknown[]));
    if (node.type === 'object' || node.properties) {
      const props = Object.fromEntries(Object.entries((node.properties ?? {}) as Record<string, Node>).map(([k, child]) => [k, build(child, at, k, depth + 1)]));
      return fc.record(props, { requiredKeys: [] });
    }
    if (node.type === 'array') {
      const item = build(node.items as Node, at, key, depth + 1);
      return node.uniqueItems ? fc.uniqueArray(item, { maxLength: 3, selector: (v) => JSON.stringify(v) }) : fc.array(item, { maxLength: 3 });
    }
    if (node.type === 'boolean') return fc.boolean();
    if (node.type === 'integer' || node.type === 'number') {
      const min = typeof node.minimum === 'number' ? node.minimum : 0;
      const max = typeof node.maximum === 'number' ? node.maximum : min + 100;
      return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
    }
    if (node.format === 'date') return fc.integer({ min: 0, max: 2000 }).map((d) => new Date(Date.UTC(2022, 0, 1) + d * 864e5).toISOString().slice(0, 10));
    if (node.format === 'date-time') return fc.integer({ min: 0, max: 2000 }).map((d) => new Date(Date.UTC(2022, 0, 1) + d * 864e5).toISOString().replace('.000', ''));
    if (node.format === 'siret') return fc.constant('73282932000074');
    if (typeof node.pattern === 'string' && node.pattern.includes('[01][0-9]')) return fc.constant('10:30');
    if (typeof node.pattern === 'string' && node.pattern.includes('0-9 .()-')) return fc.constant('06 12 34 56 78');
    if (node.type === 'string' || typeof node.maxLength === 'number') return fc.constant(PLACEHOLDER);
    return fc.constant(undefined);
  };
  return build(schemas.get(`${record}.schema.json`)!, `${record}.schema.json`, '', 0) as fc.Arbitrary<Record<string, unknown>>;
}

export const patternOf = (path: string) => path.replace(/\/\d+(?=\/|$)/g, '/*');

/** Replaces every placeholder with a unique marker (an email keeps its shape); returns marker → data path. */
export function markRecord(value: unknown, meta: Map<string, { format?: string } & LeafMeta>): { record: Record<string, unknown>; markers: Map<string, string> } {
  const markers = new Map<string, string>();
  let n = 0;
  const visit = (v: unknown, path: string): unknown => {
    if (v === PLACEHOLDER) {
      const marker = `mk${n++}q`;
      markers.set(marker, path);
      return path.endsWith('/email') ? `${marker}@ex.fr` : marker;
    }
    if (Array.isArray(v)) return v.map((x, i) => visit(x, `${path}/${i}`));
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = visit(x, `${path}/${k}`);
      return out;
    }
    return v;
  };
  return { record: visit(value, '') as Record<string, unknown>, markers };
}

/** Every leaf (scalar) of a value with its data path. */
export function leaves(value: unknown, path = '', out: Array<[string, unknown]> = []): Array<[string, unknown]> {
  if (Array.isArray(value)) value.forEach((x, i) => leaves(x, `${path}/${i}`, out));
  else if (value && typeof value === 'object') for (const [k, x] of Object.entries(value)) leaves(x, `${path}/${k}`, out);
  else out.push([path, value]);
  return out;
}

/**
 * The leaves of a projected value under the input's paths: a projection drops withheld items from a
 * list (a free-text participant), so the items after them move up; each kept item is matched, in
 * order, with the input item it came from (markers are unique, so a string matches only itself).
 */
export function alignedLeaves(projected: unknown, input: unknown, path = '', out: Array<[string, unknown]> = []): Array<[string, unknown]> {
  if (Array.isArray(projected) && Array.isArray(input)) {
    let i = 0;
    for (const item of projected) {
      const isObj = item !== null && typeof item === 'object';
      while (i < input.length && (isObj ? !(input[i] !== null && typeof input[i] === 'object') : input[i] !== item)) i++;
      alignedLeaves(item, input[i], `${path}/${i}`, out);
      i++;
    }
  } else if (projected && typeof projected === 'object' && !Array.isArray(projected)) {
    for (const [k, x] of Object.entries(projected)) alignedLeaves(x, (input as Record<string, unknown> | undefined)?.[k], `${path}/${k}`, out);
  } else out.push([path, projected]);
  return out;
}

export interface ConsentLike {
  givenAt: string;
  scope: Record<string, unknown>;
  withdrawal?: { withdrawnAt: string };
}
export interface ReleaseLike {
  path: string;
  audience: string;
  sha256: string;
  at: string;
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * The scopes in force at asOf: the latest consent given that day or before, unless a withdrawal dated
 * that day or before is the worker's later word (on that record, or on any record given by then,
 * withdrawn at or after the latest consent was given).
 */
export function scopesInForce(consents: readonly ConsentLike[], asOf: string): Record<string, unknown> {
  const given = consents.filter((c) => c.givenAt.slice(0, 10) <= asOf).sort((a, b) => Date.parse(b.givenAt) - Date.parse(a.givenAt));
  const latest = given[0];
  if (!latest) return {};
  const closedBy = (c: ConsentLike) => !!c.withdrawal && c.withdrawal.withdrawnAt.slice(0, 10) <= asOf && (c === latest || Date.parse(c.withdrawal.withdrawnAt) >= Date.parse(latest.givenAt));
  if (given.some(closedBy)) return {};
  return latest.scope;
}

/** Whether the leaf at `path` (value `value`) may reach `audience` (employer or commission). */
export function allowed(meta: Map<string, LeafMeta>, audience: 'employer' | 'commission', path: string, value: unknown, scopes: Record<string, unknown>, releases: readonly ReleaseLike[], asOf: string): boolean {
  const m = meta.get(patternOf(path));
  if (!m) return false;
  if (m.cls === 'medical') {
    const gate = m.shareable?.[audience];
    if (!gate || scopes[gate] !== true) return false;
  }
  if (m.freeText) {
    return typeof value === 'string' && releases.some((r) => r.path === path && r.audience === audience && r.sha256 === sha256(value) && r.at.slice(0, 10) <= asOf);
  }
  return true;
}
