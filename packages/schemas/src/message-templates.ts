import type { Locale } from './locale.js';
import type { MessageTable } from './messages.js';

// The message templates one code at a time, each with its fr and en words: a validator compiled by
// `tremplin-schemas compile` imports only the codes its schema can raise, so a bundler drops the
// others. MESSAGES (messages.ts) is composed from these: each text is written here once.

/** One issue code's template in each language. */
export type LocalisedTemplate = Record<Locale, MessageTable[string]>;

const TYPE_NAMES: Record<Locale, Record<string, string>> = {
  fr: { string: 'un texte', number: 'un nombre', integer: 'un nombre entier', boolean: 'oui ou non', object: 'un objet', array: 'une liste', null: 'vide' },
  en: { string: 'text', number: 'a number', integer: 'a whole number', boolean: 'yes or no', object: 'an object', array: 'a list', null: 'empty' },
};

const typeName = (locale: Locale, t: unknown) =>
  String(t).split(',').map((x) => TYPE_NAMES[locale][x] ?? x).join(locale === 'fr' ? ' ou ' : ' or ');

// What a value of each shipped format must be, for the `format` message (apart, as the formats are).
export const dateFormatLabels: Record<Locale, string> = { fr: 'une date valide (AAAA-MM-JJ)', en: 'a valid date (YYYY-MM-DD)' };
export const dateTimeFormatLabels: Record<Locale, string> = {
  fr: 'une date et une heure valides (AAAA-MM-JJTHH:MM:SS avec fuseau)',
  en: 'a valid date and time (YYYY-MM-DDTHH:MM:SS with offset)',
};
export const emailFormatLabels: Record<Locale, string> = { fr: 'une adresse électronique valide', en: 'a valid email address' };
export const siretFormatLabels: Record<Locale, string> = {
  fr: 'un numéro SIRET valide (14 chiffres, clé de contrôle)',
  en: 'a valid SIRET number (14 digits, check key)',
};

/** The `format` template knowing the words of the given formats (by format name); others read "au format x". */
export function formatMessagesFor(labels: Record<string, Record<Locale, string>>): LocalisedTemplate {
  return {
    fr: (p) => `doit être ${labels[String(p.format)]?.fr ?? `au format ${p.format}`}`,
    en: (p) => `must be ${labels[String(p.format)]?.en ?? `in ${p.format} format`}`,
  };
}

/** Per-language tables from templates by code, in the order given. */
export function messageTables(byCode: Record<string, LocalisedTemplate>): Record<Locale, MessageTable> {
  const tables: Record<Locale, MessageTable> = { fr: {}, en: {} };
  for (const [code, template] of Object.entries(byCode)) {
    tables.fr[code] = template.fr;
    tables.en[code] = template.en;
  }
  return tables;
}

export const requiredMessages: LocalisedTemplate = { fr: () => 'ce champ est obligatoire', en: () => 'this field is required' };
export const typeMessages: LocalisedTemplate = { fr: (p) => `doit être ${typeName('fr', p.type)}`, en: (p) => `must be ${typeName('en', p.type)}` };
export const minLengthMessages: LocalisedTemplate = {
  fr: (p) => (p.limit === 1 ? 'ne doit pas être vide' : `doit contenir au moins ${p.limit} caractères`),
  en: (p) => (p.limit === 1 ? 'must not be empty' : `must be at least ${p.limit} characters long`),
};
export const maxLengthMessages: LocalisedTemplate = { fr: (p) => `ne doit pas dépasser ${p.limit} caractères`, en: (p) => `must not exceed ${p.limit} characters` };
export const patternMessages: LocalisedTemplate = { fr: () => "n'a pas le format attendu", en: () => 'does not have the expected format' };
export const minimumMessages: LocalisedTemplate = { fr: (p) => `doit être supérieur ou égal à ${p.limit}`, en: (p) => `must be at least ${p.limit}` };
export const maximumMessages: LocalisedTemplate = { fr: (p) => `doit être inférieur ou égal à ${p.limit}`, en: (p) => `must be at most ${p.limit}` };
export const exclusiveMinimumMessages: LocalisedTemplate = { fr: (p) => `doit être strictement supérieur à ${p.limit}`, en: (p) => `must be greater than ${p.limit}` };
export const exclusiveMaximumMessages: LocalisedTemplate = { fr: (p) => `doit être strictement inférieur à ${p.limit}`, en: (p) => `must be less than ${p.limit}` };
export const enumMessages: LocalisedTemplate = {
  fr: (p) => `doit être l'une des valeurs proposées${p.choices ? ` : ${p.choices}` : ''}`,
  en: (p) => `must be one of the proposed values${p.choices ? `: ${p.choices}` : ''}`,
};
export const constMessages: LocalisedTemplate = { fr: (p) => `doit valoir ${p.expected}`, en: (p) => `must be ${p.expected}` };
export const additionalPropertiesMessages: LocalisedTemplate = { fr: (p) => `champ inconnu « ${p.property} »`, en: (p) => `unknown field "${p.property}"` };
export const minItemsMessages: LocalisedTemplate = {
  fr: (p) => `doit contenir au moins ${p.limit} élément${Number(p.limit) > 1 ? 's' : ''}`,
  en: (p) => `must contain at least ${p.limit} item${Number(p.limit) > 1 ? 's' : ''}`,
};
export const maxItemsMessages: LocalisedTemplate = { fr: (p) => `ne doit pas contenir plus de ${p.limit} éléments`, en: (p) => `must not contain more than ${p.limit} items` };
export const uniqueItemsMessages: LocalisedTemplate = { fr: () => 'contient des doublons', en: () => 'contains duplicates' };
export const containsMessages: LocalisedTemplate = {
  fr: (p) => `doit contenir ${p.expected ?? 'un élément attendu'}`,
  en: (p) => `must contain ${p.expected ?? 'an expected item'}`,
};
export const notMessages: LocalisedTemplate = { fr: () => "cette valeur n'est pas permise ici", en: () => 'this value is not allowed here' };
export const notJsonMessages: LocalisedTemplate = { fr: (p) => `n'est pas une donnée JSON (${p.reason})`, en: (p) => `is not JSON data (${p.reason})` };
export const tooLargeMessages: LocalisedTemplate = { fr: (p) => `dépasse la taille permise (${p.reason})`, en: (p) => `exceeds the allowed size (${p.reason})` };
export const unreadableMessages: LocalisedTemplate = { fr: () => 'ne peut pas être lu', en: () => 'cannot be read' };
export const unknownMessages: LocalisedTemplate = { fr: () => 'est invalide', en: () => 'is invalid' };
