import type { RawError, RawValidator } from './raw-validator.js';
import type { IssueCode, ValidateOptions, ValidationIssue, ValidationResult } from './issues.js';
import { DEFAULT_LOCALE, isLocale, type Locale } from './locale.js';
import { MESSAGES } from './messages.js';
import { fieldInfo, getSchema, type RecordName } from './catalogue.js';
import { guardJson, type GuardProblem } from './guard.js';
import { escapePointer, valueAt } from './pointer.js';

/** The schema node an error points at, when it lies in the record's own document. */
function schemaNode(name: RecordName, schemaPath: string): Record<string, unknown> | undefined {
  if (!schemaPath.startsWith('#/')) return undefined;
  const node = valueAt(getSchema(name), schemaPath.slice(1));
  return node && typeof node === 'object' ? (node as Record<string, unknown>) : undefined;
}

function label(name: RecordName, path: string, locale: Locale): string | undefined {
  return fieldInfo(name, path)?.title?.[locale];
}

function optionLabel(name: RecordName, path: string, value: unknown, locale: Locale): string {
  const option = fieldInfo(name, path)?.options?.find((o) => o.value === value);
  return option ? option[locale] : JSON.stringify(value);
}

export function makeIssue(name: RecordName, path: string, code: IssueCode, params: Record<string, unknown>, locale: Locale): ValidationIssue {
  const fieldLabel = label(name, path, locale);
  const template = MESSAGES[locale][code] ?? MESSAGES[locale].unknown!;
  const text = template(params);
  const where = fieldLabel ?? (path === '' ? 'Document' : path);
  const sep = locale === 'fr' ? ' : ' : ': ';
  const issue: ValidationIssue = { path, code, message: `${where}${sep}${text}`, params };
  if (fieldLabel) issue.label = fieldLabel;
  return issue;
}

const KNOWN = new Set<string>(Object.keys(MESSAGES.fr));

function toIssue(name: RecordName, e: RawError, locale: Locale): ValidationIssue | undefined {
  let path = e.instancePath;
  const params: Record<string, unknown> = { ...e.params };
  switch (e.keyword) {
    case 'if': // reported again by the `then` branch's own keywords
    case 'allOf':
      return undefined;
    case 'required':
      path += `/${escapePointer(String(e.params.missingProperty))}`;
      break;
    case 'additionalProperties':
      params.property = e.params.additionalProperty;
      path += `/${escapePointer(String(e.params.additionalProperty))}`;
      break;
    case 'enum':
      params.choices = (e.params.allowedValues as unknown[]).map((v) => optionLabel(name, path, v, locale)).join(', ');
      break;
    case 'const':
      params.expected = typeof e.params.allowedValue === 'boolean'
        ? (e.params.allowedValue ? (locale === 'fr' ? 'oui' : 'yes') : (locale === 'fr' ? 'non' : 'no'))
        : JSON.stringify(e.params.allowedValue);
      break;
    case 'contains': {
      const wanted = schemaNode(name, e.schemaPath)?.const;
      if (wanted !== undefined) params.expected = `« ${optionLabel(name, `${path}/0`, wanted, locale)} »`;
      break;
    }
  }
  const code = (KNOWN.has(e.keyword) ? e.keyword : 'unknown') as IssueCode;
  return makeIssue(name, path, code, params, locale);
}

/** Dedupes issues reported twice for the same place and reason (e.g. by two if/then branches). */
function dedupe(issues: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.path}\u0000${i.code}\u0000${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function guardFailure(name: RecordName, problem: GuardProblem, locale: Locale): { valid: false; issues: ValidationIssue[] } {
  return { valid: false, issues: [makeIssue(name, problem.path, problem.code, { reason: problem.reason }, locale)] };
}

function safeGuard(value: unknown) {
  try {
    return guardJson(value);
  } catch {
    return undefined;
  }
}

/** A validator for one record type, as exported by this package (`validateReferral`…). */
export type Validator<T> = (value: unknown, options?: ValidateOptions) => ValidationResult<T>;

/**
 * Wraps a precompiled validator so that it never throws and always explains itself.
 * Any input is accepted: non-JSON values, cycles and hostile getters become issues.
 */
export function createValidator<T>(name: RecordName, raw: RawValidator): Validator<T> {
  return (value, options) => {
    const locale = isLocale(options?.locale) ? options.locale : DEFAULT_LOCALE;
    try {
      // A pass means the value is JSON within every bound (the schemas are not recursive and ajv
      // checks numbers are finite), so the guard only runs to explain a failure in plain terms.
      if (raw(value)) return { valid: true, value: value as T, issues: [] };
      const problem = guardJson(value);
      if (problem) return guardFailure(name, problem, locale);
      const issues = (raw.errors ?? []).map((e) => toIssue(name, e, locale)).filter((i): i is ValidationIssue => !!i);
      return { valid: false, issues: dedupe(issues.length ? issues : [makeIssue(name, '', 'unknown', {}, locale)]) };
    } catch (error) {
      // Most often a cycle sent the uniqueItems comparison into infinite recursion: say so if so.
      const problem = safeGuard(value);
      if (problem) return guardFailure(name, problem, locale);
      return {
        valid: false,
        issues: [makeIssue(name, '', 'unreadable', { reason: error instanceof Error ? error.message : String(error) }, locale)],
      };
    }
  };
}
