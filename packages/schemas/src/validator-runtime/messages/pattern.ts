import type { LocalisedTemplate } from './table.js';

export const patternMessages: LocalisedTemplate = { fr: () => "n'a pas le format attendu", en: () => 'does not have the expected format' };
