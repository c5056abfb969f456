import { statSync } from 'node:fs';
import { appendFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { CliEnvironment } from './environment.js';

/** Writes the report to stdout, or to `output`; returns an error line, or null. */
export async function writeReport(text: string, output: string | undefined, environment: CliEnvironment): Promise<string | null> {
  if (output === undefined) {
    environment.stdout.write(text);
    return null;
  }
  // Written beside the target, then renamed over it: a run killed mid-write leaves the previous report whole.
  const target = resolve(environment.cwd(), output);
  // A device or pipe (-o /dev/stdout, a FIFO) is written in place: renaming over it would replace it.
  if (isSpecialFile(target)) return writeInPlace(target, text, output);
  const temporary = join(dirname(target), `.${basename(target)}.capcheck-${process.pid}.tmp`);
  try {
    await writeFile(temporary, text);
    await rename(temporary, target);
    return null;
  } catch (error) {
    // The temporary file may never have existed (a missing folder, a file where a folder should be).
    await rm(temporary, { force: true }).catch(() => undefined);
    return `${output}: cannot write the report: ${describeWriteError(error)}`;
  }
}

/** GitHub shows only 10 annotations per type, so the full list goes to the job summary when there is one. */
export async function appendStepSummary(markdown: string, environment: CliEnvironment): Promise<string | null> {
  const path = environment.env['GITHUB_STEP_SUMMARY'];
  if (path === undefined || path === '') return null;
  try {
    await appendFile(path, markdown);
    return null;
  } catch (error) {
    return `GITHUB_STEP_SUMMARY ${path}: cannot append: ${(error as NodeJS.ErrnoException).code ?? 'error'}`;
  }
}

/** A one-line "checked n/total" on a terminal's stderr while many files are checked; nothing otherwise. */
export function progressReporter(total: number, environment: CliEnvironment): { tick(done: number): void; done(): void } {
  const shown = total > 1 && environment.stderr.isTTY === true;
  return {
    tick(done) {
      if (shown) environment.stderr.write(`\rcapcheck: checked ${done}/${total} files`);
    },
    done() {
      if (shown) environment.stderr.write('\r\x1b[K');
    },
  };
}

/** Why a report could not be written, in words a user can act on. */
function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'its folder does not exist';
    case 'ENOTDIR':
      return 'a part of its path is a file, not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
      return 'no space left on the device';
    default:
      return code ?? 'error';
  }
}

function isSpecialFile(path: string): boolean {
  try {
    const stats = statSync(path);
    return !stats.isFile() && !stats.isDirectory();
  } catch {
    return false;
  }
}

async function writeInPlace(target: string, text: string, output: string): Promise<string | null> {
  try {
    await writeFile(target, text);
    return null;
  } catch (error) {
    return `${output}: cannot write the report: ${describeWriteError(error)}`;
  }
}
