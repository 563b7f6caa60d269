import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';

/** One line of an NDJSON input: its parsed value, or why it could not be parsed. */
export class NdjsonLine {
  constructor(
    readonly line: number,
    readonly value: unknown,
    readonly error?: string,
    readonly text?: string,
  ) {}
}

/**
 * Reads NDJSON lazily, one line at a time (readline keeps memory bounded and honours backpressure).
 * Blank lines are skipped; a line that is not JSON is reported, never dropped.
 */
export async function* parseNdjson(source: Readable | AsyncIterable<string | Uint8Array>): AsyncGenerator<NdjsonLine> {
  const input = source instanceof Readable ? source : Readable.from(source);
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() === '') continue;
    try {
      yield new NdjsonLine(line, JSON.parse(text));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      yield new NdjsonLine(line, undefined, message, text.length > 200 ? `${text.slice(0, 200)}…` : text);
    }
  }
}
