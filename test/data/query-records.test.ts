import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileRecordFiles } from '../../src/data/compile-records.js';
import { chainOf, computeCoverage, filterRecords, suggestIds, type RecordFilter } from '../../src/data/query-records.js';
import type { ReferenceRecord } from '../../src/data/reference-schema.js';

/** A small desk dataset on disk (test/data/query-fixture/), compiled as the bundle would be. */
const FOLDER = new URL('./query-fixture/', import.meta.url);
const compiled = compileRecordFiles(
  readdirSync(FOLDER)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ label: name, json: JSON.parse(readFileSync(new URL(name, FOLDER), 'utf8')) as unknown, origin: 'bundled' as const })),
);
if (!compiled.ok) throw new Error(compiled.errors.join('\n'));
const records: readonly ReferenceRecord[] = compiled.records;
const byId = (id: string): ReferenceRecord => {
  const found = records.find((record) => record.id === id);
  if (found === undefined) throw new Error(`no ${id} in the fixture`);
  return found;
};

describe('filtering records (data list)', () => {
  it.each<[string, RecordFilter, string[]]>([
    ['no filter: every record', {}, records.map((record) => record.id)],
    ['a company id, any case', { company: 'msft' }, ['MSFT-CAPEX-FY2026-G1', 'MSFT-CAPEX-Q1FY2026-ACT', 'MSFT-POWER-2025']],
    ["a company's name", { company: 'Meta', metric: 'revenue' }, ['META-REV-2024']],
    ['a metric', { metric: 'capex', company: 'META' }, ['META-CAPEX-2025-G1', 'META-CAPEX-2025-G2', 'META-CAPEX-2025-ACT', 'META-CAPEX-2026-G1']],
    ['a year: calendar years, fiscal years, quarters, moments and spans naming it', { period: '2025' }, ['META-CAPEX-2025-G1', 'META-CAPEX-2025-G2', 'META-CAPEX-2025-ACT', 'MSFT-POWER-2025', 'STARGATE-PLEDGE-2025']],
    ['a fiscal year by its label', { period: 'fy2026' }, ['MSFT-CAPEX-FY2026-G1']],
    ['a year that a fiscal label names', { period: '2026', metric: 'capex' }, ['META-CAPEX-2026-G1', 'MSFT-CAPEX-FY2026-G1', 'MSFT-CAPEX-Q1FY2026-ACT']],
    ['a year inside a span', { period: '2027' }, ['STARGATE-PLEDGE-2025']],
    ['filters that exclude each other', { company: 'STARGATE', metric: 'capex' }, []],
    ['an unknown company', { company: 'Acme' }, []],
  ])('%s', (_label, filter, expected) => {
    expect(filterRecords(records, filter).map((record) => record.id)).toEqual(expected);
  });
});

describe('chains (data show)', () => {
  it.each([
    ['the first step', 'META-CAPEX-2025-G1'],
    ['a middle step', 'META-CAPEX-2025-G2'],
    ['the actual that closes it', 'META-CAPEX-2025-ACT'],
  ])('gives the whole chain from %s, earliest first', (_label, id) => {
    expect(chainOf(records, byId(id)).map((record) => record.id)).toEqual(['META-CAPEX-2025-G1', 'META-CAPEX-2025-G2', 'META-CAPEX-2025-ACT']);
  });

  it('gives a record that stands alone by itself', () => {
    expect(chainOf(records, byId('META-CAPEX-2026-G1')).map((record) => record.id)).toEqual(['META-CAPEX-2026-G1']);
  });
});

describe('close ids for an unknown one', () => {
  it.each([
    ['META-CAPEX-2025-G3', ['META-CAPEX-2025-G1', 'META-CAPEX-2025-G2', 'META-CAPEX-2026-G1']],
    ['meta-capex-2025-g', ['META-CAPEX-2025-G1', 'META-CAPEX-2025-G2', 'META-CAPEX-2026-G1']],
    ['MSFT-POWER', ['MSFT-POWER-2025']],
    ['NOTHING-LIKE-IT', []],
  ])('%s → %j', (id, expected) => {
    expect(suggestIds(records, id)).toEqual(expected);
  });
});

describe('coverage', () => {
  const coverage = computeCoverage(records, '2026-01-25');

  it.each([
    ['META', 'capex', { records: 4, newestAnnouncement: '2026-01-25', latestPeriod: '2026' }],
    ['META', 'revenue', { records: 1, newestAnnouncement: '2025-01-20', latestPeriod: '2024' }],
    ['MSFT', 'capex', { records: 2, newestAnnouncement: '2025-10-25', latestPeriod: 'FY2026' }],
    ['MSFT', 'power', { records: 1, newestAnnouncement: '2025-06-15', latestPeriod: 'as of 2025-06' }],
    ['STARGATE', 'pledge', { records: 1, newestAnnouncement: '2025-02-01', latestPeriod: '2025–2029' }],
  ])('%s %s', (company, metric, expected) => {
    expect(coverage.rows.find((row) => row.company === company && row.metric === metric)).toEqual({ company, metric, ...expected });
  });

  it('has one row per company and metric, in order, and the totals', () => {
    expect(coverage.rows.map((row) => `${row.company} ${row.metric}`)).toEqual(['META capex', 'META revenue', 'MSFT capex', 'MSFT power', 'STARGATE pledge']);
    expect(coverage).toMatchObject({ dataThrough: '2026-01-25', records: 9 });
  });

  it('counts records by the class of the source they cite', () => {
    expect(coverage.sourceClasses).toEqual([
      { class: 'primary', records: 4, share: 4 / 9 },
      { class: 'reputable', records: 2, share: 2 / 9 },
      { class: 'weak', records: 3, share: 3 / 9 },
    ]);
  });

  it('is empty for no records', () => {
    expect(computeCoverage([], '')).toEqual({ dataThrough: '', records: 0, rows: [], sourceClasses: [
      { class: 'primary', records: 0, share: 0 },
      { class: 'reputable', records: 0, share: 0 },
      { class: 'weak', records: 0, share: 0 },
    ] });
  });
});
