import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';

const ARTICLE = 'Meta said it would spend $65 billion on capital expenditures in 2025.\n';

function checkedPaths(stdout: string): string[] {
  return (JSON.parse(stdout) as { files: { path: string }[] }).files.map((file) => file.path);
}

describe('which files a run checks', () => {
  it('checks a file named twice once', () => {
    const folder = mkdtempSync(join(tmpdir(), 'capcheck-twice-'));
    writeFileSync(join(folder, 'a.txt'), ARTICLE);
    const run = runCli(['a.txt', './a.txt', '*.txt', '--date', '2025-02-10', '--format', 'json'], { cwd: folder });
    expect(checkedPaths(run.stdout)).toEqual(['a.txt']);
  });
});
