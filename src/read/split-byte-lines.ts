/** One line of a byte stream: its bytes without the line ending, or null when it was longer than the limit (its bytes are dropped). */
export interface ByteLine {
  /** 1-based. */
  readonly number: number;
  readonly bytes: Uint8Array | null;
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Splits a byte stream at `\n` (a byte that never occurs inside a UTF-8 character), dropping a `\r` before
 * it, without decoding: a line of bad bytes stays one line. Holds at most one line, and of a line longer
 * than `maxBytes` nothing past the limit, so memory stays flat on any stream.
 */
export async function* splitByteLines(stream: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<ByteLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;
  const finish = (): ByteLine => {
    number++;
    const joined = tooLong ? null : Buffer.concat(parts, size);
    parts = [];
    size = 0;
    tooLong = false;
    return { number, bytes: joined !== null && joined.at(-1) === CARRIAGE_RETURN ? joined.subarray(0, -1) : joined };
  };
  const keep = (bytes: Buffer): void => {
    if (tooLong || bytes.length === 0) return;
    size += bytes.length;
    if (size > maxBytes) {
      tooLong = true;
      parts = [];
    } else parts.push(bytes);
  };
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    for (let end = bytes.indexOf(NEWLINE, start); end >= 0; end = bytes.indexOf(NEWLINE, start)) {
      keep(bytes.subarray(start, end));
      yield finish();
      start = end + 1;
    }
    // Copied: the stream may reuse its buffer for the next chunk.
    keep(Buffer.from(bytes.subarray(start)));
  }
  if (size > 0 || tooLong) yield finish();
}
