import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../src/report/formats.js';
import { runCli as runCliOnce } from '../run-cli.js';
import { CORPUS, writeCorpus } from './corpus.js';

const folder = writeCorpus();

/** Each worker loads the reference data: on a busy machine a run over the corpus takes a while. */
const runCli = (args: readonly string[], options: { cwd: string }): ReturnType<typeof runCliOnce> => runCliOnce(args, { ...options, timeout: 120_000 });
const RUN = ['.', '--no-config', '--date', '2025-03-01'];

/** Formats whose pieces join in different ways (a blank line, a comma, held to the end) are also run on three workers. */
const ON_THREE = new Set(['human', 'json', 'html']);

describe('--jobs: the same report from any number of workers', { timeout: 600_000 }, () => {
  it.each(FORMAT_NAMES)('%s: --jobs 2 (and 3) print exactly what --jobs 1 prints, with the same exit code', (format) => {
    const one = runCli([...RUN, '--format', format, '--jobs', '1'], { cwd: folder });
    expect(one.stderr).toBe('');
    expect(one.stdout).not.toBe('');
    expect(one.exitCode).toBe(1);
    for (const jobs of ON_THREE.has(format) ? ['2', '3'] : ['2']) {
      const many = runCli([...RUN, '--format', format, '--jobs', jobs], { cwd: folder });
      expect(many).toEqual(one);
    }
  });

  it('reports the files in input order, however the workers finish', () => {
    const run = runCli([...RUN, '--format', 'json', '--jobs', '3'], { cwd: folder });
    const report = JSON.parse(run.stdout) as { files: { path: string }[]; summary: { errors: number } };
    expect(report.files.map((file) => file.path)).toEqual(Object.keys(CORPUS).sort());
    expect(report.summary.errors).toBeGreaterThan(20);
  });

  it.each([
    ['--quiet', 'human'],
    ['--problems-only', 'human'],
    ['--quiet', 'json'],
  ])('%s with %s is the same from one worker or two', (flag, format) => {
    const one = runCli([...RUN, flag, '--format', format, '--jobs', '1'], { cwd: folder });
    expect(runCli([...RUN, flag, '--format', format, '--jobs', '2'], { cwd: folder })).toEqual(one);
  });

  it('-o streams into the report file what stdout would show', () => {
    const printed = runCli([...RUN, '--format', 'sarif', '--jobs', '2'], { cwd: folder });
    const written = runCli([...RUN, '--format', 'sarif', '--jobs', '2', '-o', 'report.sarif', 'a-overstated.txt', 'b-clean.md', 'c-no-figure.txt', 'd-page.html', 'e-many.md', 'f-quiet.txt', 'g-period.txt'], { cwd: folder });
    expect(written.stdout).toBe('');
    expect(written.exitCode).toBe(1);
    expect(readFileSync(join(folder, 'report.sarif'), 'utf8')).toBe(printed.stdout);
  });

  it.each(['1', '2'])('with an unreadable input, --jobs %s prints no report, names the file and exits 2', (jobs) => {
    const withBad = writeCorpus({ 'c-binary.txt': Buffer.from([0x43, 0x00, 0x01, 0x02]) });
    const run = runCli([...RUN, '--format', 'json', '--jobs', jobs], { cwd: withBad });
    expect(run).toEqual({ exitCode: 2, stdout: '', stderr: 'capcheck: c-binary.txt: looks like a binary file (it contains NUL bytes, the first at byte 1)\n' });
  });

  it.each(['0', 'two', '-1'])('--jobs %s is a usage error', (jobs) => {
    const run = runCli(['--jobs', jobs, 'a-overstated.txt'], { cwd: folder });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^capcheck: .*--jobs.*1 or more\.\n$/);
  });
});
