import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type CliEnvironment } from '../../src/cli/main.js';
import { runCli } from '../run-cli.js';

interface FigureOut {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: string;
  readonly low: number;
  readonly high: number;
  readonly currency?: string;
  readonly unit?: string;
  readonly qualifier: string;
}

describe('capcheck extract', () => {
  it('lists every figure with 0-based UTF-16 offsets and base-unit bounds', () => {
    const text = 'Le “plan” — €62bn; Meta: more than 1.3 million GPUs and 40-45% of revenue.';
    const run = runCli(['extract'], { input: text });
    expect(run.exitCode).toBe(0);
    const payload = JSON.parse(run.stdout) as { schemaVersion: number; files: { path: string; figures: FigureOut[] }[] };
    expect(payload.schemaVersion).toBe(1);
    expect(payload.files[0]?.path).toBe('<stdin>');
    const figures = payload.files[0]?.figures ?? [];
    for (const figure of figures) expect(text.slice(figure.start, figure.end)).toBe(figure.text);
    expect(figures.map(({ text: written, kind, low, high, currency, unit, qualifier }) => ({ written, kind, low, high, currency, unit, qualifier }))).toEqual([
      { written: '€62bn', kind: 'money', low: 62e9, high: 62e9, currency: 'EUR', unit: undefined, qualifier: 'exact' },
      { written: 'more than 1.3 million GPUs', kind: 'quantity', low: 1.3e6, high: 1.3e6, currency: undefined, unit: 'GPU', qualifier: 'lower-bound' },
      { written: '40-45%', kind: 'percent', low: 40, high: 45, currency: undefined, unit: '%', qualifier: 'range' },
    ]);
  });

  it('reads files, keeping Markdown offsets into the file itself', () => {
    const run = runCli(['extract', 'fixtures/markdown-front-matter/input.md']);
    const payload = JSON.parse(run.stdout) as { files: { figures: FigureOut[] }[] };
    expect(payload.files[0]?.figures.map((figure) => figure.text)).toEqual(['$60–65 billion']);
  });

  it('streams JSON Lines in input order, skipping blank lines', () => {
    const input = ['{"id":"a","text":"Meta: $60-65B."}', '', '{"id":2,"text":"nothing here in 2025"}', '{"id":null,"text":"about 1 GW"}'].join('\n');
    const run = runCli(['extract', '--jsonl'], { input });
    expect(run.exitCode).toBe(0);
    const lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { id: unknown; figures: FigureOut[] });
    expect(lines.map((line) => [line.id, line.figures.map((figure) => figure.text)])).toEqual([
      ['a', ['$60-65B']],
      [2, []],
      [null, ['about 1 GW']],
    ]);
  });

  it.each([
    ['not json', '<stdin>:1: expected a JSON object with a string "text"'],
    ['{"id":1}', '<stdin>:1: expected a JSON object with a string "text"'],
    ['{"id":1,"text":"ok"}\n[1,2]', '<stdin>:2: expected a JSON object with a string "text"'],
  ])('rejects a bad JSON Lines record %j with one line and exit 2', (input, message) => {
    const run = runCli(['extract', '--jsonl'], { input });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(`capcheck: ${message}\n`);
  });

  it('refuses a JSON Lines file that is not UTF-8, naming the first bad byte', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'capcheck-jsonl-')), 'latin1.jsonl');
    writeFileSync(path, Buffer.concat([Buffer.from('{"id":1,"text":"ok"}\n{"id":2,"text":"caf'), Buffer.from([0xe9]), Buffer.from(' $5"}\n')]));
    const run = runCli(['extract', '--jsonl', path]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(`capcheck: ${path}: is not valid UTF-8 text (the first bad byte is at offset 40)\n`);
  });

  it('names a missing file', () => {
    expect(runCli(['extract', 'nope.txt']).stderr).toBe('capcheck: nope.txt: no such file\n');
    expect(runCli(['extract', '--jsonl', 'nope.jsonl']).stderr).toBe('capcheck: nope.jsonl: no such file\n');
  });
});

describe('capcheck extract on Markdown, through main()', () => {
  const folder = mkdtempSync(join(tmpdir(), 'capcheck-extract-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  async function extractMarkdown(source: string): Promise<FigureOut[]> {
    const path = join(folder, 'draft.md');
    writeFileSync(path, source);
    let out = '';
    const environment: CliEnvironment = {
      stdin: Readable.from([]),
      stdout: { write: (text: string) => (out += text) },
      stderr: { write: () => true },
      env: {},
      today: () => '2025-02-10',
      cwd: () => folder,
    };
    expect(await main(['extract', path], environment)).toBe(0);
    return (JSON.parse(out) as { files: { figures: FigureOut[] }[] }).files[0]?.figures ?? [];
  }

  it.each([
    ['Meta will spend **$67** billion.', '$67** billion', '$67 billion', 67e9, 67e9],
    ['Meta will spend $67 [billion](https://x.y).', '$67 [billion', '$67 billion', 67e9, 67e9],
    ['Meta will spend $67&nbsp;billion.', '$67&nbsp;billion', '$67 billion', 67e9, 67e9],
    ['Meta will spend $<b>67</b> billion.', '$<b>67</b> billion', '$67 billion', 67e9, 67e9],
    ['Meta will spend _$60–65_ billion.', '$60–65_ billion', '$60–65 billion', 60e9, 65e9],
    ['> Meta will spend\n> **$60–65\n> billion**.', '$60–65\n> billion', '$60–65 billion', 60e9, 65e9],
  ])('%j: one figure, as the reader sees it, at its place in the source', async (source, span, written, low, high) => {
    const figures = await extractMarkdown(source);
    expect(figures).toHaveLength(1);
    const [figure] = figures;
    expect({ text: figure?.text, low: figure?.low, high: figure?.high, currency: figure?.currency }).toEqual({ text: written, low, high, currency: 'USD' });
    expect(source.slice(figure?.start, figure?.end)).toBe(span);
    expect(figure?.start).toBe(source.indexOf('$'));
  });
});
