/**
 * The github format through the real CLI: it says which limit failed the run, and its overflow
 * notice points to a job summary only when GITHUB_STEP_SUMMARY is set and the summary is written.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';

const root = mkdtempSync(join(tmpdir(), 'capcheck-github-'));
const OVERSTATED = 'Meta will spend $99 billion on capex in 2025.';
// Twelve errors: more than the ten error annotations GitHub shows per step.
writeFileSync(join(root, 'many.md'), `---\ndate: 2026-03-01\n---\n\n${Array.from({ length: 12 }, () => OVERSTATED).join('\n\n')}\n`);
writeFileSync(join(root, 'one-warning.md'), '---\ndate: 2025-01-10\n---\n\nApple will invest $500 billion in the US over four years.\n');

function notices(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line.startsWith('::notice title=capcheck%3A annotation limit'));
}

describe('--format github', () => {
  it('sends readers to the job summary when it is written', () => {
    const summary = join(root, 'summary.md');
    writeFileSync(summary, '');
    const run = runCli(['many.md', '--format', 'github'], { cwd: root, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(run.exitCode).toBe(1);
    expect(notices(run.stdout)).toEqual([expect.stringMatching(/ The job summary lists every finding\.$/)]);
    expect(readFileSync(summary, 'utf8')).toContain('**Failed:** 12 errors reach --fail-on error.');
  });

  it('names another way to the full list when GITHUB_STEP_SUMMARY is unset', () => {
    const run = runCli(['many.md', '--format', 'github'], { cwd: root });
    expect(run.exitCode).toBe(1);
    expect(notices(run.stdout)).toEqual([expect.stringMatching(/ Use --format sarif or json, or set GITHUB_STEP_SUMMARY, for the full list\.$/)]);
    expect(run.stdout).not.toContain('job summary');
  });

  it('says that --max-warnings failed the run, first', () => {
    const passing = runCli(['one-warning.md', '--format', 'github'], { cwd: root });
    expect(passing.exitCode).toBe(0);
    expect(passing.stdout).toMatch(/^::warning /);
    const failing = runCli(['one-warning.md', '--format', 'github', '--max-warnings', '0'], { cwd: root });
    expect(failing.exitCode).toBe(1);
    expect(failing.stdout.split('\n')[0]).toBe('::error title=capcheck%3A run failed::1 warning exceeds --max-warnings 0.');
  });
});

describe('paths taken literally', () => {
  const folder = mkdtempSync(join(tmpdir(), 'capcheck-literal-'));
  // "[x].md" as a glob would match "x.md": the file that exists must be read instead.
  writeFileSync(join(folder, 'x.md'), `${OVERSTATED}\n`);
  writeFileSync(join(folder, '[x].md'), '---\ndate: 2025-03-01\n---\n\nMeta expects capex of $60–65 billion in 2025.\n');
  writeFileSync(join(folder, '-draft.md'), `---\ndate: 2026-03-01\n---\n\n${OVERSTATED}\n`);

  it.each([
    [['[x].md'], 0, ['[x].md']],
    [['*.md'], 1, ['-draft.md', '[x].md', 'x.md']],
    [['--', '-draft.md', '[x].md'], 1, ['-draft.md', '[x].md']],
  ])('%j checks %j', (args, exitCode, paths) => {
    const run = runCli(['--format', 'json', ...args], { cwd: folder });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(exitCode);
    expect((JSON.parse(run.stdout) as { files: { path: string }[] }).files.map((file) => file.path)).toEqual(paths);
  });
});
