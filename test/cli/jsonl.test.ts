import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as runCliOnce } from '../run-cli.js';

/** Each worker loads the reference data: on a busy machine a run takes a while. */
const runCli = (args: readonly string[], options: { input?: string; cwd?: string } = {}): ReturnType<typeof runCliOnce> => runCliOnce(args, { ...options, timeout: 120_000 });

const OVERSTATED = 'Meta told investors it will spend $70 billion on capex in 2025.';
const CLEAN = 'Meta set its 2025 capital expenditures at $60–65 billion.';

/** A long article: many sentences, so its line takes far longer than the short ones after it. */
const LONG = Array.from({ length: 120 }, (_, index) => `In section ${index + 1}, Meta will spend $${40 + (index % 50)} billion on capex in 2025.`).join(' ');

const line = (value: unknown): string => `${JSON.stringify(value)}\n`;

interface ResultLine {
  readonly id: string | number | null;
  readonly date?: string;
  readonly dateSource?: string;
  readonly findings?: readonly { readonly ruleId: string }[];
  readonly line?: number;
  readonly error?: string;
}

const parseLines = (stdout: string): ResultLine[] => stdout.trimEnd().split('\n').map((text) => JSON.parse(text) as ResultLine);

describe('capcheck --jsonl', { timeout: 600_000 }, () => {
  it.each(['1', '2', '3'])('writes one line per input line, in input order, with --jobs %s', (jobs) => {
    const ids = ['long', 1, 'short-a', 2, 'short-b', 'long-2', 3];
    const input = ids.map((id) => line({ id, text: typeof id === 'string' && id.startsWith('long') ? LONG : id === 2 ? CLEAN : OVERSTATED, date: '2025-03-01' })).join('');
    const run = runCli(['--jsonl', '--jobs', jobs], { input });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(1);
    const results = parseLines(run.stdout);
    expect(results.map((result) => result.id)).toEqual(ids);
    expect(results[0]?.findings?.length).toBeGreaterThan(50);
  });

  it('words findings exactly as --format json does for the same text', () => {
    const folder = mkdtempSync(join(tmpdir(), 'capcheck-jsonl-'));
    writeFileSync(join(folder, 'article.md'), `# Plans\n\n${OVERSTATED}\n`);
    const json = JSON.parse(runCli(['article.md', '--format', 'json', '--date', '2025-03-01', '--no-config'], { cwd: folder }).stdout) as { files: { findings: unknown[] }[] };
    const run = runCli(['--jsonl', '--no-config'], { input: line({ id: 'a', text: `# Plans\n\n${OVERSTATED}\n`, format: 'markdown', date: '2025-03-01' }) });
    expect(parseLines(run.stdout)).toEqual([{ id: 'a', date: '2025-03-01', dateSource: 'option', findings: json.files[0]?.findings }]);
  });

  it('takes a date from the line, else --date, else the text, else today', () => {
    const input = [line({ id: 1, text: CLEAN, date: '2025-02-10' }), line({ id: 2, text: CLEAN })].join('');
    expect(parseLines(runCli(['--jsonl', '--date', '2025-04-01'], { input }).stdout).map(({ id, date, dateSource }) => ({ id, date, dateSource }))).toEqual([
      { id: 1, date: '2025-02-10', dateSource: 'option' },
      { id: 2, date: '2025-04-01', dateSource: 'option' },
    ]);
    const stated = parseLines(runCli(['--jsonl'], { input: line({ id: 3, text: `Date: 2025-02-20\n\n${CLEAN}` }) }).stdout);
    expect(stated.map(({ date, dateSource }) => ({ date, dateSource }))).toEqual([{ date: '2025-02-20', dateSource: 'document' }]);
  });

  it.each([
    ['bad JSON', '{"id": 1, "text": ', null, 'the line is not valid JSON'],
    ['not an object', '["a", "b"]', null, 'the line is not a JSON object'],
    ['no id', '{"text": "x"}', null, '"id" must be a string or a number'],
    ['an id of the wrong type', '{"id": true, "text": "x"}', null, '"id" must be a string or a number'],
    ['no text', '{"id": "n1"}', 'n1', '"text" must be a string'],
    ['text of the wrong type', '{"id": 7, "text": 12}', 7, '"text" must be a string'],
    ['a date that is no calendar day', '{"id": 8, "text": "x", "date": "2025-02-30"}', 8, '"date" must be a calendar date in YYYY-MM-DD form'],
    ['a date in another form', '{"id": 9, "text": "x", "date": "March 2025"}', 9, '"date" must be a calendar date in YYYY-MM-DD form'],
    ['an unknown format', '{"id": 10, "text": "x", "format": "pdf"}', 10, '"format" must be "text", "markdown" or "html"'],
  ] as const)('turns a line with %s into an error line and goes on, then exits 2', (_kind, bad, id, error) => {
    const run = runCli(['--jsonl', '--jobs', '2'], { input: `${line({ id: 'before', text: CLEAN, date: '2025-03-01' })}${bad}\n${line({ id: 'after', text: CLEAN, date: '2025-03-01' })}` });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe('');
    expect(parseLines(run.stdout)).toEqual([
      { id: 'before', date: '2025-03-01', dateSource: 'option', findings: expect.any(Array) },
      { id, line: 2, error },
      { id: 'after', date: '2025-03-01', dateSource: 'option', findings: expect.any(Array) },
    ]);
  });

  it('turns a line of invalid UTF-8 into an error line', () => {
    const folder = mkdtempSync(join(tmpdir(), 'capcheck-jsonl-'));
    writeFileSync(join(folder, 'in.jsonl'), Buffer.concat([Buffer.from(line({ id: 1, text: CLEAN })), Buffer.from('{"id": 2, "text": "caf\xff"}\n', 'latin1'), Buffer.from(line({ id: 3, text: CLEAN }))]));
    const run = runCli(['--jsonl', 'in.jsonl'], { cwd: folder });
    expect(run.exitCode).toBe(2);
    expect(parseLines(run.stdout).map((result) => [result.id, result.line ?? null, result.error ?? null])).toEqual([
      [1, null, null],
      [null, 2, 'the line is not valid UTF-8 (the first bad byte is at byte 23 of the line)'],
      [3, null, null],
    ]);
  });

  it('turns a line over the per-input limit into an error line, without holding it', () => {
    const huge = `{"id": "big", "text": "${'a'.repeat(100 * 1024 * 1024)}"}\n`;
    const run = runCli(['--jsonl', '--jobs', '1'], { input: `${huge}${line({ id: 'next', text: CLEAN })}` });
    expect(run.exitCode).toBe(2);
    expect(parseLines(run.stdout).map((result) => [result.id, result.error ?? null])).toEqual([
      [null, "the line is longer than capcheck's limit of 100 MiB per input"],
      ['next', null],
    ]);
  });

  it('reads files in the order given, numbering lines per file, and skips blank lines', () => {
    const folder = mkdtempSync(join(tmpdir(), 'capcheck-jsonl-'));
    writeFileSync(join(folder, 'one.jsonl'), `${line({ id: 'one-1', text: CLEAN })}\n   \n${line({ id: 'one-2', text: OVERSTATED })}`);
    writeFileSync(join(folder, 'two.jsonl'), `not json\r\n${line({ id: 'two-2', text: CLEAN })}`);
    const run = runCli(['--jsonl', '--jobs', '2', 'one.jsonl', 'two.jsonl'], { cwd: folder });
    expect(run.exitCode).toBe(2);
    expect(parseLines(run.stdout).map((result) => result.id ?? `line ${result.line}`)).toEqual(['one-1', 'one-2', 'line 1', 'two-2']);
  });

  it.each([
    ['every article passes', [CLEAN, CLEAN], [], 0],
    ['a finding fails the run', [CLEAN, OVERSTATED], [], 1],
    ['--fail-on warning with only supported figures passes', [CLEAN], ['--fail-on', 'warning'], 0],
    ['a finding on the last line fails the run', [CLEAN, CLEAN, OVERSTATED], ['--jobs', '2'], 1],
  ] as const)('exits as the findings call for: %s', (_case, texts, flags, exitCode) => {
    const input = texts.map((text, index) => line({ id: index, text, date: '2025-03-01' })).join('');
    expect(runCli(['--jsonl', ...flags], { input }).exitCode).toBe(exitCode);
  });

  it.each([
    [['--format', 'human'], '--jsonl: writes JSON Lines; --format human cannot be combined with it (leave --format out, or use json)'],
    [['--url', 'https://example.com/a'], "--url: names one article's address; with --jsonl, state it in the article's own text"],
  ])('refuses %j: one line, exit 2', (flags, message) => {
    expect(runCli(['--jsonl', ...flags], { input: line({ id: 1, text: CLEAN }) })).toEqual({ exitCode: 2, stdout: '', stderr: `capcheck: ${message}\n` });
  });

  it('names a file it cannot read on stderr, after the lines of the others, and exits 2', () => {
    const folder = mkdtempSync(join(tmpdir(), 'capcheck-jsonl-'));
    writeFileSync(join(folder, 'one.jsonl'), line({ id: 'one', text: CLEAN }));
    const run = runCli(['--jsonl', 'missing.jsonl', 'one.jsonl'], { cwd: folder });
    expect(run).toEqual({ exitCode: 2, stdout: expect.stringMatching(/^\{"id":"one",/), stderr: 'capcheck: missing.jsonl: no such file\n' });
  });
});
