import type { Locale } from '@tremplin/schemas/base';

/** A file as the record holds it: what it is, and its bytes (base64). */
export interface Attachment {
  name: string;
  mediaType: string;
  size: number;
  data: string;
}

/** Limits a schema puts on a file field: `"x-attachment": { "accept": ["application/pdf", "image/*"], "maxBytes": 5000000 }`. */
export interface AttachmentRules {
  accept?: string[];
  maxBytes?: number;
}

const accepts = (rules: AttachmentRules, file: File) => !rules.accept?.length || rules.accept.some((type) =>
  type.endsWith('/*') ? file.type.startsWith(type.slice(0, -1)) : type.startsWith('.') ? file.name.toLowerCase().endsWith(type.toLowerCase()) : file.type === type);

const MB = 1_000_000;
export const formatBytes = (n: number, locale: Locale) => (n >= MB
  ? `${(n / MB).toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 })} ${locale === 'fr' ? 'Mo' : 'MB'}`
  : `${Math.ceil(n / 1000).toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB')} ${locale === 'fr' ? 'ko' : 'kB'}`);

/** What is wrong with a file for these rules ('type' or 'size'), or undefined when it may be attached. */
export function refusal(rules: AttachmentRules, file: File): 'type' | 'size' | undefined {
  if (!accepts(rules, file)) return 'type';
  if (rules.maxBytes !== undefined && file.size > rules.maxBytes) return 'size';
  return undefined;
}

/** Reads a file into the record's shape (base64 without a data: prefix). */
export async function readAttachment(file: File): Promise<Attachment> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { name: file.name, mediaType: file.type || 'application/octet-stream', size: file.size, data: btoa(binary) };
}
