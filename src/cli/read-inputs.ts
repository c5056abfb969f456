import { readFileInput, readStdinInput, type ReadResult } from '../read/read-input.js';
import type { CliEnvironment } from './environment.js';

/** Reads every path in order, relative to the environment's folder ("-" is stdin, named `stdinName` when given; no path at all means stdin). */
export async function readInputs(files: readonly string[], environment: CliEnvironment, stdinName?: string): Promise<ReadResult[]> {
  const paths = files.length === 0 ? ['-'] : files;
  if (paths.filter((path) => path === '-').length > 1) {
    return [{ ok: false, error: '-: stdin can be read only once' }];
  }
  const results: ReadResult[] = [];
  for (const path of paths) results.push(path === '-' ? await readStdinInput(environment.stdin, stdinName) : await readFileInput(path, environment.cwd()));
  return results;
}

/** True when capcheck would wait on a terminal for input nobody is typing. */
export function wouldReadTerminal(files: readonly string[], environment: CliEnvironment): boolean {
  return files.length === 0 && environment.stdin.isTTY === true;
}
