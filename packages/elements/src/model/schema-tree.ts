import type { Localised } from '@tremplin/schemas/base';
import { declaredComputation, type Computation } from './computed.js';

/** A JSON Schema node, as far as forms read it. */
export type SchemaNode = Record<string, unknown>;

/** How one value is typed in. Chosen from the schema; a UI hint may override it. */
export type Widget = 'text' | 'textarea' | 'date' | 'date-time' | 'time' | 'number' | 'email' | 'tel' | 'select' | 'yes-no' | 'checkboxes' | 'file';

export interface Option {
  value: unknown;
  label: Localised;
}

interface Base {
  key: string;
  /** Data path pattern, `*` for an array index: `/actions/*\/title`. */
  pattern: string;
  title: Localised;
  description?: Localised;
  required: boolean;
  /** JSON Schema `if` against the parent object: the node is shown only while it holds. */
  visibleWhen?: SchemaNode;
}

export interface FieldNode extends Base {
  kind: 'field';
  widget: Widget;
  options?: Option[];
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  integer?: boolean;
  /** Computed by the software (`readOnly` in the schema): shown, never typed. */
  readOnly?: boolean;
  /** A `time` widget storing RFC 3339 `format: time` (with offset) rather than an `HH:MM` pattern. */
  timeWithOffset?: boolean;
  /** How a computed field (`readOnly`) is derived from the record, when the schema declares it (`x-computed`). */
  compute?: Computation;
  /** A file field (`x-attachment`): accepted types and size. */
  attachment?: { accept?: string[]; maxBytes?: number };
  /** The field's confidentiality class (`x-confidentiality`), said beside a file so the person knows who will see it. */
  confidentiality?: string;
  /** The schema's `default`: filled in an empty form and in each new list item. */
  default?: unknown;
  /** The `autocomplete` token of a field holding the person's own details (`x-autocomplete` or a hint). */
  autocomplete?: string;
}

export interface GroupNode extends Base {
  kind: 'group';
  children: TreeNode[];
}

export interface ListNode extends Base {
  kind: 'list';
  item: TreeNode;
  maxItems?: number;
}

export type TreeNode = FieldNode | GroupNode | ListNode;

/** Where labels and shared definitions come from: the schemas package for records, the schema itself otherwise. */
export interface TreeSource {
  /** Resolves a `$ref` (`common.schema.json#/$defs/date`, `#/$defs/x`) to its schema node. */
  resolve(ref: string): SchemaNode | undefined;
  /** Title, description and option labels of a path pattern, in both languages. */
  labels?(pattern: string): { title?: Localised; description?: Localised; options?: Array<{ value: unknown } & Localised> } | undefined;
}

const both = (text: unknown): Localised | undefined => (typeof text === 'string' ? { fr: text, en: text } : undefined);

/** A node with its `$ref` resolved and merged under its own keywords (a local title wins). */
function resolved(node: SchemaNode, source: TreeSource, depth = 0): SchemaNode {
  const ref = node.$ref;
  if (typeof ref !== 'string' || depth > 8) return node;
  const target = source.resolve(ref);
  if (!target) return node;
  const { $ref: _, ...own } = node;
  return { ...resolved(target, source, depth + 1), ...own };
}

/** `if`/`then` pairs of an object node, its own and those of its `allOf`. */
function conditionals(node: SchemaNode): Array<{ when: SchemaNode; then: SchemaNode }> {
  const pairs: Array<{ when: SchemaNode; then: SchemaNode }> = [];
  const add = (n: SchemaNode) => {
    if (n.if && typeof n.if === 'object' && n.then && typeof n.then === 'object') pairs.push({ when: n.if as SchemaNode, then: n.then as SchemaNode });
  };
  add(node);
  for (const part of (Array.isArray(node.allOf) ? node.allOf : []) as SchemaNode[]) add(part);
  return pairs;
}

const HH_MM = '^([01][0-9]|2[0-3]):[0-5][0-9]$';

/** `oneOf` / `anyOf` whose branches are each a `const` (with its `title`): an enum with labels. */
function labelledChoices(node: SchemaNode): Array<{ value: unknown; title?: string }> | undefined {
  const branches = Array.isArray(node.oneOf) ? node.oneOf : Array.isArray(node.anyOf) ? node.anyOf : undefined;
  if (!branches?.length || !branches.every((b) => b && typeof b === 'object' && 'const' in (b as SchemaNode))) return undefined;
  return (branches as SchemaNode[]).map((b) => ({ value: b.const, ...(typeof b.title === 'string' ? { title: b.title } : {}) }));
}

function widgetOf(node: SchemaNode): Widget {
  if (Array.isArray(node.enum) || labelledChoices(node)) return 'select';
  // A lone `const`: a boolean one is a yes/no question (the validator says which answer it needs).
  if ('const' in node) return typeof node.const === 'boolean' ? 'yes-no' : 'select';
  if (node.type === 'boolean') return 'yes-no';
  if (node.type === 'number' || node.type === 'integer') return 'number';
  if (node.format === 'date') return 'date';
  if (node.format === 'date-time') return 'date-time';
  if (node.format === 'time' || node.pattern === HH_MM) return 'time';
  if (node.format === 'email') return 'email';
  if (node.format === 'phone' || node.title === 'Téléphone') return 'tel';
  if (typeof node.maxLength === 'number' && node.maxLength > 200) return 'textarea';
  return 'text';
}

function optionsOf(node: SchemaNode, labelled?: Array<{ value: unknown } & Localised>): Option[] | undefined {
  const choices = labelledChoices(node);
  if (choices) return choices.map(({ value, title }) => {
    const found = labelled?.find((o) => o.value === value);
    const fr = found?.fr ?? title ?? String(value);
    return { value, label: { fr, en: found?.en ?? fr } };
  });
  if ('const' in node && typeof node.const !== 'boolean' && !Array.isArray(node.enum)) {
    const text = typeof node.const === 'string' ? node.const : JSON.stringify(node.const);
    return [{ value: node.const, label: { fr: text, en: text } }];
  }
  if (!Array.isArray(node.enum)) return undefined;
  const titles = Array.isArray(node['x-enumTitles']) ? (node['x-enumTitles'] as string[]) : [];
  return node.enum.map((value, i) => {
    const found = labelled?.find((o) => o.value === value);
    const fr = found?.fr ?? titles[i] ?? String(value);
    return { value, label: { fr, en: found?.en ?? fr } };
  });
}

/**
 * The form tree of a JSON Schema object: groups for objects, lists for arrays, fields for values,
 * in schema order. Fields that an `if`/`then` makes required are shown only while the `if` holds
 * (stoppage details while a stoppage is in progress), which is what a person filling it expects.
 */
export function buildTree(schema: SchemaNode, source: TreeSource): GroupNode {
  const build = (raw: SchemaNode, key: string, pattern: string, required: boolean): TreeNode => {
    const node = resolved(raw, source);
    const labels = source.labels?.(pattern);
    const base: Base = {
      key,
      pattern,
      title: labels?.title ?? both(node.title) ?? { fr: key, en: key },
      required,
    };
    const description = labels?.description ?? both(node.description);
    if (description) base.description = description;

    const attachment = node['x-attachment'];
    if (attachment && typeof attachment === 'object') {
      // A file is one field to the person, whatever the object holding it looks like.
      const rules = attachment as { accept?: unknown; maxBytes?: unknown };
      const field: FieldNode = { ...base, kind: 'field', widget: 'file', attachment: {
        ...(Array.isArray(rules.accept) ? { accept: rules.accept.filter((a): a is string => typeof a === 'string') } : {}),
        ...(typeof rules.maxBytes === 'number' ? { maxBytes: rules.maxBytes } : {}),
      } };
      if (typeof node['x-confidentiality'] === 'string') field.confidentiality = node['x-confidentiality'];
      return field;
    }
    if (node.type === 'object' || node.properties) {
      const properties = (node.properties ?? {}) as Record<string, SchemaNode>;
      const own = new Set((node.required ?? []) as string[]);
      const conditional = new Map<string, SchemaNode>();
      for (const { when, then } of conditionals(node)) {
        for (const name of (then.required ?? []) as string[]) if (!own.has(name) && !conditional.has(name)) conditional.set(name, when);
      }
      const children = Object.entries(properties).map(([name, child]) => {
        const built = build(child, name, `${pattern}/${name}`, own.has(name) || conditional.has(name));
        const when = conditional.get(name);
        if (when) built.visibleWhen = when;
        return built;
      });
      return { ...base, kind: 'group', children };
    }
    if (node.type === 'array' && node.items && typeof node.items === 'object') {
      const items = resolved(node.items as SchemaNode, source);
      if (Array.isArray(items.enum)) {
        const field: FieldNode = { ...base, kind: 'field', widget: 'checkboxes', options: optionsOf(items, source.labels?.(`${pattern}/*`)?.options) ?? [] };
        return field;
      }
      const list: ListNode = { ...base, kind: 'list', item: build(items, '*', `${pattern}/*`, true) };
      if (typeof node.maxItems === 'number') list.maxItems = node.maxItems;
      return list;
    }
    const field: FieldNode = { ...base, kind: 'field', widget: widgetOf(node) };
    // A date's shared description ("AAAA-MM-JJ") describes the stored text, not the browser's widget: its own hint replaces it.
    if ((field.widget === 'date' || field.widget === 'date-time' || field.widget === 'time') && !('description' in raw)) delete field.description;
    if (field.widget === 'time' && node.format === 'time') field.timeWithOffset = true;
    if (typeof node['x-autocomplete'] === 'string') field.autocomplete = node['x-autocomplete'];
    if ('default' in node) field.default = node.default;
    const options = optionsOf(node, labels?.options);
    if (options) field.options = options;
    if (typeof node.maxLength === 'number') field.maxLength = node.maxLength;
    if (typeof node.minimum === 'number') field.minimum = node.minimum;
    if (typeof node.maximum === 'number') field.maximum = node.maximum;
    if (node.type === 'integer') field.integer = true;
    if (node.readOnly === true) field.readOnly = true;
    const compute = declaredComputation(node);
    if (compute) field.compute = compute;
    return field;
  };
  return build(schema, '', '', true) as GroupNode;
}

const trees = new WeakMap<object, GroupNode>();

/**
 * `buildTree`, once per schema object: every form of a page showing the same record or host schema
 * shares its tree (the source is the schema's own, so the schema object is the key). A schema
 * object is read once: to change a form's schema, give it a new object.
 */
export function treeOf(schema: SchemaNode, source: TreeSource): GroupNode {
  let tree = trees.get(schema);
  if (!tree) trees.set(schema, (tree = buildTree(schema, source)));
  return tree;
}

/** The defaults a new object of this node starts with (`default` of its fields, nested groups included); undefined if none. */
export function defaultsOf(node: TreeNode): unknown {
  if (node.kind === 'field') return node.default;
  if (node.kind === 'list') return undefined;
  let out: Record<string, unknown> | undefined;
  for (const child of node.children) {
    const value = defaultsOf(child);
    if (value !== undefined) (out ??= {})[child.key] = value;
  }
  return out;
}
