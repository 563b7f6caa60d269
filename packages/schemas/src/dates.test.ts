import { describe, expect, it } from 'vitest';
import { parseDate, plusDays, toIsoDate } from './dates.js';

describe('parseDate', () => {
  it('reads years 0000–0099 as written, not as 19xx (the Date constructor would)', () => {
    expect(toIsoDate(parseDate('0099-03-01')!)).toBe('0099-03-01');
    expect(toIsoDate(parseDate('0000-01-01')!)).toBe('0000-01-01');
    expect(plusDays('0050-12-31', 1)).toBe('0051-01-01');
  });

  it('refuses what is not a calendar date', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '26-01-01', '', 42 as never]) expect(parseDate(bad)).toBeUndefined();
  });
});
