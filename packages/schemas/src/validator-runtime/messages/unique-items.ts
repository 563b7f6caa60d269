import type { LocalisedTemplate } from './table.js';

export const uniqueItemsMessages: LocalisedTemplate = { fr: () => 'contient des doublons', en: () => 'contains duplicates' };
