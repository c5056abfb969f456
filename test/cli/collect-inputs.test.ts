import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';

const ARTICLE = 'Meta said it would spend $65 billion on capital expenditures in 2025.\n';

function checkedPaths(stdout: string): string[] {
  return (JSON.parse(stdout) as { files: { path: string }[] }).files.map((file) => file.path);
}

describe('which files a run checks', () => {
  it('checks a file once when a symlink loop leads back to it, under its own name', () => {
    const folder = mkdtempSync(join(tmpdir(), 'capcheck-loop-'));
    mkdirSync(join(folder, 'drafts'));
    writeFileSync(join(folder, 'drafts', 'a.txt'), ARTICLE);
    symlinkSync('..', join(folder, 'drafts', 'loop'));
    const run = runCli(['drafts', '--date', '2025-02-10', '--format', 'json'], { cwd: folder });
    expect(run.stderr).toBe('');
    expect(checkedPaths(run.stdout)).toEqual(['drafts/a.txt']);
  });

  it('checks a file named twice once', () => {
    const folder = mkdtempSync(join(tmpdir(), 'capcheck-twice-'));
    writeFileSync(join(folder, 'a.txt'), ARTICLE);
    const run = runCli(['a.txt', './a.txt', '*.txt', '--date', '2025-02-10', '--format', 'json'], { cwd: folder });
    expect(checkedPaths(run.stdout)).toEqual(['a.txt']);
  });

  it('names a .capcheckignore that is a folder, in one line', () => {
    const folder = mkdtempSync(join(tmpdir(), 'capcheck-ignore-'));
    writeFileSync(join(folder, 'a.txt'), ARTICLE);
    mkdirSync(join(folder, '.capcheckignore'));
    const run = runCli(['a.txt'], { cwd: folder });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(`capcheck: ${join(folder, '.capcheckignore')}: is a directory, not a file\n`);
  });
});
