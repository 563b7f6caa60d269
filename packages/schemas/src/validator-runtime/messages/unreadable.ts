import type { LocalisedTemplate } from './table.js';

export const unreadableMessages: LocalisedTemplate = { fr: () => 'ne peut pas être lu', en: () => 'cannot be read' };
