import factors from '../rulesets/forbidden-factors.json';
import type { ForbiddenFactor } from './types.js';

/**
 * Factors that must never weigh on any decision, declared once for every rule set: the eight of the
 * UNCCAS / FNCDG guide (step 1) and the grounds of code du travail L1132-1 / CGFP L131-1.
 * A rule reading one is refused at load; a facts object carrying one is decided with it set aside.
 */
export const FORBIDDEN_FACTORS: Readonly<Record<string, ForbiddenFactor>> = Object.freeze(
  (factors as unknown as { factors: Record<string, ForbiddenFactor> }).factors,
);

const DEFAULT_REASON = {
  fr: 'Facteur qui ne doit pas peser sur la décision : écarté sans être lu.',
  en: 'A factor that must not weigh on the decision: set aside unread.',
};

/** The reason shown in a decision for a factor set aside. */
export function reasonOf(factor: ForbiddenFactor) {
  return factor.reason ?? DEFAULT_REASON;
}
