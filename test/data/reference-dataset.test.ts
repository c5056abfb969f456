import { describe, expect, it } from 'vitest';
import { compileBundledDataset, loadReferenceDataset } from '../../src/data/load-reference.js';
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

  it('links each chain both ways, in date order, for one company, metric, scope and period', () => {
    for (const current of dataset.records) {
      if (current.supersededBy === null) continue;
      const successor = record(current.supersededBy);
      expect(successor.supersedes, current.id).toBe(current.id);
      expect(successor.entity, current.id).toBe(current.entity);
      expect(successor.metric, current.id).toBe(current.metric);
      expect(successor.period, current.id).toEqual(current.period);
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
});
