import type { Locale } from '../../locale.js';

export const emailFormatLabels: Record<Locale, string> = { fr: 'une adresse électronique valide', en: 'a valid email address' };
