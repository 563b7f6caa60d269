import { describe, expect, it } from 'vitest';
import { KNOWN_LOCALE_PATTERNS, localePatternOf } from '../src/form/date-input.js';

// The table spares a fresh page Intl's start-up; it must say what Intl (CLDR) says, language by language.
describe('date inputs: the patterns known without Intl', () => {
  for (const [tag, known] of Object.entries(KNOWN_LOCALE_PATTERNS)) {
    it(`${tag} shows dates and times as CLDR says`, () => {
      expect(known).toEqual(localePatternOf(tag));
    });
  }
  it('a language the table lacks is asked of Intl', () => {
    expect(localePatternOf('de-DE')).toEqual({ date: 'd.m.y', h12: false });
  });
});
