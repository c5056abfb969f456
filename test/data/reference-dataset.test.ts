import { describe, expect, it } from 'vitest';
import { compileBundledDataset, readBundledRecordFiles } from '../../src/data/compile-bundled-dataset.js';
import { loadReferenceDataset } from '../../src/data/load-reference.js';
import { recordFileSchema } from '../../src/data/record-file-schema.js';
import type { ReferenceDataset, ReferenceRecord } from '../../src/data/reference-schema.js';
import { referenceDatasetSchema } from '../../src/data/reference-schema.js';

function loadOrThrow(): ReferenceDataset {
  const result = loadReferenceDataset();
  if (!result.ok) throw new Error(result.error);
  return result.dataset;
}

const dataset = loadOrThrow();
const byId = new Map(dataset.records.map((record) => [record.id, record]));

function record(id: string): ReferenceRecord {
  const found = byId.get(id);
  if (found === undefined) throw new Error(`no record ${id}`);
  return found;
}

describe('the bundled reference dataset', () => {
  it('compiles from data/records/ without a problem, and the build output is what they compile to', () => {
    const compiled = compileBundledDataset();
    if (!compiled.ok) throw new Error(compiled.errors.join('\n'));
    expect(dataset).toEqual(compiled.dataset);
    expect(referenceDatasetSchema.safeParse(dataset).success).toBe(true);
    expect(loadReferenceDataset()).toEqual({ ok: true, dataset });
  });

  it('dates itself by its newest announcement', () => {
    const newest = dataset.records.map((r) => r.announced).sort().at(-1);
    expect(dataset.dataThrough).toBe(newest);
    expect(dataset.version).toBe(newest);
  });

  it('gives every record a usable source, best first, and a confidence no firmer than its best source', () => {
    for (const { id, source, sources, confidence } of dataset.records) {
      expect(sources[0], id).toEqual(source);
      expect(new URL(source.url).protocol, id).toMatch(/^https?:$/);
      if (confidence === 'high') expect(source.class, id).toBe('primary');
      const rank = { primary: 0, reputable: 1, weak: 2 } as const;
      for (const other of sources) expect(rank[other.class] >= rank[source.class], id).toBe(true);
    }
  });

  it('links each chain both ways, in date order, for one company, metric, scope and period (or a later moment)', () => {
    for (const current of dataset.records) {
      if (current.supersededBy === null) continue;
      const successor = record(current.supersededBy);
      expect(successor.supersedes, current.id).toBe(current.id);
      expect(successor.entity, current.id).toBe(current.entity);
      expect(successor.metric, current.id).toBe(current.metric);
      // A count as of a moment is replaced by a count as of a later moment.
      if (current.period?.granularity === 'moment') expect(successor.period?.granularity === 'moment' && successor.period.start >= current.period.end, current.id).toBe(true);
      else expect(successor.period, current.id).toEqual(current.period);
      expect(current.supersededOn, current.id).toBe(successor.announced);
      expect(successor.announced >= current.announced, current.id).toBe(true);
    }
  });

  it('spans fiscal years in each company\'s calendar', () => {
    expect(record('MSFT-CAPEX-FY25-ACT').period).toEqual({ label: 'FY2025', start: '2024-07-01', end: '2025-06-30', granularity: 'year' });
    expect(record('ORCL-CAPEX-FY26-G3').period).toEqual({ label: 'FY2026', start: '2025-06-01', end: '2026-05-31', granularity: 'year' });
    expect(record('MSFT-CAPEX-CY26-G').period).toEqual({ label: '2026', start: '2026-01-01', end: '2026-12-31', granularity: 'year' });
  });

  it('stores values exactly in base units', () => {
    expect(record('META-CAPEX-2025-ZUCK').value).toEqual({ kind: 'range', low: 60000000000, high: 65000000000 });
    expect(record('META-CAPEX-2024-ACT').value).toEqual({ kind: 'point', value: 39230000000 });
    expect(record('META-GPUS-2025').value).toEqual({ kind: 'lower-bound', value: 1300000 });
    expect(record('ORCL-CAPEX-FY25-ACT').value).toEqual({ kind: 'point', value: 21210000000 });
    expect(record('META-REV-2025').value).toEqual({ kind: 'point', value: 200966000000 });
  });

  it('marks values no one stated as derived, and only those', () => {
    const derived = dataset.records.filter((r) => r.value.kind === 'approximate' && r.value.derived === true).map((r) => r.id);
    expect(derived.sort()).toEqual(['AMZN-CAPEX-2025-G1', 'AMZN-CAPEX-2025-G2', 'ORCL-CAPEX-FY25-G']);
    for (const id of derived) expect(record(id).sources.every((source) => source.quoteLacksFigure !== undefined), id).toBe(true);
  });

  // Spot checks of the 2026-11 audit and the facts-2026-h2 rows (data/records/SOURCE.md, "Changes since the derivation").

  it.each([
    ['ORCL FY2025, with the ~$16B step of 2025-03-10', ['ORCL-CAPEX-FY25-G', 'ORCL-CAPEX-FY25-G2', 'ORCL-CAPEX-FY25-ACT']],
    ['ORCL FY2026, closed by the ~$55.7B actual', ['ORCL-CAPEX-FY26-G1', 'ORCL-CAPEX-FY26-G2', 'ORCL-CAPEX-FY26-G3', 'ORCL-CAPEX-FY26-ACT']],
    ['Apple US pledge, raised to $600B', ['AAPL-US-500B', 'AAPL-US-600B']],
    ['Meta 2025 capex', ['META-CAPEX-2025-ZUCK', 'META-CAPEX-2025-Q4CALL', 'META-CAPEX-2025-Q1', 'META-CAPEX-2025-Q2', 'META-CAPEX-2025-Q3', 'META-CAPEX-2025-ACT']],
    ['Amazon 2025 net cash-capex guidance', ['AMZN-CAPEX-2025-G1', 'AMZN-CAPEX-2025-G2', 'AMZN-CAPEX-2025-G3']],
  ])('chain: %s', (_label, ids) => {
    expect(record(ids[0]!).supersedes).toBeNull();
    for (const [index, id] of ids.entries()) {
      expect(record(id).supersededBy, id).toBe(ids[index + 1] ?? null);
      if (index > 0) expect(record(id).supersedes, id).toBe(ids[index - 1]);
    }
  });

  it('puts the $16B Oracle step and the $600B Apple pledge where the audit found them', () => {
    expect(record('ORCL-CAPEX-FY25-G2')).toMatchObject({ announced: '2025-03-10', value: { kind: 'approximate', value: 16000000000 } });
    expect(record('ORCL-CAPEX-FY25-G')).toMatchObject({ supersededOn: '2025-03-10' });
    expect(record('AAPL-US-600B')).toMatchObject({ announced: '2025-08-06', metric: 'pledge', value: { kind: 'approximate', value: 600000000000 } });
    expect(record('AAPL-US-600B').period).toEqual(record('AAPL-US-500B').period);
  });

  it.each([
    ['META-US-INVEST-2028', '2025-09-04'],
    ['ORCL-CAPEX-FY26-G2', '2025-09-09'],
    ['ORCL-CAPEX-FY25-G', '2024-06-11'],
    ['XAI-COLOSSUS-2024', '2024-09-02'],
  ])('dates %s to the day: %s', (id, day) => {
    expect(record(id).announced).toBe(day);
  });

  it.each([
    ['STARGATE-500B', { kind: 'approximate', value: 500000000000 }],
    ['STARGATE-SEP25', { kind: 'lower-bound', value: 400000000000 }],
    ['META-USERS-METAAI-2024-10', { kind: 'lower-bound', value: 500000000 }],
    ['GOOGL-REV-2025', { kind: 'point', value: 402836000000 }],
    ['ORCL-CAPEX-FY27-G1', { kind: 'upper-bound', value: 95000000000 }],
  ])('stores %s with the value type its sources give', (id, value) => {
    expect(record(id).value).toEqual(value);
  });

  it.each([
    ['AMZN-CAPEX-2024-G', 'net-cash-capex'],
    ['AMZN-CAPEX-2025-G1', 'net-cash-capex'],
    ['AMZN-CAPEX-2025-G3', 'net-cash-capex'],
    ['AMZN-CAPEX-2026-G', 'net-cash-capex'],
    ['AMZN-CAPEX-2024-ACT', 'purchases-of-property-and-equipment'],
    ['AMZN-CAPEX-2025-ACT', 'purchases-of-property-and-equipment'],
    ['META-CAPEX-2024-G1', 'including-finance-leases'],
    ['META-CAPEX-2025-ACT', 'including-finance-leases'],
    ['META-CAPEX-2026-G2', 'including-finance-leases'],
  ])('tags %s with its capex basis (%s)', (id, basis) => {
    expect(record(id).capexBasis).toBe(basis);
  });

  it('does not let an Amazon gross actual supersede the net guidance in the files, and says why', () => {
    for (const id of ['AMZN-CAPEX-2024-ACT', 'AMZN-CAPEX-2025-ACT']) {
      expect(record(id).supersedes, id).toBeNull();
      expect(record(id).note, id).toMatch(/basis differs/u);
    }
  });

  it.each([
    ['META-CAPEX-2024-G1', 'reputable', 'datacenterdynamics.com'],
    ['GOOGL-CAPEX-2025-G1', 'reputable', 'datacenterdynamics.com'],
    ['META-CAPEX-2025-ZUCK', 'weak', 'livemint.com'],
    ['META-US-INVEST-2028', 'weak', 'business-standard.com'],
    ['ORCL-CAPEX-FY26-G2', 'weak', 'marketbeat.com'],
    ['XAI-COLOSSUS-2024', 'weak', 'aivanet.com'],
    ['AMZN-REV-2024', 'weak', 'markets.financialcontent.com'],
  ])('cites the audit\'s better source first for %s', (id, sourceClass, publisher) => {
    expect(record(id).source).toMatchObject({ class: sourceClass, publisher });
  });

  it('keeps derived or non-capex figures at low confidence, and rates high only what a primary source states', () => {
    for (const id of ['AMZN-CAPEX-2025-G1', 'AMZN-CAPEX-2025-G2', 'MSFT-AIDC-FY25', 'META-USERS-METAAI-2024-12']) expect(record(id).confidence, id).toBe('low');
    expect(record('MSFT-AIDC-FY25').metric).toBe('capex');
    expect(record('MSFT-AIDC-FY25').note).toMatch(/not capex guidance/u);
    for (const { id, confidence, source } of dataset.records) if (confidence === 'high') expect(source.class, id).toBe('primary');
  });

  it('gives a reason for every source whose quote does not state its record\'s figure', () => {
    let reasons = 0;
    for (const file of readBundledRecordFiles()) {
      for (const written of recordFileSchema.parse(file.json).records) {
        const value = written.value;
        const wanted = 'range' in value ? value.range : 'point' in value ? [value.point] : 'about' in value ? [value.about] : 'atLeast' in value ? [value.atLeast] : [value.atMost];
        for (const source of written.sources) {
          const numbers = [...source.quote.matchAll(/\d[\d,]*(?:\.\d+)?/gu)].map((match) => Number(match[0].replace(/,(?=\d{3}(?!\d))/gu, '')));
          const states = wanted.every((amount) => numbers.some((n) => [1, 1e3, 1e-3, 1e6, 1e-6].some((f) => Math.abs(n * f - amount) <= amount * 1e-9)));
          if (states) continue;
          expect(source.quoteLacksFigure?.length ?? 0, `${written.id} ${source.url}`).toBeGreaterThanOrEqual(10);
          reasons += 1;
        }
      }
    }
    expect(reasons).toBeGreaterThan(0);
  });
});
