/**
 * The pure parts of the throughput benchmark (bench/throughput/): the generated corpus is deterministic and
 * of the asked size, the growth maths and the budget's predictions are right, and the tables say met /
 * not met as the measurements call for. Nothing here is timed: the benchmark itself never runs in npm test.
 */
import { describe, expect, it } from 'vitest';
import { SHAPES, shapeLabel } from '../../bench/throughput/corpus-shapes.js';
import { generateArticle } from '../../bench/throughput/generate-article.js';
import { budgetSkipReason, formatSeconds, growthExponent, predictSeconds } from '../../bench/throughput/growth.js';
import { judgeTargets, PLAIN_ARTICLE, type Measurements } from '../../bench/throughput/judge-targets.js';
import { formatBytes, formatSizeTable, formatTargetTable, type Cell, type SizeRow } from '../../bench/throughput/print-throughput.js';
import { extractFigures } from '../../src/extract/extract-figures.js';

describe('generated corpus', () => {
  it.each(['txt', 'md', 'html'] as const)('a %s article is the same for the same seed, different for another, and at least the asked size', (format) => {
    const article = generateArticle(20_000, format, 7);
    expect(generateArticle(20_000, format, 7)).toBe(article);
    expect(generateArticle(20_000, format, 8)).not.toBe(article);
    expect(Buffer.byteLength(article)).toBeGreaterThanOrEqual(20_000);
    expect(Buffer.byteLength(article)).toBeLessThan(22_000);
  });

  it('an article reads like one: paragraphs, checked and unknown companies, many figures of several kinds', () => {
    const article = generateArticle(50_000, 'txt', 1);
    expect(article.split('\n\n').length).toBeGreaterThan(50);
    expect(article).toMatch(/Meta|Microsoft|Alphabet|Amazon|Oracle/);
    expect(article).toMatch(/Northwind Cloud|Larkspur Systems|Halvorsen Grid|Peregrine Compute|Ostrava Foundry|Bluefen Networks/);
    const kinds = new Set(extractFigures(article).map((figure) => (figure.kind === 'money' ? figure.currency : figure.kind === 'quantity' ? figure.unit : figure.kind)));
    expect([...kinds]).toEqual(expect.arrayContaining(['USD', 'EUR', 'percent', 'GPU', 'W']));
    // Not one sentence repeated: the corpus is varied enough to exercise the pipeline.
    const sentences = article.split(/(?<=\.) /);
    expect(new Set(sentences).size).toBeGreaterThan(sentences.length / 3);
  });

  it.each(['md', 'html'] as const)('the %s article carries markup', (format) => {
    expect(generateArticle(20_000, format, 1)).toMatch(format === 'md' ? /^# .*\n[\s\S]*\*\*\$\d+\*\*[\s\S]*\]\(https:/m : /<p>[\s\S]*<b>\$\d+<\/b>[\s\S]*<\/html>\n$/);
  });

  it.each(SHAPES.map((shape) => [shapeLabel(shape), shape] as const))('%s: deterministic, at least the asked size and at most a little over', (_, shape) => {
    for (const bytes of [1_000, 100_000]) {
      const text = shape.build(bytes);
      expect(shape.build(bytes)).toBe(text);
      expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(bytes);
      expect(Buffer.byteLength(text)).toBeLessThan(bytes * 1.1 + 1_500);
    }
  });

  it('the hostile shapes have their shape', () => {
    const shape = (name: string) => SHAPES.find((candidate) => candidate.name === name)?.build(50_000) ?? '';
    expect(shape('nested divs').match(/<div>/g)?.length).toBeGreaterThan(300);
    expect(shape('nested divs')).toMatch(/(?:<\/div>){300}/);
    expect(shape('backtick run, no final newline')).toMatch(/`{40000}$/);
    expect(shape('all figures in one sentence').split('. ').length).toBe(1);
    expect(shape('unclosed capcheck-disable comments')).not.toMatch(/capcheck-enable/);
    expect(shape('unclosed capcheck-disable comments')).toMatch(/<!-- capcheck-disable\n$/);
    expect(shape('runs of HTML entities')).toMatch(/(?:&nbsp;&amp;&#8212;&hellip;){5}/);
    expect(shape('many URLs').match(/https:\/\//g)?.length).toBeGreaterThan(300);
    expect(extractFigures(shape('one figure per sentence')).length).toBeGreaterThan(1_000);
  });
});

describe('growth and the time budget', () => {
  it.each([
    [{ bytes: 1e6, seconds: 1 }, { bytes: 1e8, seconds: 100 }, 1],
    [{ bytes: 1e6, seconds: 1 }, { bytes: 1e8, seconds: 10_000 }, 2],
    [{ bytes: 1e6, seconds: 2 }, { bytes: 1e7, seconds: 2 }, 0],
    [{ bytes: 512e3, seconds: 23 }, { bytes: 1024e3, seconds: 92 }, 2],
  ])('from %o to %o the exponent is %d', (smaller, larger, exponent) => {
    expect(growthExponent(smaller, larger)).toBeCloseTo(exponent, 10);
  });

  it.each([
    [[], 1e6, null],
    // One size is start-up only: no prediction, the next size runs.
    [[{ bytes: 1e3, seconds: 13.7 }], 1e4, null],
    [[{ bytes: 1e4, seconds: 1 }, { bytes: 1e5, seconds: 2 }], 1e6, 20],
    // Faster than linear is predicted linear: a start-up cost shrinks in share, it never makes time fall.
    [[{ bytes: 1e4, seconds: 1 }, { bytes: 1e5, seconds: 1.1 }], 1e6, 11],
    [[{ bytes: 1e5, seconds: 1 }, { bytes: 1e6, seconds: 100 }], 1e7, 10_000],
    // Start-up (the 1 KB time) hides a quadratic stage at small sizes: the rest is predicted to grow as it does.
    [[{ bytes: 1e3, seconds: 5 }, { bytes: 1e4, seconds: 6 }, { bytes: 1e5, seconds: 105 }], 1e6, 5 + 100 * 100],
    [[{ bytes: 1e3, seconds: 5 }, { bytes: 1e4, seconds: 6 }, { bytes: 1e5, seconds: 10 }], 1e6, 5 + 5 * 10],
    // A variable part under a fifth of start-up at the size before is noise: the rest is taken as linear.
    [[{ bytes: 1e3, seconds: 5 }, { bytes: 1e4, seconds: 5.5 }, { bytes: 1e5, seconds: 55 }], 1e6, 5 + 50 * 10],
    // Noise (a larger size faster than a smaller) falls back to the raw times, never less than linear.
    [[{ bytes: 1e3, seconds: 5 }, { bytes: 1e4, seconds: 3.5 }, { bytes: 1e5, seconds: 5.4 }], 1e6, 54],
  ])('after %o, %d bytes are predicted to take %s s', (measured, bytes, seconds) => {
    const predicted = predictSeconds(measured, bytes);
    if (seconds === null) expect(predicted).toBeNull();
    else expect(predicted).toBeCloseTo(seconds, 6);
  });

  it('skips a size predicted past the budget, and says why', () => {
    expect(budgetSkipReason([{ bytes: 1e5, seconds: 1 }, { bytes: 1e6, seconds: 7 }], 1e7, 120)).toBeNull();
    expect(budgetSkipReason([{ bytes: 1e5, seconds: 1.3 }, { bytes: 1e6, seconds: 13 }], 1e7, 120)).toBe('skipped: previous size took 13.0 s, this one would take about 2 min (budget 120 s)');
    expect(budgetSkipReason([{ bytes: 1e3, seconds: 130 }], 1e4, 120)).toBeNull();
  });

  it.each([
    [5.04, '5.0 s'],
    [95, '95 s'],
    [780, '13 min'],
    [7560, '2.1 h'],
  ])('%d s reads %s', (seconds, text) => expect(formatSeconds(seconds)).toBe(text));
});

const measured = (bytes: number, seconds: number, scanSeconds = seconds / 10, peakRssBytes = 50e6): Cell => ({ kind: 'measured', bytes, seconds, scanSeconds, peakRssBytes });
const row = (shape: string, bytes: number, extraction: Cell, endToEnd: Cell): SizeRow => ({ shape, bytes, extraction, endToEnd });
const skipped: Cell = { kind: 'skipped', reason: 'skipped: previous size took 90.0 s, this one would take about 2.5 h (budget 120 s)' };

function measurements(rows: readonly SizeRow[], overrides: Partial<Measurements> = {}): Measurements {
  return {
    rows,
    coldStart: { capcheck: 0.15, node: 0.1, failure: null },
    files: new Map([[1, { filesPerSecond: 100 }], [2, { filesPerSecond: 180 }]]),
    jsonl: { bytes: 1e9, peakRssBytes: 150e6, seconds: 30 },
    jsonlTargetBytes: 1e9,
    ...overrides,
  };
}

describe('targets', () => {
  const fast = [row(PLAIN_ARTICLE, 1e6, measured(1e6, 0.005), measured(1e6, 0.02)), row(PLAIN_ARTICLE, 1e8, measured(1e8, 0.5), measured(1e8, 2.5, 0.2, 600e6))];

  it('all met when the measurements meet them', () => {
    const rows = judgeTargets(measurements(fast));
    expect(rows.map((target) => [target.target, target.met])).toEqual([
      ['End to end ≥ 30 MB/s on plain-text articles', true],
      ['End to end ≥ 1/20 of a one-pass regex scan', true],
      ['Extraction ≥ 100 MB/s', true],
      [`Time ∝ size^≤1.1 from 1 MB to 100 MB: ${PLAIN_ARTICLE}`, true],
      ['100 MB article in ≤ 1 GB RSS', true],
      ['--jsonl over 1 GB in ≤ 200 MB RSS', true],
      ['Cold start ≤ 2× `node -e 0`', true],
      ['Two workers ≥ 1.7× one (files/s)', true],
    ]);
  });

  it('not met, with the reason, when the run is slow, superlinear and skips its large sizes', () => {
    const slow = [row(PLAIN_ARTICLE, 1e6, measured(1e6, 8), measured(1e6, 7, 0.003, 400e6)), row(PLAIN_ARTICLE, 1e7, measured(1e7, 80), { kind: 'measured', bytes: 1e7, seconds: 780, scanSeconds: 0.03, peakRssBytes: 3e9 }), row(PLAIN_ARTICLE, 1e8, skipped, skipped)];
    const rows = judgeTargets(measurements(slow, { coldStart: { capcheck: 1, node: 0.1, failure: null }, files: new Map<number | null, { filesPerSecond: number } | string>([[1, { filesPerSecond: 60 }], [2, 'failed: exit 2: capcheck: unknown option --jobs']]), jsonl: 'failed: exit 2: unknown option --jsonl' }));
    const byTarget = new Map(rows.map((target) => [target.target, target]));
    expect(byTarget.get('End to end ≥ 30 MB/s on plain-text articles')).toMatchObject({ met: false, measured: '0.013 MB/s at 10 MB (largest size run)' });
    expect(byTarget.get(`Time ∝ size^≤1.1 from 1 MB to 100 MB: ${PLAIN_ARTICLE}`)).toMatchObject({ met: false, measured: `2.05 from 1 MB (7.0 s) to 10 MB (13 min); then ${skipped.kind === 'skipped' ? skipped.reason : ''}` });
    expect(byTarget.get('100 MB article in ≤ 1 GB RSS')?.met).toBe(false);
    expect(byTarget.get('100 MB article in ≤ 1 GB RSS')?.measured).toMatch(/^skipped: previous size took 90.0 s.*; largest measured: 3 GB RSS at 10 MB$/);
    expect(byTarget.get('--jsonl over 1 GB in ≤ 200 MB RSS')).toMatchObject({ met: false, measured: 'failed: exit 2: unknown option --jsonl' });
    expect(byTarget.get('Cold start ≤ 2× `node -e 0`')).toMatchObject({ met: false, measured: '1000 ms vs 100 ms (10.0×)' });
    expect(byTarget.get('Two workers ≥ 1.7× one (files/s)')).toMatchObject({ met: false, measured: 'failed: exit 2: capcheck: unknown option --jobs' });
  });

  it('a span cut short by the budget is not met when already above 1.1, else not measured, with the exponent of the largest sizes run', () => {
    const linearButSlow = [row('a (txt)', 1e5, measured(1e5, 10), measured(1e5, 10)), row('a (txt)', 1e6, measured(1e6, 44), measured(1e6, 44)), row('a (txt)', 1e7, skipped, skipped)];
    const quadratic = [row('b (txt)', 1e5, measured(1e5, 1), measured(1e5, 1)), row('b (txt)', 1e6, measured(1e6, 100), measured(1e6, 100)), row('b (txt)', 1e7, skipped, skipped)];
    const rows = judgeTargets(measurements([...linearButSlow, ...quadratic]));
    expect(rows.find((target) => target.target.endsWith('a (txt)'))).toMatchObject({ met: null, measured: expect.stringMatching(/^0\.64 from 100 KB \(10 s\) to 1 MB \(44 s\); then skipped: /) });
    expect(rows.find((target) => target.target.endsWith('b (txt)'))).toMatchObject({ met: false, measured: expect.stringMatching(/^2\.00 from 100 KB/) });
  });

  it('a quick run leaves the large-size targets not measured rather than met', () => {
    const quick = [row(PLAIN_ARTICLE, 1e5, measured(1e5, 0.001), measured(1e5, 0.002))];
    const rows = judgeTargets(measurements(quick, { jsonl: 'not in this run (--quick)' }));
    const byTarget = new Map(rows.map((target) => [target.target, target.met]));
    expect(byTarget.get(`Time ∝ size^≤1.1 from 1 MB to 100 MB: ${PLAIN_ARTICLE}`)).toBeNull();
    expect(byTarget.get('100 MB article in ≤ 1 GB RSS')).toBeNull();
    expect(byTarget.get('--jsonl over 1 GB in ≤ 200 MB RSS')).toBeNull();
  });
});

describe('tables', () => {
  it('one size row per measurement, with the exponent from the size before within a shape', () => {
    const table = formatSizeTable([row('a (txt)', 1e6, measured(1e6, 1), measured(1e6, 2)), row('a (txt)', 1e7, measured(1e7, 10), measured(1e7, 200)), row('b (md)', 1e6, skipped, skipped)]).split('\n');
    expect(table).toHaveLength(5);
    expect(table[3]).toBe('| a (txt) | 10 MB | 1.0 MB/s in 10.00 s (1/10 of scan) | 1.00 | 0.050 MB/s in 200.00 s (1/10 of scan, 50 MB RSS) | 2.00 |');
    expect(table[4]).toBe(`| b (md) | 1 MB | ${skipped.kind === 'skipped' ? skipped.reason : ''} |  | ${skipped.kind === 'skipped' ? skipped.reason : ''} |  |`);
  });

  it('the target table says met, not met or not measured', () => {
    expect(formatTargetTable([{ target: 't1', measured: 'm1', met: true }, { target: 't2', measured: 'm2', met: false }, { target: 't3', measured: 'm3', met: null }]).split('\n').slice(2)).toEqual(['| t1 | m1 | met |', '| t2 | m2 | not met |', '| t3 | m3 | not measured |']);
  });

  it.each([
    [999, '999 B'],
    [1_000, '1 KB'],
    [100_500, '100.5 KB'],
    [1e8, '100 MB'],
    [1e9, '1 GB'],
  ])('%d bytes read %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});
