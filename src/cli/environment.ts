import type { IsoDate } from '../types.js';
import { todayOf } from '../check/today.js';
import { escapeControls } from '../report/safe-text.js';

/** What the CLI reaches of the outside world; tests and the launcher pass their own. */
export interface CliEnvironment {
  readonly stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean };
  /** Written text, or bytes a worker drew (only with workers, which only the compiled CLI starts). */
  readonly stdout: { write(text: string | Uint8Array): unknown; readonly isTTY?: boolean; readonly columns?: number };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
  readonly today: () => IsoDate;
  /** The folder paths, globs, the configuration and .capcheckignore are resolved from. */
  readonly cwd: () => string;
}

/** The real process: its streams, its environment, and today's UTC date (or `SOURCE_DATE_EPOCH`'s). */
export const processEnvironment: CliEnvironment = {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  today: () => todayOf(process.env, () => new Date()),
  cwd: () => process.cwd(),
};

/** Writes one `capcheck: …` line to stderr; a file name's control characters are escaped, so the line stays one line and drives nothing. */
export function writeErrorLine(environment: CliEnvironment, message: string): void {
  environment.stderr.write(`capcheck: ${escapeControls(message)}\n`);
}

/** Writes one `capcheck: …` line to stderr and returns the usage exit code. */
export function reportUsageError(environment: CliEnvironment, message: string): 2 {
  writeErrorLine(environment, message);
  return 2;
}
