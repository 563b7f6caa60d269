// Records at the schema's maxima whose every free string is made of unique marker words, for the
// lossless tests: every word the audience may see must come out of pdftotext, in order.
import { getSchema, resolveSchemaRef, type RecordName } from '@tremplin/schemas';

type Node = Readonly<Record<string, unknown>>;
type Doc = RecordName | 'common';

function deref(node: Node, doc: Doc): { node: Node; doc: Doc } {
  let n = node;
  let d = doc;
  for (let i = 0; i < 10 && typeof n.$ref === 'string'; i++) {
    const r = resolveSchemaRef(n.$ref, d);
    if (!r) break;
    const { $ref: _drop, ...rest } = n;
    n = { ...r.node, ...rest };
    d = r.document;
  }
  return { node: n, doc: d };
}

/** The schema of property `key`, wherever the node declares it (properties, allOf, then…). */
function propertyOf(node: Node, doc: Doc, key: string): { node: Node; doc: Doc } | undefined {
  const { node: n, doc: d } = deref(node, doc);
  const props = n.properties as Record<string, Node> | undefined;
  if (props?.[key]) return { node: props[key]!, doc: d };
  for (const k of ['allOf', 'anyOf', 'oneOf']) for (const sub of (n[k] as Node[] | undefined) ?? []) {
    const found = propertyOf(sub, d, key);
    if (found) return found;
  }
  for (const k of ['then', 'else']) if (n[k]) {
    const found = propertyOf(n[k] as Node, d, key);
    if (found) return found;
  }
  return undefined;
}

export interface MaximalOptions {
  /** Cap on list lengths (the schema's maxItems otherwise). */
  maxItems?: number;
  /** Cap on string lengths (the schema's maxLength otherwise; 300 where it sets none). */
  maxLength?: number;
}

/** Marker words: letters and digits only, so no typography rule or hyphenation touches them. */
export function makeMarkers() {
  let n = 0;
  return (length: number): string => {
    const id = (n++).toString(36).toUpperCase().padStart(4, '0');
    const words: string[] = [];
    let size = 0;
    for (let w = 0; size + 8 <= length || words.length === 0; w++) {
      const word = `Q${id}x${w.toString(36).toUpperCase().padStart(2, '0')}`;
      words.push(word);
      size += word.length + 1;
    }
    return words.join(' ');
  };
}

/** The example record grown to the maxima: free strings made of markers, lists at maxItems. */
export function maximal(name: RecordName, example: Record<string, unknown>, options: MaximalOptions = {}): Record<string, unknown> {
  const marker = makeMarkers();
  const grow = (value: unknown, node: Node | undefined, doc: Doc): unknown => {
    if (!node) return value;
    const { node: n, doc: d } = deref(node, doc);
    if (typeof value === 'string') {
      if (n.enum || n.const !== undefined || n.format || n.pattern) return value;
      return marker(Math.min(options.maxLength ?? Infinity, (n.maxLength as number | undefined) ?? 300));
    }
    if (Array.isArray(value)) {
      const items = n.items as Node | undefined;
      const item = items ? deref(items, d).node : undefined;
      if (!items || value.length === 0 || item?.enum || n.uniqueItems && typeof value[0] !== 'string') return value.map((v) => grow(v, items, d));
      const count = Math.min(options.maxItems ?? Infinity, (n.maxItems as number | undefined) ?? 30);
      return Array.from({ length: Math.max(count, value.length) }, (_, i) => grow(structuredClone(value[i % value.length]), items, d));
    }
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        const p = propertyOf(n, d, k);
        out[k] = grow(v, p?.node, p?.doc ?? d);
      }
      return out;
    }
    return value;
  };
  return grow(example, getSchema(name), name) as Record<string, unknown>;
}

/** Every marker word of a value, string by string. */
export function markerStrings(value: unknown, into: string[][] = []): string[][] {
  if (typeof value === 'string') {
    const words = value.split(' ').filter((w) => /^Q[0-9A-Z]{4}x[0-9A-Z]{2}$/.test(w));
    if (words.length) into.push(words);
  } else if (Array.isArray(value)) for (const v of value) markerStrings(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) markerStrings(v, into);
  return into;
}
