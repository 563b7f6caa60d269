import type { LocalisedTemplate } from './table.js';

export const minLengthMessages: LocalisedTemplate = {
  fr: (p) => (p.limit === 1 ? 'ne doit pas être vide' : `doit contenir au moins ${p.limit} caractères`),
  en: (p) => (p.limit === 1 ? 'must not be empty' : `must be at least ${p.limit} characters long`),
};
