import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
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

  it('names an output folder that does not exist in one line', () => {
    const folder = scratch();
    const run = runCli(['draft.txt', '--date', '2025-02-10', '-o', join('missing', 'report.txt')], { cwd: folder });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^capcheck: missing\/report\.txt: cannot write the report: ENOENT\n$/);
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

describe('inputs of any size and encoding', () => {
  it('checks a UTF-16 file saved with its byte-order mark', () => {
    const folder = scratch();
    writeFileSync(join(folder, 'unicode.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]));
    const run = runCli(['unicode.txt', '--date', '2025-02-10', '--format', 'unix'], { cwd: folder });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('unicode.txt:1:26: error "$70 billion"');
  });

  it('refuses a file over the size limit without reading it', () => {
    const folder = scratch();
    // A sparse file: 101 MiB on paper, nothing on disk.
    writeFileSync(join(folder, 'huge.txt'), '');
    truncateSync(join(folder, 'huge.txt'), 101 * 1024 * 1024);
    const run = runCli(['huge.txt'], { cwd: folder });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe("capcheck: huge.txt: is larger than capcheck's limit of 100 MiB per input\n");
  });

  it('stops reading an endless stdin at the limit', async () => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'capcheck.js'), '-'], {
      stdio: [openSync('/dev/zero', 'r'), 'pipe', 'pipe'],
      env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' },
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe("capcheck: <stdin>: is larger than capcheck's limit of 100 MiB per input\n");
    expect(exitCode).toBe(2);
  }, 60_000);
});
