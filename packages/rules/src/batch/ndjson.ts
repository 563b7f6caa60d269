import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';

/** Why a line could not even be read as text: it is reported as an error record, never decided. */
export type LineProblem = 'invalid-utf8' | 'line-too-long';

/** Line problems as small numbers, for the typed array a chunk carries to a worker. */
export const PROBLEM_CODES: Array<LineProblem | undefined> = [undefined, 'invalid-utf8', 'line-too-long'];

/** One non-blank line of an NDJSON input, with its 1-based line number. */
export interface RawLine {
  line: number;
  text: string;
  /** Set when the line's bytes are not UTF-8 or exceed the length limit (`text` is then empty). */
  problem?: LineProblem;
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

export interface ReadLinesOptions {
  /**
   * Lines longer than this many bytes are reported (`line-too-long`) without being held in memory.
   * Default 256 MiB: a JavaScript string cannot hold much more than 512 M characters.
   */
  maxLineBytes?: number;
}

type Source = Readable | NodeJS.ReadableStream | AsyncIterable<string | Uint8Array>;

const NEWLINE = 0x0a;
const CR = 0x0d;

/**
 * Splits NDJSON into lines lazily, on bytes: a line that is not UTF-8 is reported, not silently
 * decoded with U+FFFD; a UTF-8 byte-order mark before the first line is skipped; `\r\n` ends a
 * line like `\n`. Memory holds one line at most (and never more than `maxLineBytes`).
 */
export async function* readLines(source: Source, options: ReadLinesOptions = {}): AsyncGenerator<RawLine> {
  const max = options.maxLineBytes ?? 256 * 1024 * 1024;
  const input = source instanceof Readable ? source : Readable.from(source as AsyncIterable<string | Uint8Array>);
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let line = 0;
  // A plain function, not a generator: it runs once per line.
  const end = (last: Buffer): RawLine | undefined => {
    line++;
    let out: RawLine | undefined;
    if (tooLong) out = { line, text: '', problem: 'line-too-long' };
    else {
      let bytes = parts.length === 0 ? last : Buffer.concat([...parts, last]);
      if (line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
      if (bytes.length && bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, -1);
      if (!isUtf8(bytes)) out = { line, text: '', problem: 'invalid-utf8' };
      else {
        const text = bytes.toString('utf8');
        if (text.trim() !== '') out = { line, text };
      }
    }
    parts = [];
    size = 0;
    tooLong = false;
    return out;
  };
  const keep = (bytes: Buffer) => {
    if (tooLong || bytes.length === 0) return;
    if (size + bytes.length > max) {
      tooLong = true;
      parts = [];
      return;
    }
    parts.push(bytes);
    size += bytes.length;
  };
  for await (const chunk of input as AsyncIterable<string | Uint8Array>) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let start = 0;
    let at: number;
    while ((at = buffer.indexOf(NEWLINE, start)) !== -1) {
      // Copy when parts are pending; otherwise a view of the chunk is enough.
      const piece = buffer.subarray(start, at);
      let done: RawLine | undefined;
      if (tooLong || size + piece.length > max) {
        keep(piece);
        done = end(Buffer.alloc(0));
      } else done = end(piece);
      if (done) yield done;
      start = at + 1;
    }
    if (start < buffer.length) keep(Buffer.from(buffer.subarray(start)));
  }
  if (size > 0 || tooLong) {
    const done = end(Buffer.alloc(0));
    if (done) yield done;
  }
}

/**
 * Reads NDJSON lazily into values. Blank lines are skipped; a line that is not JSON (or not UTF-8)
 * is reported (as an NdjsonLine with `error`), never dropped. `text` is never kept: a line may hold
 * free text, which errors must not echo.
 */
export async function* parseNdjson(source: Source, options: ReadLinesOptions = {}): AsyncGenerator<NdjsonLine> {
  for await (const { line, text, problem } of readLines(source, options)) {
    if (problem) {
      yield new NdjsonLine(line, undefined, problem);
      continue;
    }
    try {
      yield new NdjsonLine(line, JSON.parse(text));
    } catch (error) {
      yield new NdjsonLine(line, undefined, jsonErrorOf(error));
    }
  }
}

/** What went wrong in JSON.parse, without the snippet of input V8 quotes in its message. */
export function jsonErrorOf(error: unknown): string {
  if (error instanceof RangeError) return 'nested too deep';
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message)?.[1];
  if (/end of JSON input|Unterminated/i.test(message)) return 'unexpected end of JSON input';
  return position ? `unexpected character at position ${position}` : 'not valid JSON';
}
