// Text hygiene applied to every string before it reaches a template.

/**
 * Bidirectional controls (embeddings, overrides, isolates, marks): honoured, they let a name print
 * reversed or disguised (« Trojan Source »). Typst orders Arabic and Hebrew by itself, so removing them
 * loses nothing a reader sees.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function neutraliseBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** Every string of a JSON-like value, cleaned, as a new value. */
export function cleanStrings<T>(value: T): T {
  if (typeof value === 'string') return neutraliseBidi(value) as T;
  if (Array.isArray(value)) return value.map(cleanStrings) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = cleanStrings(v);
    return out as T;
  }
  return value;
}
