import type { ValidationIssue } from './issues.js';

/**
 * Paths of the values a record holds but that are not valid (a malformed date, an unknown option…),
 * as opposed to values merely missing: what a draft's consumers set aside or flag at once.
 * @example invalidValuePaths(validateReferral(draft).issues) // ['/employer/headcount']
 */
export function invalidValuePaths(issues: readonly ValidationIssue[]): string[] {
  return [...new Set(issues.filter((i) => i.code !== 'required').map((i) => i.path))];
}
