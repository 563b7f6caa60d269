import type { Locale } from './locale.js';

/**
 * Message templates per issue code. `{label}` is the field's title in the chosen language; the
 * other placeholders come from the issue's params. Kept as data so hosts can override them.
 */
export type MessageTable = Record<string, (params: Record<string, unknown>) => string>;

const TYPE_NAMES: Record<Locale, Record<string, string>> = {
  fr: { string: 'un texte', number: 'un nombre', integer: 'un nombre entier', boolean: 'oui ou non', object: 'un objet', array: 'une liste', null: 'vide' },
  en: { string: 'text', number: 'a number', integer: 'a whole number', boolean: 'yes or no', object: 'an object', array: 'a list', null: 'empty' },
};

const FORMAT_NAMES: Record<Locale, Record<string, string>> = {
  fr: {
    date: 'une date valide (AAAA-MM-JJ)',
    'date-time': 'une date et une heure valides (AAAA-MM-JJTHH:MM:SS avec fuseau)',
    email: 'une adresse électronique valide',
    siret: 'un numéro SIRET valide (14 chiffres, clé de contrôle)',
  },
  en: {
    date: 'a valid date (YYYY-MM-DD)',
    'date-time': 'a valid date and time (YYYY-MM-DDTHH:MM:SS with offset)',
    email: 'a valid email address',
    siret: 'a valid SIRET number (14 digits, check key)',
  },
};

const typeName = (locale: Locale, t: unknown) =>
  String(t).split(',').map((x) => TYPE_NAMES[locale][x] ?? x).join(locale === 'fr' ? ' ou ' : ' or ');

export const MESSAGES: Record<Locale, MessageTable> = {
  fr: {
    required: () => 'ce champ est obligatoire',
    type: (p) => `doit être ${typeName('fr', p.type)}`,
    format: (p) => `doit être ${FORMAT_NAMES.fr[String(p.format)] ?? `au format ${p.format}`}`,
    minLength: (p) => (p.limit === 1 ? 'ne doit pas être vide' : `doit contenir au moins ${p.limit} caractères`),
    maxLength: (p) => `ne doit pas dépasser ${p.limit} caractères`,
    pattern: () => "n'a pas le format attendu",
    minimum: (p) => `doit être supérieur ou égal à ${p.limit}`,
    maximum: (p) => `doit être inférieur ou égal à ${p.limit}`,
    exclusiveMinimum: (p) => `doit être strictement supérieur à ${p.limit}`,
    exclusiveMaximum: (p) => `doit être strictement inférieur à ${p.limit}`,
    enum: (p) => `doit être l'une des valeurs proposées${p.choices ? ` : ${p.choices}` : ''}`,
    const: (p) => `doit valoir ${p.expected}`,
    additionalProperties: (p) => `champ inconnu « ${p.property} »`,
    minItems: (p) => `doit contenir au moins ${p.limit} élément${Number(p.limit) > 1 ? 's' : ''}`,
    maxItems: (p) => `ne doit pas contenir plus de ${p.limit} éléments`,
    uniqueItems: () => 'contient des doublons',
    contains: (p) => `doit contenir ${p.expected ?? 'un élément attendu'}`,
    not: () => "cette valeur n'est pas permise ici",
    'not-json': (p) => `n'est pas une donnée JSON (${p.reason})`,
    'too-large': (p) => `dépasse la taille permise (${p.reason})`,
    unreadable: () => 'ne peut pas être lu',
    unknown: () => 'est invalide',
  },
  en: {
    required: () => 'this field is required',
    type: (p) => `must be ${typeName('en', p.type)}`,
    format: (p) => `must be ${FORMAT_NAMES.en[String(p.format)] ?? `in ${p.format} format`}`,
    minLength: (p) => (p.limit === 1 ? 'must not be empty' : `must be at least ${p.limit} characters long`),
    maxLength: (p) => `must not exceed ${p.limit} characters`,
    pattern: () => 'does not have the expected format',
    minimum: (p) => `must be at least ${p.limit}`,
    maximum: (p) => `must be at most ${p.limit}`,
    exclusiveMinimum: (p) => `must be greater than ${p.limit}`,
    exclusiveMaximum: (p) => `must be less than ${p.limit}`,
    enum: (p) => `must be one of the proposed values${p.choices ? `: ${p.choices}` : ''}`,
    const: (p) => `must be ${p.expected}`,
    additionalProperties: (p) => `unknown field "${p.property}"`,
    minItems: (p) => `must contain at least ${p.limit} item${Number(p.limit) > 1 ? 's' : ''}`,
    maxItems: (p) => `must not contain more than ${p.limit} items`,
    uniqueItems: () => 'contains duplicates',
    contains: (p) => `must contain ${p.expected ?? 'an expected item'}`,
    not: () => 'this value is not allowed here',
    'not-json': (p) => `is not JSON data (${p.reason})`,
    'too-large': (p) => `exceeds the allowed size (${p.reason})`,
    unreadable: () => 'cannot be read',
    unknown: () => 'is invalid',
  },
};
