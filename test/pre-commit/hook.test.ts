/**
 * The pre-commit hook (.pre-commit-hooks.yaml) on staged files. pre-commit is a Python tool that
 * cannot be installed here (no PyPI), so this emulates its documented behaviour: the staged files
 * (`git diff --staged --name-only --no-ext-diff -z --diff-filter=ACMRTUXB`), kept when the hook's
 * `files` regex matches (re.search) and they are regular files, appended to `entry` + `args` in one
 * process (require_serial). `entry` resolves through package.json's bin map to the built CLI, as
 * the package pre-commit installs with `npm install -g` would.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../run-cli.js';

interface Hook {
  readonly id: string;
  readonly entry: string;
  readonly language: string;
  readonly files: string;
  readonly args?: readonly string[];
  readonly require_serial?: boolean;
}

const [hook] = parse(readFileSync(join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const bin = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin;

const CLEAN = '---\ndate: 2025-02-10\n---\n\nMeta expects capex of $60–65 billion in 2025.\n';
const BAD = '---\ndate: 2026-03-01\n---\n\nMeta will spend $99 billion on capex in 2025.\n';

/** A repository with `files` written and staged. */
function stagedRepo(files: Readonly<Record<string, string>>): string {
  const repo = mkdtempSync(join(tmpdir(), 'capcheck-hook-'));
  execFileSync('git', ['-c', 'init.defaultBranch=main', 'init', '-q'], { cwd: repo });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(repo, path), text);
  execFileSync('git', ['add', '-A'], { cwd: repo });
  return repo;
}

/** Runs the hook as pre-commit would; returns the files it was given and how it ended. */
function runHook(repo: string): { files: string[]; exitCode: number; stdout: string } {
  if (hook === undefined) throw new Error('.pre-commit-hooks.yaml declares no hook');
  const staged = execFileSync('git', ['diff', '--staged', '--name-only', '--no-ext-diff', '-z', '--diff-filter=ACMRTUXB'], { cwd: repo, encoding: 'utf8' })
    .split('\0')
    .filter((path) => path !== '');
  const pattern = new RegExp(hook.files);
  const files = staged.filter((path) => pattern.test(path) && statSync(join(repo, path)).isFile());
  const [command = '', ...entryArgs] = hook.entry.split(' ');
  const script = bin[command];
  if (script === undefined) throw new Error(`entry ${command} is not one of package.json's bin`);
  const result = spawnSync(process.execPath, [join(REPO_ROOT, script), ...entryArgs, ...(hook.args ?? []), ...files], {
    cwd: repo,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' },
  });
  if (result.error) throw result.error;
  return { files, exitCode: result.status ?? -1, stdout: result.stdout };
}

describe('pre-commit hook', () => {
  it('is one node hook named capcheck, run in one process', () => {
    expect(hook).toMatchObject({ id: 'capcheck', entry: 'capcheck', language: 'node', require_serial: true });
  });

  it.each([
    ['a.md', true],
    ['posts/with space.mdx', true],
    ['notes.markdown', true],
    ['a.txt', true],
    ['page.html', true],
    ['page.htm', true],
    ['script.js', false],
    ['a.md.bak', false],
    ['README.rst', false],
  ])('files matches %s: %s', (path, matches) => {
    expect(new RegExp(hook?.files ?? '^$').test(path)).toBe(matches);
  });

  it('passes clean drafts, given only the staged drafts', { timeout: 60_000 }, () => {
    const run = runHook(stagedRepo({ 'clean draft.md': CLEAN, 'script.js': `// ${BAD}` }));
    expect(run.files).toEqual(['clean draft.md']);
    expect(run.stdout).toContain('clean draft.md');
    expect(run.exitCode).toBe(0);
  });

  it('fails a staged draft with a wrong figure', { timeout: 60_000 }, () => {
    const run = runHook(stagedRepo({ 'clean draft.md': CLEAN, 'wrong figure.md': BAD, 'notes.rst': BAD }));
    expect(run.files).toEqual(['clean draft.md', 'wrong figure.md']);
    expect(run.stdout).toContain('overstated');
    expect(run.exitCode).toBe(1);
  });
});
