import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { CliEnvironment } from './environment.js';
import { describeWriteError, isSpecialFile } from './write-output.js';

/** Where a report is written piece by piece. */
export interface OutputStream {
  /** Writes `text` (or a worker's UTF-8 bytes), waiting while the reader is behind; false once the reader has gone (a closed pipe) or writing failed. */
  write(text: string | Uint8Array): Promise<boolean>;
  /** Ends the report; returns an error line, or null. */
  close(): Promise<string | null>;
}

/** Stdout: a reader that stops early (`| head -1`) closes the pipe, which ends the output quietly. */
export function openStdout(environment: CliEnvironment): OutputStream {
  const stdout = environment.stdout as CliEnvironment['stdout'] & Partial<Pick<NodeJS.WritableStream, 'on' | 'once' | 'off'>>;
  const emitter = typeof stdout.once === 'function' && typeof stdout.on === 'function' ? (stdout as NodeJS.WritableStream) : null;
  let gone = false;
  const onError = (): void => {
    gone = true;
  };
  emitter?.on('error', onError);
  return {
    async write(text) {
      if (gone) return false;
      if (text.length === 0) return true;
      // A stream that is behind keeps the text in memory: waiting for it to drain bounds that memory.
      if (stdout.write(text) === false && emitter !== null && !gone) await drainOrFail(emitter);
      return !gone;
    },
    async close() {
      emitter?.off('error', onError);
      return null;
    },
  };
}

/**
 * `-o FILE`: written beside the target, then renamed over it, so a run killed mid-write leaves the previous
 * report whole; a device or pipe (-o /dev/stdout, a FIFO) is written in place, since renaming would replace it.
 */
export function openOutputFile(output: string, environment: CliEnvironment): OutputStream {
  const target = resolve(environment.cwd(), output);
  const special = isSpecialFile(target);
  const written = special ? target : join(dirname(target), `.${basename(target)}.capcheck-${process.pid}.tmp`);
  const file: WriteStream = createWriteStream(written);
  let failure: unknown = null;
  file.on('error', (error) => {
    failure ??= error;
  });
  const problem = (): string => `${output}: cannot write the report: ${describeWriteError(failure)}`;
  return {
    async write(text) {
      if (failure !== null) return false;
      if (text.length !== 0 && !file.write(text) && failure === null) await drainOrFail(file);
      return failure === null;
    },
    async close() {
      if (failure === null) {
        file.end();
        await once(file, 'close').catch(() => undefined);
      } else file.destroy();
      if (failure === null && !special) await rename(written, target).catch((error: unknown) => (failure = error));
      if (failure === null) return null;
      // The temporary file may never have existed (a missing folder, a file where a folder should be).
      if (!special) await rm(written, { force: true }).catch(() => undefined);
      return problem();
    },
  };
}

/** Waits until `stream` takes more, or fails or closes (its error handler records why). */
async function drainOrFail(stream: NodeJS.WritableStream): Promise<void> {
  await new Promise<void>((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('error', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('error', done);
    stream.on('close', done);
  });
}
