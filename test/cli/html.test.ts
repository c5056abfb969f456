import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';

const ARTICLE = 'fixtures/written-precision/input.txt';

describe('capcheck --format html', () => {
  it('writes one page with every finding, the bundled records drawn as timelines, and the exit code of the findings', () => {
    const output = join(mkdtempSync(join(tmpdir(), 'capcheck-html-')), 'report.html');
    const run = runCli([ARTICLE, '--format', 'html', '-o', output, '--date', '2025-02-10']);
    expect(run).toMatchObject({ exitCode: 1, stdout: '', stderr: '' });
    const html = readFileSync(output, 'utf8');
    expect(html.match(/<li class="finding /gu)).toHaveLength(8);
    expect(html).toContain('<a class="badge" href="#f-1-3" aria-label="Finding 3: overstated, up to $72 billion">✖ overstated</a>');
    // Meta 2024 and 2025, Alphabet 2025: each with every record of its chain, whenever announced.
    expect(html.match(/<figure class="timeline"/gu)).toHaveLength(3);
    expect(html).toContain('Timeline of Meta&#39;s capex, 2025: 6 records announced from 24 Jan 2025 to 28 Jan 2026');
  });

  it('prints the page on stdout without -o, the same bytes on every run', () => {
    const first = runCli([ARTICLE, '--format', 'html', '--date', '2025-02-10']);
    const second = runCli([ARTICLE, '--format', 'html', '--date', '2025-02-10']);
    expect(first.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(first.stdout).toBe(second.stdout);
  });

  it('gives each of several files a section', () => {
    const run = runCli([ARTICLE, 'fixtures/overstated/input.txt', '--format', 'html', '--date', '2025-02-10']);
    expect(run.stdout.match(/<section class="file" id="file-\d"/gu)).toHaveLength(2);
    expect(run.stdout).toContain('<a href="#file-2">fixtures/overstated/input.txt</a>');
  });
});
