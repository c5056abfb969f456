import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ArticleDocument } from '../types.js';
import { decodeText } from './decode-text.js';
import { prepareDocumentOnDemand } from './prepare-document-on-demand.js';

/** The name stdin goes by in reports. */
export const STDIN_PATH = '<stdin>';

/** A document, or one line saying why the input could not be read. */
export type ReadResult = { readonly ok: true; readonly document: ArticleDocument } | { readonly ok: false; readonly error: string };

/**
 * The largest input capcheck reads, per file and for stdin: far above any article, and low enough that
 * checking it stays within a CI runner's memory. Reading stops here, so an endless stream ends too.
 */
export const MAX_INPUT_BYTES = 100 * 1024 * 1024;
const TOO_LARGE = `is larger than capcheck's limit of ${MAX_INPUT_BYTES / 1024 / 1024} MiB per input`;

/** Reads one file path, relative to `folder` (never writing to it), and prepares it as a document named as given. */
export async function readFileInput(path: string, folder = '.'): Promise<ReadResult> {
  return prepared(path, await readFileText(path, folder));
}

/** An input's text, and whether it came from a stream (which cannot be read again), or one line saying why it could not be read. */
export type TextResult = { readonly ok: true; readonly text: string; readonly stream: boolean } | { readonly ok: false; readonly error: string };

/** Reads one file path's text, relative to `folder`, without preparing it (a run over many files checks they all read before it reports). */
export async function readFileText(path: string, folder = '.'): Promise<TextResult> {
  const located = resolve(folder, path);
  try {
    const info = await stat(located);
    if (info.isDirectory()) return failure(path, 'is a directory, not a file');
    // A named pipe, or `<(cmd)` (/dev/fd/N), is read like stdin: as a stream, up to the same limit.
    if (info.isFIFO()) return await readStreamText(createReadStream(located), path);
    if (!info.isFile()) return failure(path, 'is not a regular file');
    if (info.size > MAX_INPUT_BYTES) return failure(path, TOO_LARGE);
    return decode(path, await readFile(located), false);
  } catch (error) {
    return failure(path, describeFileError(error));
  }
}

/** Reads all of standard input and prepares it as a document named `name` (which also picks its format). */
export async function readStdinInput(stdin: NodeJS.ReadableStream, name: string = STDIN_PATH): Promise<ReadResult> {
  return prepared(name, await readStreamText(stdin, name));
}

/** Reads a stream to its end, or to the size limit, as text. */
export async function readStreamText(stream: NodeJS.ReadableStream, name: string): Promise<TextResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += bytes.length;
      // Leaving the loop stops reading: `capcheck - < /dev/zero` ends here instead of filling memory.
      if (size > MAX_INPUT_BYTES) return failure(name, TOO_LARGE);
      chunks.push(bytes);
    }
  } catch (error) {
    return failure(name, describeFileError(error));
  }
  return decode(name, Buffer.concat(chunks), true);
}

function decode(path: string, bytes: Uint8Array, stream: boolean): TextResult {
  const decoded = decodeText(bytes);
  return decoded.ok ? { ok: true, text: decoded.text, stream } : failure(path, decoded.problem);
}

async function prepared(path: string, read: TextResult): Promise<ReadResult> {
  return read.ok ? { ok: true, document: await prepareDocumentOnDemand(path, read.text) } : read;
}

function failure(path: string, problem: string): { readonly ok: false; readonly error: string } {
  return { ok: false, error: `${path}: ${problem}` };
}

/** A file-system error as the end of a one-line message ("no such file", "permission denied"). */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no such file';
    case 'ELOOP':
      return 'is a symbolic link that loops back on itself';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    default:
      return error instanceof Error ? error.message.split('\n')[0] ?? 'cannot be read' : 'cannot be read';
  }
}
