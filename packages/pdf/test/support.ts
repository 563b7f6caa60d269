import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RecordName } from '@tremplin/schemas';

/** The valid example documents shipped with @tremplin/schemas. */
export function examples(name: RecordName): Record<string, unknown>[] {
  const file = fileURLToPath(new URL(`../../schemas/examples/${name}.examples.json`, import.meta.url));
  return JSON.parse(readFileSync(file, 'utf8')).valid;
}

/** The text poppler reads from a PDF in drawing order (a table cell stays whole), whitespace folded. */
export function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-', '-'], { input: pdf, maxBuffer: 64 * 1024 * 1024 }).toString('utf8').replace(/\s+/g, ' ');
}

export const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A consent record made the given record's person's: a consent opens only the data of the person who gave it. */
export function consentFor<T extends { person?: unknown }>(record: Record<string, unknown>, consent: T): T {
  for (const key of ['worker', 'agent', 'beneficiary', 'person']) {
    const p = record[key] as { lastName?: unknown; firstName?: unknown } | undefined;
    if (p && typeof p.lastName === 'string' && typeof p.firstName === 'string') return { ...consent, person: { lastName: p.lastName, firstName: p.firstName } };
  }
  return consent;
}
