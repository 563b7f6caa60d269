/**
 * A record being typed: every property optional, at any depth. The fact mappings take drafts so
 * that a live decision can name the facts still missing instead of failing on absent parts.
 * @example const draft: Draft<Referral> = { job: { contract: 'cdi' } };
 */
export type Draft<T> = T extends ReadonlyArray<infer U>
  ? Array<Draft<U>>
  : T extends object
    ? { [K in keyof T]?: Draft<T[K]> }
    : T;
