// Where a batch writes: a file written beside its final name and renamed when complete, or stdout.
import { createReadStream } from 'node:fs';
import { open, rename, stat, type FileHandle } from 'node:fs/promises';
import { readLines } from '../batch/ndjson.js';

/** An output that failed (missing folder, full disk, closed pipe): the CLI prints one line, no stack. */
export class OutputError extends Error {
  constructor(message: string, readonly code?: string) {
    super(message);
  }
}

const reason = (error: unknown) => {
  const code = (error as { code?: unknown })?.code;
  const known: Record<string, string> = {
    ENOENT: 'the folder does not exist',
    EISDIR: 'it is a folder',
    ENOTDIR: 'a part of the path is not a folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENOSPC: 'no space left on the device',
    EDQUOT: 'disk quota exceeded',
    EPIPE: 'the reader closed the pipe',
    EROFS: 'read-only file system',
  };
  return typeof code === 'string' ? `${known[code] ?? 'write failed'} (${code})` : 'write failed';
};

export const outputError = (target: string, error: unknown) =>
  new OutputError(`cannot write ${target}: ${reason(error)}`, (error as { code?: string })?.code);

/** What an earlier, killed run left in `<out>.partial`: where to go on from. */
export interface ResumePoint {
  afterLine: number;
  records: number;
  ok: number;
  failed: number;
}

export interface Sink {
  write(bytes: Uint8Array): Promise<void>;
  /** Makes the output final (rename into place); after this, the output is complete. */
  commit(): Promise<void>;
  /** Stops writing after a failure; a file output keeps its `.partial` for `--resume`. */
  abort(): Promise<void>;
  resumed?: ResumePoint;
}

/** Writes to a stream (stdout) with backpressure; a stream error (EPIPE) rejects the pending write. */
export function streamSink(stream: NodeJS.WritableStream, name = 'stdout'): Sink {
  let failure: OutputError | undefined;
  const onError = (error: unknown) => (failure ??= outputError(name, error));
  stream.on('error', onError);
  // Settles when the last chunk is flushed (or fails): commit waits for it, so a full disk that
  // answers after the last write still fails the command.
  let flushed: Promise<void> = Promise.resolve();
  return {
    write: (bytes) =>
      new Promise<void>((resolve, reject) => {
        if (failure) return reject(failure);
        flushed = new Promise<void>((done, fail) => {
          const more = stream.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), (error?: Error | null) => (error ? fail((failure ??= outputError(name, error))) : done()));
          if (more) return resolve();
          const onDrain = () => {
            stream.off('error', onFailure);
            resolve();
          };
          const onFailure = (error: unknown) => {
            stream.off('drain', onDrain);
            reject((failure ??= outputError(name, error)));
          };
          stream.once('drain', onDrain);
          stream.once('error', onFailure);
        });
        flushed.catch(reject);
      }),
    commit: async () => {
      await flushed;
      if (failure) throw failure;
    },
    abort: async () => {},
  };
}

/** Scans a partial output: the byte length of its complete lines, and the last line number decided. */
async function scanPartial(path: string): Promise<{ bytes: number; point: ResumePoint }> {
  let total = 0;
  let complete = 0;
  for await (const chunk of createReadStream(path)) {
    const at = (chunk as Buffer).lastIndexOf(0x0a);
    if (at !== -1) complete = total + at + 1;
    total += (chunk as Buffer).length;
  }
  const point: ResumePoint = { afterLine: 0, records: 0, ok: 0, failed: 0 };
  if (complete > 0) {
    for await (const { text } of readLines(createReadStream(path, { end: complete - 1 }))) {
      let record: { line?: unknown; ok?: unknown };
      try {
        record = JSON.parse(text);
      } catch {
        continue;
      }
      if (typeof record.line === 'number') point.afterLine = Math.max(point.afterLine, record.line);
      if (record.ok === true) point.ok++;
      else if (record.ok === false) point.failed++;
      else continue;
      point.records++;
    }
  }
  return { bytes: complete, point };
}

/**
 * A file output written to `<path>.partial`, renamed to `path` once complete, so `path` only ever
 * holds a finished output. With `resume`, an existing `.partial` is cut after its last complete
 * line and continued.
 */
export async function fileSink(path: string, resume: boolean): Promise<Sink> {
  const partial = `${path}.partial`;
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory()) throw outputError(path, { code: 'EISDIR' });
  let handle: FileHandle;
  let position = 0;
  let resumed: ResumePoint | undefined;
  try {
    const earlier = resume ? await stat(partial).catch(() => undefined) : undefined;
    if (earlier?.isFile()) {
      const { bytes, point } = await scanPartial(partial);
      handle = await open(partial, 'r+');
      await handle.truncate(bytes);
      position = bytes;
      resumed = point;
    } else {
      handle = await open(partial, 'w');
    }
  } catch (error) {
    throw outputError(path, error);
  }
  return {
    resumed,
    write: async (bytes) => {
      try {
        let offset = 0;
        while (offset < bytes.length) {
          const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, position);
          offset += bytesWritten;
          position += bytesWritten;
        }
      } catch (error) {
        throw outputError(path, error);
      }
    },
    commit: async () => {
      try {
        await handle.sync();
        await handle.close();
        await rename(partial, path);
      } catch (error) {
        throw outputError(path, error);
      }
    },
    abort: async () => {
      await handle.close().catch(() => undefined);
    },
  };
}
