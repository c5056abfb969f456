import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';

/** Control and bidi characters that must never reach a terminal or a CI log raw (line feeds are checked apart). */
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const OSC = '\u001b]0;pwned\u0007';
const CLEAR = '\u001b[2J';

const folder = mkdtempSync(join(tmpdir(), 'capcheck-hostile-'));
// Figures with a backspace, a carriage return, an RLO and a BEL inside or beside them.
writeFileSync(join(folder, 'figures.txt'), `Date: 2025-02-10\n\nMeta will spend $60\b\b\b$70 billion on capex in 2025.\nMeta will spend $65\r billion on capex in 2025.\nMeta will spend \u202e$75 billion on capex in 2025.\nMeta will spend $80\u0007 billion on capex in 2025.\n`);
// Escape sequences in a disable comment's rule names and reason.
writeFileSync(join(folder, 'directive.md'), `---\ndate: 2025-02-10\n---\n\n<!-- capcheck-disable-next-line overstated -- ${OSC} reviewed ${CLEAR} -->\nMeta will spend $70 billion on capex in 2025.\n\n<!-- capcheck-disable-next-line overstatd ${OSC}\u202e -->\nMeta will spend $75 billion on capex in 2025.\n`);
// A title change inside a script that stands between a figure's parts, one in an attribute, and control characters in the page's title and author.
writeFileSync(join(folder, 'page.html'), `<!doctype html><html><head><title>Title ${OSC}\u202e</title><meta name="author" content="Author ${CLEAR}\u0085"><meta property="article:published_time" content="2025-02-10"></head><body><p>Meta will spend <b title="${OSC}">$60</b><script>document.title = "${OSC}${CLEAR}";</script> billion on capex in 2025, or $70<!-- ${OSC} --> billion.</p></body></html>`);
// A file name with a newline, a workflow command and a screen clear in it.
const HOSTILE_NAME = `name\n::error file=x::boom${CLEAR}.txt`;
writeFileSync(join(folder, HOSTILE_NAME), 'Date: 2025-02-10\n\nMeta will spend $70 billion on capex in 2025.\n');
// A file name that is a workflow command by itself.
writeFileSync(join(folder, '::error::named.txt'), 'Date: 2025-02-10\n\nMeta will spend $70 billion on capex in 2025.\n');

const FILES = ['figures.txt', 'directive.md', 'page.html', HOSTILE_NAME, '::error::named.txt'];

function run(format: string, ...extra: string[]) {
  return runCli(['--report-unused-disable-directives', '--format', format, ...extra, '--', ...FILES], { cwd: folder, env: { COLUMNS: '100' } });
}

describe('hostile article text and file names never reach the output raw', () => {
  it.each(['human', 'unix', 'github', 'json', 'sarif', 'rdjson', 'claimreview'])('%s: no raw control or bidi character', (format) => {
    const output = run(format);
    expect(output.exitCode).toBe(1);
    expect(output.stderr).toBe('');
    expect(output.stdout).not.toMatch(RAW);
  });

  it.each(['human', 'unix'])('%s: no line a CI runner would read as a workflow command', (format) => {
    const { stdout } = run(format);
    expect(stdout).not.toMatch(/^\s*(::|##\[)/m);
    expect(stdout).toContain('name\\x0a::error file=x::boom\\x1b[2J.txt');
    expect(stdout).toContain('./::error::named.txt');
  });

  it('human: colour codes are capcheck’s own, the article’s are shown', () => {
    const { stdout } = run('human', '--color');
    expect(stdout.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(RAW);
    expect(stdout).toContain('\\x1b]0;pwned\\x07');
  });

  it('unix: each finding one line, control characters shown as escapes', () => {
    const { stdout } = run('unix');
    const lines = stdout.trimEnd().split('\n');
    expect(lines.filter((line) => !/:\d+:\d+: (?:error|warning|info) .* \[[a-z-]+\]$/.test(line))).toEqual([]);
    expect(stdout).toContain('"$65\\x0d billion"');
    expect(stdout).toContain('Unknown rule "\\x1b]0;pwned\\x07\\u{202E}"');
    expect(stdout).toMatch(/^name\\x0a::error file=x::boom\\x1b\[2J\.txt:3:17: error "\$70 billion"/m);
  });

  it('github: one workflow command per line, the file name escaped inside its property', () => {
    const { stdout } = run('github');
    const lines = stdout.trimEnd().split('\n');
    expect(lines.every((line) => /^::(?:error|warning|notice) /.test(line))).toBe(true);
    expect(stdout).toContain('file=name\\x0a%3A%3Aerror file=x%3A%3Aboom\\x1b[2J.txt,line=3');
    expect(stdout).toContain('file=%3A%3Aerror%3A%3Anamed.txt,line=3');
  });

  it('html: a figure’s text is never what a script or comment between its parts holds', () => {
    const json = JSON.parse(run('json').stdout) as { files: { path: string; findings: { text: string }[] }[] };
    const texts = json.files.find((file) => file.path === 'page.html')?.findings.map((finding) => finding.text) ?? [];
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).not.toMatch(/pwned|script|<|\u001b/);
  });

  it('claimreview: the page’s title and author keep their characters, written as JSON escapes', () => {
    const { stdout } = run('claimreview');
    expect(stdout).toContain('Title \\u001b]0;pwned\\u0007\\u202e');
    const reviews = JSON.parse(stdout) as { itemReviewed: { appearance: { headline?: string } } }[];
    expect(reviews.map((review) => review.itemReviewed.appearance.headline)).toContain(`Title ${OSC}\u202e`);
  });

  it('stderr: a file that cannot be read is named in one line, its control characters shown', () => {
    const missing = `gone${OSC}\n::error::x.md`;
    const output = runCli(['--', missing], { cwd: folder });
    expect(output.exitCode).toBe(2);
    expect(output.stderr).not.toMatch(RAW);
    expect(output.stderr.split('\n')).toHaveLength(2);
    expect(output.stderr).toContain('gone\\x1b]0;pwned\\x07\\x0a::error::x.md');
  });

  it('stdin named with control characters', () => {
    const output = runCli(['--stdin-filename', `in${CLEAR}.txt`, '--format', 'unix', '--date', '2025-02-10'], { cwd: folder, input: 'Meta will spend $70 billion on capex in 2025.\n' });
    expect(output.stdout).toMatch(/^in\\x1b\[2J\.txt:1:17: error /);
  });
});
