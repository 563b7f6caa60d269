/**
 * A pass over untrusted input before the validator runs: validators assume JSON data, and a host
 * may hand us anything (class instances, cycles, functions, 50 MB strings). Whatever is found is
 * reported as an issue rather than thrown.
 */
import { escapePointer } from './pointer.js';

export const LIMITS = {
  /** Nesting depth: our deepest record is 6 levels deep. */
  maxDepth: 32,
  /** Values (objects, arrays, scalars) in one record. */
  maxNodes: 100_000,
  /** Characters in one string: larger than any field's maxLength, so the schema reports it first. */
  maxStringLength: 1_000_000,
} as const;

export interface GuardProblem {
  path: string;
  code: 'not-json' | 'too-large';
  reason: string;
}


interface Found {
  code: GuardProblem['code'];
  reason: string;
  /** Keys from the offending value up to the root, filled in while unwinding. */
  keys: string[];
}

/**
 * Checks that a value is plain JSON within the limits. Runs before every validation, so the happy
 * path allocates nothing: the path to a problem is built only once one is found.
 */
export function guardJson(value: unknown): GuardProblem | undefined {
  const stack: object[] = []; // ancestors, for cycle detection (depth ≤ maxDepth, so a scan is cheap)
  let nodes = 0;

  function visit(v: unknown, depth: number, isRoot: boolean): Found | undefined {
    if (++nodes > LIMITS.maxNodes) return { code: 'too-large', reason: `more than ${LIMITS.maxNodes} values`, keys: [] };
    switch (typeof v) {
      case 'string':
        return v.length > LIMITS.maxStringLength
          ? { code: 'too-large', reason: `string longer than ${LIMITS.maxStringLength}`, keys: [] }
          : undefined;
      case 'boolean':
        return undefined;
      case 'number':
        return Number.isFinite(v) ? undefined : { code: 'not-json', reason: String(v), keys: [] };
      case 'object':
        break;
      default:
        // undefined inside an object means "absent" in JSON; as the whole value it is nothing.
        return v === undefined && !isRoot ? undefined : { code: 'not-json', reason: typeof v, keys: [] };
    }
    if (v === null) return undefined;
    if (depth > LIMITS.maxDepth) return { code: 'too-large', reason: `nested deeper than ${LIMITS.maxDepth}`, keys: [] };
    if (stack.includes(v)) return { code: 'not-json', reason: 'cycle', keys: [] };
    const isArray = Array.isArray(v);
    if (!isArray) {
      const proto = Object.getPrototypeOf(v);
      // Plain objects from any realm (an iframe, a vm context) have a prototype whose own prototype is null.
      if (proto !== null && Object.getPrototypeOf(proto) !== null) {
        return { code: 'not-json', reason: proto?.constructor?.name ?? 'exotic object', keys: [] };
      }
    }
    stack.push(v);
    let found: Found | undefined;
    if (isArray) {
      for (let i = 0; i < v.length && !found; i++) {
        found = visit(v[i], depth + 1, false);
        if (found) found.keys.push(String(i));
      }
    } else {
      const keys = Object.keys(v);
      for (let i = 0; i < keys.length && !found; i++) {
        found = visit((v as Record<string, unknown>)[keys[i]!], depth + 1, false);
        if (found) found.keys.push(keys[i]!);
      }
    }
    stack.pop();
    return found;
  }

  const found = visit(value, 0, true);
  if (!found) return undefined;
  const path = found.keys.reverse().map((k) => `/${escapePointer(k)}`).join('');
  return { path, code: found.code, reason: found.reason };
}
