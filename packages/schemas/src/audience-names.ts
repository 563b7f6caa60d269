// Who a copy or a form is for: names only, so that checking an audience does not load the projection.
/**
 * Who a record is shown to: a form (@tremplin/elements), a document (@tremplin/pdf), an export.
 */
export const AUDIENCES = ['worker', 'employer', 'occupational-health', 'commission'] as const;
export type Audience = (typeof AUDIENCES)[number];

export function isAudience(value: unknown): value is Audience {
  return typeof value === 'string' && (AUDIENCES as readonly string[]).includes(value);
}
