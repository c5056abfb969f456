import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../run-cli.js';

const ARTICLE = 'Meta said it would spend $70 billion on capital expenditures in 2025.\n';

function scratch(): string {
  const folder = mkdtempSync(join(tmpdir(), 'capcheck-output-'));
  writeFileSync(join(folder, 'draft.txt'), ARTICLE);
  return folder;
}

describe('-o never loses what the user has', () => {
  it.each([
    ['the input itself', 'draft.txt', 'names an input (draft.txt)'],
    ['the input through a symlink', 'link.txt', 'names an input (draft.txt)'],
    ['a folder', 'reports', 'names a folder'],
  ])('refuses %s before reading anything (exit 2, one line, article intact)', (_name, output, problem) => {
    const folder = scratch();
    mkdirSync(join(folder, 'reports'));
    symlinkSync(join(folder, 'draft.txt'), join(folder, 'link.txt'));
    const run = runCli(['draft.txt', '--date', '2025-02-10', '-o', output], { cwd: folder });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(problem);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(join(folder, 'draft.txt'), 'utf8')).toBe(ARTICLE);
  });

  it('replaces an earlier report whole and leaves no temporary file behind', () => {
    const folder = scratch();
    writeFileSync(join(folder, 'report.json'), 'the previous report');
    const run = runCli(['draft.txt', '--date', '2025-02-10', '--format', 'json', '-o', 'report.json'], { cwd: folder });
    expect(run.exitCode).toBe(1);
    expect(JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8'))).toHaveProperty('files');
    expect(readdirSync(folder).sort()).toEqual(['draft.txt', 'report.json']);
  });

  it('writes into a named pipe in place, instead of renaming a file over it', () => {
    const folder = scratch();
    const script = 'mkfifo out && { cat out > got.json & } && "$NODE" "$CLI" draft.txt --date 2025-02-10 --format json -o out; code=$?; wait; test -p out && echo "still a pipe"; exit $code';
    // HOME here: a bash that reads ~/.bashrc finds none.
    const run = spawnSync('bash', ['-c', script], { cwd: folder, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', HOME: folder, NODE: process.execPath, CLI: join(REPO_ROOT, 'bin', 'capcheck.js') }, timeout: 15_000 });
    expect(run.stdout).toBe('still a pipe\n');
    expect(run.status).toBe(1);
    expect(JSON.parse(readFileSync(join(folder, 'got.json'), 'utf8'))).toHaveProperty('files');
  });
});

describe('a reader that stops early', () => {
  it('ends the run quietly with the exit code the findings call for', async () => {
    const folder = scratch();
    // Enough findings that the report outgrows the pipe's buffer, so the closed pipe is hit mid-write.
    writeFileSync(join(folder, 'long.txt'), ARTICLE.repeat(3000));
    const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'capcheck.js'), 'long.txt', '--date', '2025-02-10', '--format', 'unix'], {
      cwd: folder,
      env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Like `head -1`: read the first chunk, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(exitCode).toBe(1);
  }, 60_000);
});
