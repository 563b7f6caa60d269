import type { Locale } from '../../locale.js';

export const siretFormatLabels: Record<Locale, string> = {
  fr: 'un numéro SIRET valide (14 chiffres, clé de contrôle)',
  en: 'a valid SIRET number (14 digits, check key)',
};
