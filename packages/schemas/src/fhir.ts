import { fieldInfo, getSchema, resolveSchemaRef, type RecordName } from './catalogue.js';
import { DEFAULT_LOCALE, type Locale } from './locale.js';
import { recordData } from './registry.js';
import { validatorFor } from './validator-for.js';
import { invalidValuePaths } from './invalid-paths.js';
import type { ValidationIssue } from './issues.js';
import { pointerParts } from './pointer.js';
import { projectFor, type ProjectionOptions, type WithheldItem } from './projection/project.js';

/**
 * FHIR R4 export: a record's schema as a `Questionnaire`, a record as a `QuestionnaireResponse`, so
 * that health software speaking FHIR can take Tremplin's forms. Items are identified by the
 * record's data path pattern (`/worker/lastName`, `/actions/*\/title`): the same names everywhere.
 */

type Node = Record<string, unknown>;

/** Base of the canonical URLs of our questionnaires and code systems. */
export const FHIR_BASE = 'https://tremplin.dev/fhir';

export interface FhirCoding {
  system: string;
  code: string;
  display?: string;
}

export interface FhirQuestionnaireItem {
  linkId: string;
  text?: string;
  type: 'group' | 'string' | 'text' | 'date' | 'dateTime' | 'boolean' | 'integer' | 'decimal' | 'choice' | 'display';
  required?: boolean;
  repeats?: boolean;
  readOnly?: boolean;
  maxLength?: number;
  answerOption?: Array<{ valueCoding: FhirCoding }>;
  enableWhen?: Array<{ question: string; operator: '='; answerBoolean?: boolean; answerCoding?: FhirCoding }>;
  enableBehavior?: 'all' | 'any';
  item?: FhirQuestionnaireItem[];
}

export interface FhirQuestionnaire {
  resourceType: 'Questionnaire';
  url: string;
  name: string;
  title: string;
  status: 'active';
  language: string;
  subjectType: ['Patient'];
  description?: string;
  item: FhirQuestionnaireItem[];
}

export type FhirAnswer =
  | { valueString: string } | { valueDate: string } | { valueDateTime: string } | { valueBoolean: boolean }
  | { valueInteger: number } | { valueDecimal: number } | { valueCoding: FhirCoding };

export interface FhirResponseItem {
  linkId: string;
  text?: string;
  answer?: FhirAnswer[];
  item?: FhirResponseItem[];
}

export interface FhirQuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  questionnaire: string;
  status: 'completed' | 'in-progress';
  language: string;
  authored?: string;
  item: FhirResponseItem[];
}

/** A record that cannot be exported as it is: its validation issues say why. */
export class TremplinFhirError extends Error {
  override readonly name = 'TremplinFhirError';
  constructor(message: string, readonly issues: ValidationIssue[] = []) {
    super(message);
  }
}

const questionnaireUrl = (name: RecordName) => `${FHIR_BASE}/Questionnaire/${name}`;
const codeSystem = (name: RecordName, pattern: string) => `${FHIR_BASE}/CodeSystem/${name}${pattern.replace(/\/\*/g, '')}`;

type Document = RecordName | 'common';

/**
 * A node with its `$ref` resolved and merged under its own keywords, and the document its
 * sub-schemas lie in (the `$ref`s inside them are relative to it).
 */
function resolve(node: Node, document: Document, depth = 0): { node: Node; document: Document } {
  const ref = node.$ref;
  if (typeof ref !== 'string' || depth > 8) return { node, document };
  const { $ref: _, ...own } = node;
  const target = resolveSchemaRef(ref, document);
  if (!target) return { node: own, document };
  const inner = resolve(target.node as Node, target.document, depth + 1);
  return { node: { ...inner.node, ...own }, document: inner.document };
}

function text(name: RecordName, pattern: string, node: Node, locale: Locale): string | undefined {
  return fieldInfo(name, pattern)?.title?.[locale] ?? (typeof node.title === 'string' ? node.title : undefined);
}

function coding(name: RecordName, pattern: string, value: unknown, locale: Locale): FhirCoding {
  const display = fieldInfo(name, pattern)?.options?.find((o) => o.value === value)?.[locale];
  return { system: codeSystem(name, pattern), code: String(value), ...(display ? { display } : {}) };
}

/** Simple `if` clauses (`{ properties: { x: { const } }, required: ['x'] }`) as FHIR enableWhen. */
function enableWhenOf(name: RecordName, parentPattern: string, condition: Node, locale: Locale): FhirQuestionnaireItem['enableWhen'] | undefined {
  const properties = (condition.properties ?? {}) as Record<string, Node>;
  const out: NonNullable<FhirQuestionnaireItem['enableWhen']> = [];
  for (const [key, test] of Object.entries(properties)) {
    const question = `${parentPattern}/${key}`;
    const values = 'const' in test ? [test.const] : Array.isArray(test.enum) ? test.enum : undefined;
    if (!values) return undefined; // not expressible: the item is simply always enabled
    for (const v of values) {
      out.push(typeof v === 'boolean' ? { question, operator: '=', answerBoolean: v } : { question, operator: '=', answerCoding: coding(name, question, v, locale) });
    }
  }
  return out.length ? out : undefined;
}

function itemOf(name: RecordName, raw: Node, pattern: string, required: boolean, locale: Locale, from: Document = name): FhirQuestionnaireItem {
  const { node, document } = resolve(raw, from);
  const base: FhirQuestionnaireItem = { linkId: pattern, type: 'group' };
  const label = text(name, pattern, node, locale);
  if (label) base.text = label;
  if (required) base.required = true;
  if (node.readOnly === true) base.readOnly = true;

  if (node.type === 'array' && node.items && typeof node.items === 'object') {
    const { node: items, document: itemsDocument } = resolve(node.items as Node, document);
    if (Array.isArray(items.enum)) {
      return { ...base, type: 'choice', repeats: true, answerOption: items.enum.map((v) => ({ valueCoding: coding(name, `${pattern}/*`, v, locale) })) };
    }
    // A repeating item: the array's own label, its element's questions.
    const element = itemOf(name, items, `${pattern}/*`, false, locale, itemsDocument);
    return element.type === 'group'
      ? { ...base, type: 'group', repeats: true, item: element.item ?? [] }
      : { ...element, ...base, type: element.type, repeats: true, linkId: pattern };
  }
  if (node.type === 'object' || node.properties) {
    const own = new Set((node.required ?? []) as string[]);
    const conditions = [node, ...((node.allOf ?? []) as Node[])].filter((n) => n.if && n.then) as Array<{ if: Node; then: Node }>;
    const item = Object.entries((node.properties ?? {}) as Record<string, Node>).map(([key, child]) => {
      const built = itemOf(name, child, `${pattern}/${key}`, own.has(key), locale, document);
      const gate = conditions.find((c) => ((c.then.required ?? []) as string[]).includes(key) && !own.has(key));
      const enableWhen = gate ? enableWhenOf(name, pattern, gate.if, locale) : undefined;
      if (enableWhen) {
        built.enableWhen = enableWhen;
        if (enableWhen.length > 1) built.enableBehavior = 'any';
        built.required = true; // required whenever it is enabled
      }
      return built;
    });
    return { ...base, type: 'group', item };
  }
  if (Array.isArray(node.enum)) return { ...base, type: 'choice', answerOption: node.enum.map((v) => ({ valueCoding: coding(name, pattern, v, locale) })) };
  const type: FhirQuestionnaireItem['type'] = node.type === 'boolean' ? 'boolean' : node.type === 'integer' ? 'integer' : node.type === 'number' ? 'decimal'
    : node.format === 'date' ? 'date' : node.format === 'date-time' ? 'dateTime'
    : typeof node.maxLength === 'number' && node.maxLength > 200 ? 'text' : 'string';
  const item: FhirQuestionnaireItem = { ...base, type };
  if ((type === 'string' || type === 'text') && typeof node.maxLength === 'number') item.maxLength = node.maxLength;
  return item;
}

const pascal = (name: string) => name.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());

/**
 * A record's schema as a FHIR R4 Questionnaire: groups for objects, repeating groups for lists,
 * choices coded in our code systems, enableWhen for conditional questions.
 * @example toFhirQuestionnaire('referral').item[0] // { linkId: '/referralDate', type: 'date', required: true, text: 'Date du signalement' }
 */
export function toFhirQuestionnaire(name: RecordName, options: { locale?: Locale } = {}): FhirQuestionnaire {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const schema = getSchema(name) as Node;
  if (!schema) throw new TremplinFhirError(`Unknown record "${String(name)}"`);
  const root = itemOf(name, schema, '', true, locale);
  const description = fieldInfo(name, '')?.description?.[locale] ?? (typeof schema.description === 'string' ? schema.description : undefined);
  return {
    resourceType: 'Questionnaire',
    url: questionnaireUrl(name),
    name: pascal(name),
    title: fieldInfo(name, '')?.title?.[locale] ?? String(schema.title ?? name),
    status: 'active',
    language: locale,
    subjectType: ['Patient'],
    ...(description ? { description } : {}),
    item: root.item ?? [],
  };
}

/** The questionnaire's items, built once per record and language for all the responses to it (never handed out). */
const itemsCache = new Map<string, FhirQuestionnaireItem[]>();
function questionnaireItems(name: RecordName, locale: Locale): FhirQuestionnaireItem[] {
  const key = `${name}\u0000${locale}`;
  let items = itemsCache.get(key);
  if (!items) itemsCache.set(key, (items = toFhirQuestionnaire(name, { locale }).item));
  return items;
}

function answersOf(name: RecordName, item: FhirQuestionnaireItem, value: unknown, locale: Locale): FhirAnswer[] {
  const values = Array.isArray(value) ? value : [value];
  return values.map((v): FhirAnswer => {
    switch (item.type) {
      case 'choice': return { valueCoding: coding(name, item.repeats && !item.linkId.endsWith('*') ? `${item.linkId}/*` : item.linkId, v, locale) };
      case 'boolean': return { valueBoolean: v as boolean };
      case 'integer': return { valueInteger: v as number };
      case 'decimal': return { valueDecimal: v as number };
      case 'date': return { valueDate: v as string };
      case 'dateTime': return { valueDateTime: v as string };
      default: return { valueString: String(v) };
    }
  });
}

/** Answers for the values of `value`, an already projected record. */
function responseItems(name: RecordName, items: FhirQuestionnaireItem[], value: Record<string, unknown>, locale: Locale): FhirResponseItem[] {
  const out: FhirResponseItem[] = [];
  for (const item of items) {
    const key = item.linkId.slice(item.linkId.lastIndexOf('/') + 1);
    const v = value[key];
    if (v === undefined) continue;
    const head = { linkId: item.linkId, ...(item.text ? { text: item.text } : {}) };
    if (item.type === 'group') {
      // A repeating group answers once per element, under the same linkId.
      const elements = item.repeats ? (Array.isArray(v) ? v : []) : [v];
      for (const element of elements) {
        if (!element || typeof element !== 'object') continue;
        const inner = responseItems(name, item.item ?? [], element as Record<string, unknown>, locale);
        if (inner.length) out.push({ ...head, item: inner });
      }
    } else {
      const answers = Array.isArray(v) ? v : [v];
      if (answers.length) out.push({ ...head, answer: answersOf(name, item, item.repeats ? answers : answers[0], locale) });
    }
  }
  return out;
}

/** A copy of a draft without the values at `paths` (invalid values a FHIR answer cannot carry). */
function without(record: Record<string, unknown>, paths: readonly string[]): Record<string, unknown> {
  if (paths.length === 0) return record;
  const copy = structuredClone(record);
  // Deepest and last indexes first, so that removing one never shifts another.
  for (const path of [...paths].sort((a, b) => b.localeCompare(a, 'en', { numeric: true }))) {
    const keys = pointerParts(path);
    const last = keys.pop();
    let parent: unknown = copy;
    for (const key of keys) parent = parent && typeof parent === 'object' ? (parent as Record<string, unknown>)[key] : undefined;
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else if (parent && typeof parent === 'object' && last !== undefined) delete (parent as Record<string, unknown>)[last];
  }
  return copy;
}

export interface FhirResponseOptions extends ProjectionOptions {
  locale?: Locale;
  status?: 'completed' | 'in-progress';
  authored?: string;
  /** Called with what the audience's projection withheld (paths into the exported record), e.g. to log that a copy was redacted. */
  onWithheld?: (withheld: WithheldItem[]) => void;
}

/**
 * A record as a FHIR R4 QuestionnaireResponse to `toFhirQuestionnaire(name)`, as one audience may
 * see it: the record goes through projectFor first, so an employer's export carries no medical
 * value, no inferred one and no unreleased free text unless a consent record in force opens it.
 * A `completed` response (the default) must be a valid record: otherwise a TremplinFhirError
 * lists its issues. An `in-progress` response takes a draft as it is.
 * @example toFhirQuestionnaireResponse('referral', referral, { audience: 'occupational-health' }).questionnaire // 'https://tremplin.dev/fhir/Questionnaire/referral'
 */
export function toFhirQuestionnaireResponse(
  name: RecordName,
  record: unknown,
  options: FhirResponseOptions,
): FhirQuestionnaireResponse {
  const locale = options?.locale ?? DEFAULT_LOCALE;
  const status = options?.status ?? 'completed';
  if (!recordData(name)) throw new TremplinFhirError(`Unknown or not loaded record "${String(name).slice(0, 40)}"`);
  const validate = validatorFor(name);
  const result = validate(record, { locale });
  if (status === 'completed' && !result.valid) {
    throw new TremplinFhirError(`Invalid ${name} record: ${result.issues.slice(0, 5).map((i) => i.message).join(' ; ').slice(0, 500)}`, result.issues);
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) throw new TremplinFhirError(`A ${name} record is an object`, result.issues);
  // A draft's invalid values are left out (a FHIR answer must have the question's type); missing ones are simply absent.
  const valid = without(record as Record<string, unknown>, invalidValuePaths(result.issues));
  const projection = projectFor(name, valid, { audience: options.audience, consents: options.consents, asOf: options.asOf });
  options.onWithheld?.(projection.withheld);
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: questionnaireUrl(name),
    status,
    language: locale,
    ...(options.authored ? { authored: options.authored } : {}),
    item: responseItems(name, questionnaireItems(name, locale), projection.value, locale),
  };
}
