import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';

/** One non-blank line of an NDJSON input, with its 1-based line number. */
export interface RawLine {
  line: number;
  text: string;
}

/** One line of an NDJSON input: its parsed value, or why it could not be parsed. */
export class NdjsonLine {
  constructor(
    readonly line: number,
    readonly value: unknown,
    readonly error?: string,
    readonly text?: string,
  ) {}
}

/** Splits NDJSON into lines lazily (readline keeps memory bounded and honours backpressure). */
export async function* readLines(source: Readable | NodeJS.ReadableStream | AsyncIterable<string | Uint8Array>): AsyncGenerator<RawLine> {
  const input = source instanceof Readable ? source : Readable.from(source as AsyncIterable<string | Uint8Array>);
  let line = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line++;
    if (text.trim() !== '') yield { line, text };
  }
}

/**
 * Reads NDJSON lazily into values. Blank lines are skipped; a line that is not JSON is reported
 * (as an NdjsonLine with `error`), never dropped.
 */
export async function* parseNdjson(source: Readable | NodeJS.ReadableStream | AsyncIterable<string | Uint8Array>): AsyncGenerator<NdjsonLine> {
  for await (const { line, text } of readLines(source)) {
    try {
      yield new NdjsonLine(line, JSON.parse(text));
    } catch (error) {
      yield new NdjsonLine(line, undefined, error instanceof Error ? error.message : String(error), text.length > 200 ? `${text.slice(0, 200)}…` : text);
    }
  }
}
