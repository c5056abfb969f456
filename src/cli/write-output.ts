import { statSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import type { CliEnvironment } from './environment.js';

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
export function describeWriteError(error: unknown): string {
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

/** True for a device or pipe: written in place, never renamed over. */
export function isSpecialFile(path: string): boolean {
  try {
    const stats = statSync(path);
    return !stats.isFile() && !stats.isDirectory();
  } catch {
    return false;
  }
}
