import type { Locale } from '../../locale.js';

export const dateFormatLabels: Record<Locale, string> = { fr: 'une date valide (AAAA-MM-JJ)', en: 'a valid date (YYYY-MM-DD)' };
