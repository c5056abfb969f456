import { describe, expect, it } from 'vitest';
import { compilePeriod, compileRecordFiles, type RecordFileInput } from '../../src/data/compile-records.js';

const source = { url: 'https://example.com/q4', title: 'Q4 results', publisher: 'Example', date: '2025-01-29', quote: 'capex of $60-65 billion in 2025', class: 'primary' };

function written(id: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, metric: 'capex', type: 'guidance', description: 'capex guidance', period: '2025', value: { range: [60, 65] }, unit: 'USD billion', announced: '2025-01-29', sources: [source], confidence: 'high', ...fields };
}

function file(records: Record<string, unknown>[], label = 'meta.json', origin: RecordFileInput['origin'] = 'bundled'): RecordFileInput {
  return { label, json: { company: 'META', records }, origin };
}

function errorsOf(files: RecordFileInput[]): readonly string[] {
  const result = compileRecordFiles(files);
  return result.ok ? [] : result.errors;
}

describe('compiling record files', () => {
  it('turns written values into base units and links the chain both ways', () => {
    const result = compileRecordFiles([file([written('META-CAPEX-2025-G1'), written('META-CAPEX-2025-G2', { value: { point: 72.22 }, announced: '2025-04-30', supersedes: 'META-CAPEX-2025-G1', sources: [{ ...source, quote: 'raised to $72.22 billion' }] })])]);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const [first, second] = result.records;
    expect(first).toMatchObject({ id: 'META-CAPEX-2025-G1', entity: 'META', value: { kind: 'range', low: 60e9, high: 65e9 }, supersededBy: 'META-CAPEX-2025-G2', supersededOn: '2025-04-30' });
    expect(second).toMatchObject({ value: { kind: 'point', value: 72_220_000_000 }, supersedes: 'META-CAPEX-2025-G1', supersededBy: null, origin: { kind: 'bundled', file: 'meta.json' } });
  });

  it('lets a count as of a later moment replace one as of an earlier moment', () => {
    const users = (id: string, period: string, count: number, announced: string, supersedes: string | null): Record<string, unknown> =>
      written(id, { metric: 'users', type: 'actual', period, value: { atLeast: count }, unit: 'users million', announced, supersedes, sources: [{ ...source, quote: `over ${count} million monthly users` }] });
    const result = compileRecordFiles([file([users('META-USERS-1', 'as of 2024-12', 600, '2024-12-05', null), users('META-USERS-2', 'as of 2025-01-29', 700, '2025-01-29', 'META-USERS-1')])]);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.records[0]).toMatchObject({ supersededBy: 'META-USERS-2', supersededOn: '2025-01-29' });
  });

  it('lets a user file replace a bundled record with the same id', () => {
    const result = compileRecordFiles([file([written('META-CAPEX-2025-G1')]), file([written('META-CAPEX-2025-G1', { value: { range: [61, 65] }, sources: [{ ...source, quote: 'between $61 and $65 billion' }] })], 'mine.json', 'user')]);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.records).toHaveLength(1);
    expect(result.records[0]).toMatchObject({ value: { kind: 'range', low: 61e9 }, origin: { kind: 'user', file: 'mine.json' } });
  });

  it.each([
    ['a schema error, with its path', [written('META-CAPEX-2025-G1', { unit: 'EUR billion' })], /^meta\.json: records\.0\.unit: /],
    ['a quote without the figure', [written('META-CAPEX-2025-G1', { sources: [{ ...source, quote: 'capex will rise a lot in 2025' }] })], /records\.0\.sources\.0\.quote: does not contain 60 and 65/],
    ['a chain to nowhere', [written('META-CAPEX-2025-G2', { supersedes: 'META-CAPEX-2025-G0' })], /records\.0\.supersedes: no record "META-CAPEX-2025-G0"/],
    ['a chain back in time', [written('META-CAPEX-2025-G1', { announced: '2025-05-01' }), written('META-CAPEX-2025-G2', { supersedes: 'META-CAPEX-2025-G1' })], /was announced after it/],
    ['a count replaced by one of an earlier moment', [written('META-USERS-1', { metric: 'users', type: 'actual', period: 'as of 2025-02-01', value: { atLeast: 700 }, unit: 'users million', sources: [{ ...source, quote: 'over 700 million' }] }), written('META-USERS-2', { metric: 'users', type: 'actual', period: 'as of 2025-01-01', value: { atLeast: 600 }, unit: 'users million', announced: '2025-02-02', supersedes: 'META-USERS-1', sources: [{ ...source, quote: 'over 600 million' }] })], /is about another period/],
    ['a chain across periods', [written('META-CAPEX-2024-G1', { period: '2024' }), written('META-CAPEX-2025-G2', { supersedes: 'META-CAPEX-2024-G1' })], /is about another period/],
    ['a forked chain', [written('META-CAPEX-2025-G1'), written('META-CAPEX-2025-G2', { supersedes: 'META-CAPEX-2025-G1' }), written('META-CAPEX-2025-G3', { supersedes: 'META-CAPEX-2025-G1' })], /already replaced by "META-CAPEX-2025-G2"; a chain does not fork/],
    ['two steps in force at once (a gap in the chain)', [written('META-CAPEX-2025-G1'), written('META-CAPEX-2025-G2')], /META-CAPEX-2025-G1, META-CAPEX-2025-G2 are all in force/],
    ['an id twice in one file', [written('META-CAPEX-2025-G1'), written('META-CAPEX-2025-G1')], /appears twice in the file/],
    ['a capex basis on another metric', [written('META-REV-2025', { metric: 'revenue', basis: 'net-cash-capex' })], /records\.0\.basis: basis is for capex records only/],
  ])('reports %s', (_label, records, expected) => {
    const errors = errorsOf([file(records)]);
    expect(errors.some((error) => expected.test(error)), errors.join('\n')).toBe(true);
  });

  it('accepts a quote that lacks the figure when it says why', () => {
    expect(errorsOf([file([written('META-CAPEX-2025-G1', { sources: [{ ...source, quote: 'capex will rise a lot in 2025', quoteLacksFigure: 'derived from the quarterly run rate' }] })])])).toEqual([]);
  });
});

describe('periods as written', () => {
  it.each([
    ['2025', 'META', { start: '2025-01-01', end: '2025-12-31', granularity: 'year' }],
    ['FY2026', 'MSFT', { start: '2025-07-01', end: '2026-06-30', granularity: 'year' }],
    ['FY2026', 'ORCL', { start: '2025-06-01', end: '2026-05-31', granularity: 'year' }],
    ['Q1 FY2026', 'MSFT', { start: '2025-07-01', end: '2025-09-30', granularity: 'quarter' }],
    ['Q4 FY2026', 'MSFT', { start: '2026-04-01', end: '2026-06-30', granularity: 'quarter' }],
    ['Q2 FY2026', 'ORCL', { start: '2025-09-01', end: '2025-11-30', granularity: 'quarter' }],
    ['Q1 2026', 'META', { start: '2026-01-01', end: '2026-03-31', granularity: 'quarter' }],
    ['2025–2029', 'AAPL', { start: '2025-01-01', end: '2029-12-31', granularity: 'span' }],
    ['as of 2024-12', 'META', { start: '2024-12-01', end: '2024-12-31', granularity: 'moment' }],
    ['as of 2025-10-29', 'GOOGL', { start: '2025-10-29', end: '2025-10-29', granularity: 'moment' }],
  ] as const)('%s for %s', (period, entity, expected) => {
    expect(compilePeriod(period, entity)).toEqual({ label: period, ...expected });
  });
});
