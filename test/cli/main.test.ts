import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main, type CliEnvironment } from '../../src/cli/main.js';
import { REPO_ROOT } from '../run-cli.js';

/** An environment whose streams are strings, as main() sees the outside world. */
function environment(stdin: string, isTTY: boolean): CliEnvironment & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const input = Object.assign(Readable.from([stdin]), { isTTY });
  return {
    stdin: input,
    stdout: { write: (text: string) => (out += text), isTTY: false },
    stderr: { write: (text: string) => (err += text), isTTY: false },
    env: {},
    today: () => '2025-02-10',
    cwd: () => REPO_ROOT,
    out: () => out,
    err: () => err,
  };
}

describe('main(), in process', () => {
  it('refuses to wait on a terminal when no file is given', async () => {
    const env = environment('', true);
    expect(await main([], env)).toBe(2);
    expect(env.err()).toBe('capcheck: no input: give files, folders or quoted globs, or pipe an article on stdin (see --help)\n');
    expect(env.out()).toBe('');
  });

  it('reads piped stdin when no file is given, and uses the injected date', async () => {
    const env = environment('Meta will spend $70 billion on capex in 2025.', false);
    expect(await main(['--format', 'json'], env)).toBe(1);
    const report = JSON.parse(env.out()) as { files: { date: string; dateSource: string }[] };
    expect(report.files[0]).toMatchObject({ date: '2025-02-10', dateSource: 'default' });
  });
});
