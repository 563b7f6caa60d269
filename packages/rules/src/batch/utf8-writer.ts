/**
 * Appends strings as UTF-8 into one growing buffer. Batch output leaves a worker as bytes whose
 * memory is transferred, not copied: joining and cloning megabytes of strings cost more than the
 * decisions they hold.
 */
export class Utf8Writer {
  private static readonly encoder = new TextEncoder();
  private buffer: Uint8Array;
  private length = 0;

  constructor(initialBytes = 64 * 1024) {
    this.buffer = new Uint8Array(initialBytes);
  }

  write(text: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    const worst = text.length * 3;
    if (this.length + worst > this.buffer.length) {
      const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + worst));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.length += Utf8Writer.encoder.encodeInto(text, this.buffer.subarray(this.length)).written;
  }

  /** The bytes written so far (a view; the writer must not be used afterwards). */
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}
