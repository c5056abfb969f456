import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, where the built CLI and the fixtures live. */
export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** What one run of the real CLI produced. */
export interface CliRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node bin/capcheck.js` from the repository root, as a user would; colour off unless asked. */
export function runCli(args: readonly string[], options: { input?: string; stdinPath?: string; env?: Record<string, string>; cwd?: string; timeout?: number } = {}): CliRun {
  // stdinPath gives stdin a file of its own (/dev/zero: a stream that never ends) instead of a string.
  const stdin = options.stdinPath === undefined ? null : openSync(options.stdinPath, 'r');
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'capcheck.js'), ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    ...(stdin === null ? { input: options.input ?? '' } : { stdio: [stdin, 'pipe', 'pipe'] }),
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', ...options.env },
    timeout: options.timeout ?? 15_000,
  });
  if (stdin !== null) closeSync(stdin);
  if (result.error) throw result.error;
  return { exitCode: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
