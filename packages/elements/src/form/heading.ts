import { literal, type StaticValue } from 'lit/static-html.js';

const TAGS: StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The heading tag for a level, clamped to h1–h6: the host says where the form sits in its outline (RGAA 9.1). */
export function headingTag(level: unknown, below = 0): StaticValue {
  const n = Math.trunc(Number(level)) || 2;
  return TAGS[Math.min(6, Math.max(1, n + below)) - 1]!;
}
