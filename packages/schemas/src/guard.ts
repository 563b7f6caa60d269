/**
 * A pass over untrusted input before the validator runs: validators assume JSON data, and a host
 * may hand us anything (class instances, cycles, functions, 50 MB strings). Whatever is found is
 * reported as an issue rather than thrown.
 */
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

const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

export function guardJson(value: unknown): GuardProblem | undefined {
  const ancestors = new Set<object>();
  let nodes = 0;

  function visit(v: unknown, path: string, depth: number): GuardProblem | undefined {
    if (++nodes > LIMITS.maxNodes) return { path, code: 'too-large', reason: `more than ${LIMITS.maxNodes} values` };
    switch (typeof v) {
      case 'string':
        return v.length > LIMITS.maxStringLength
          ? { path, code: 'too-large', reason: `string longer than ${LIMITS.maxStringLength}` }
          : undefined;
      case 'boolean':
        return undefined;
      case 'number':
        return Number.isFinite(v) ? undefined : { path, code: 'not-json', reason: String(v) };
      case 'object':
        break;
      default:
        // undefined inside an object means "absent" in JSON; elsewhere it is not a value.
        return v === undefined && path !== '' ? undefined : { path, code: 'not-json', reason: typeof v };
    }
    if (v === null) return undefined;
    if (depth > LIMITS.maxDepth) return { path, code: 'too-large', reason: `nested deeper than ${LIMITS.maxDepth}` };
    if (ancestors.has(v)) return { path, code: 'not-json', reason: 'cycle' };
    const proto = Object.getPrototypeOf(v);
    const isArray = Array.isArray(v);
    if (!isArray && proto !== Object.prototype && proto !== null) {
      return { path, code: 'not-json', reason: proto?.constructor?.name ?? 'exotic object' };
    }
    ancestors.add(v);
    try {
      if (isArray) {
        for (let i = 0; i < v.length; i++) {
          const p = visit(v[i], `${path}/${i}`, depth + 1);
          if (p) return p;
        }
      } else {
        for (const key of Object.keys(v)) {
          const p = visit((v as Record<string, unknown>)[key], `${path}/${escape(key)}`, depth + 1);
          if (p) return p;
        }
      }
    } finally {
      ancestors.delete(v);
    }
    return undefined;
  }

  return visit(value, '', 0);
}
