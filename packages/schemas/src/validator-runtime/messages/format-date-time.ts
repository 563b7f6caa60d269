import type { Locale } from '../../locale.js';

export const dateTimeFormatLabels: Record<Locale, string> = {
  fr: 'une date et une heure valides (AAAA-MM-JJTHH:MM:SS avec fuseau)',
  en: 'a valid date and time (YYYY-MM-DDTHH:MM:SS with offset)',
};
