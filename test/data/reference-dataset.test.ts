import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadReferenceDataset, parseReferenceDataset, REFERENCE_FILE_LABEL } from '../../src/data/load-reference.js';
import type { ReferenceDataset, ReferenceRecord } from '../../src/data/reference-schema.js';

const RECORDS_PATH = fileURLToPath(new URL('../../data/reference/records.json', import.meta.url));
const FACTS_PATH = fileURLToPath(new URL('../../../shared/reference/facts.json', import.meta.url));

function rawDataset(): Record<string, unknown> & { records: Record<string, unknown>[] } {
  return JSON.parse(readFileSync(RECORDS_PATH, 'utf8')) as Record<string, unknown> & { records: Record<string, unknown>[] };
}

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

describe('bundled reference dataset', () => {
  it('loads and validates against the schema, and caches the result', () => {
    const again = loadReferenceDataset();
    expect(again.ok).toBe(true);
    if (again.ok) expect(again.dataset).toBe(dataset);
    expect(dataset.schemaVersion).toBe(1);
    expect(dataset.records.length).toBeGreaterThan(40);
  });

  it('has unique ids', () => {
    expect(byId.size).toBe(dataset.records.length);
  });

  it('gives every record a usable source', () => {
    for (const { id, source } of dataset.records) {
      expect(new URL(source.url).protocol, id).toMatch(/^https?:$/);
      expect(source.quote.trim(), id).not.toBe('');
      expect(source.title.trim(), id).not.toBe('');
      expect(source.publisher.trim(), id).not.toBe('');
      expect(source.publisher, id).toBe(new URL(source.url).hostname.replace(/^www\./, ''));
    }
  });

  it('dates the source with the announcement, from 2023 on and not in the future', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const { id, announced, source } of dataset.records) {
      expect(source.date, id).toBe(announced);
      expect(announced >= '2023-01', id).toBe(true);
      expect(announced <= today, id).toBe(true);
    }
  });

  it('links every superseded record to an existing successor for the same entity, metric and period', () => {
    for (const current of dataset.records) {
      if (current.supersededBy === null) {
        expect(current.supersededOn, current.id).toBeNull();
        continue;
      }
      const successor = byId.get(current.supersededBy);
      expect(successor, `${current.id} -> ${current.supersededBy}`).toBeDefined();
      if (successor === undefined) continue;
      expect(successor.entity, current.id).toBe(current.entity);
      expect(successor.metric, current.id).toBe(current.metric);
      expect(successor.period, current.id).toEqual(current.period);
      expect(current.supersededOn, current.id).toBe(successor.announced);
      expect(successor.announced >= current.announced, current.id).toBe(true);
    }
  });

  it('keeps notes short', () => {
    for (const { id, note } of dataset.records) {
      if (note !== undefined) expect(note.length, id).toBeLessThanOrEqual(200);
    }
  });

  // Each chain: the capex records for one entity and period, with each record's successor.
  const chains: { entity: string; period: string; links: [string, string | null][] }[] = [
    {
      entity: 'META',
      period: '2024',
      links: [
        ['META-CAPEX-2024-G1', 'META-CAPEX-2024-G2'],
        ['META-CAPEX-2024-G2', 'META-CAPEX-2024-G3'],
        ['META-CAPEX-2024-G3', 'META-CAPEX-2024-G4'],
        ['META-CAPEX-2024-G4', 'META-CAPEX-2024-G5'],
        ['META-CAPEX-2024-G5', 'META-CAPEX-2024-ACT'],
        ['META-CAPEX-2024-ACT', null],
      ],
    },
    {
      entity: 'META',
      period: '2025',
      links: [
        ['META-CAPEX-2025-ZUCK', 'META-CAPEX-2025-Q1'],
        ['META-CAPEX-2025-Q4CALL', 'META-CAPEX-2025-Q1'],
        ['META-CAPEX-2025-Q1', 'META-CAPEX-2025-Q2'],
        ['META-CAPEX-2025-Q2', 'META-CAPEX-2025-Q3'],
        ['META-CAPEX-2025-Q3', 'META-CAPEX-2025-ACT'],
        ['META-CAPEX-2025-ACT', null],
      ],
    },
    {
      entity: 'META',
      period: '2026',
      links: [
        ['META-CAPEX-2026-G1', 'META-CAPEX-2026-G2'],
        ['META-CAPEX-2026-G2', null],
      ],
    },
    {
      entity: 'MSFT',
      period: 'FY2025',
      links: [
        ['MSFT-AIDC-FY25', null],
        ['MSFT-CAPEX-FY25-ACT', null],
      ],
    },
    { entity: 'MSFT', period: '2026', links: [['MSFT-CAPEX-CY26-G', null]] },
    {
      entity: 'GOOGL',
      period: '2025',
      links: [
        ['GOOGL-CAPEX-2025-G1', 'GOOGL-CAPEX-2025-G2'],
        ['GOOGL-CAPEX-2025-G2', 'GOOGL-CAPEX-2025-G3'],
        ['GOOGL-CAPEX-2025-G3', 'GOOGL-CAPEX-2025-ACT'],
        ['GOOGL-CAPEX-2025-ACT', null],
      ],
    },
    {
      entity: 'GOOGL',
      period: '2026',
      links: [
        ['GOOGL-CAPEX-2026-G1', 'GOOGL-CAPEX-2026-G2'],
        ['GOOGL-CAPEX-2026-G2', null],
      ],
    },
    {
      entity: 'AMZN',
      period: '2024',
      links: [
        ['AMZN-CAPEX-2024-G', 'AMZN-CAPEX-2024-ACT'],
        ['AMZN-CAPEX-2024-ACT', null],
      ],
    },
    {
      entity: 'AMZN',
      period: '2025',
      links: [
        ['AMZN-CAPEX-2025-G1', 'AMZN-CAPEX-2025-G2'],
        ['AMZN-CAPEX-2025-G2', 'AMZN-CAPEX-2025-G3'],
        ['AMZN-CAPEX-2025-G3', 'AMZN-CAPEX-2025-ACT'],
        ['AMZN-CAPEX-2025-ACT', null],
      ],
    },
    { entity: 'AMZN', period: '2026', links: [['AMZN-CAPEX-2026-G', null]] },
    {
      entity: 'ORCL',
      period: 'FY2025',
      links: [
        ['ORCL-CAPEX-FY25-G', 'ORCL-CAPEX-FY25-ACT'],
        ['ORCL-CAPEX-FY25-ACT', null],
      ],
    },
    {
      entity: 'ORCL',
      period: 'FY2026',
      links: [
        ['ORCL-CAPEX-FY26-G1', 'ORCL-CAPEX-FY26-G2'],
        ['ORCL-CAPEX-FY26-G2', 'ORCL-CAPEX-FY26-G3'],
        ['ORCL-CAPEX-FY26-G3', null],
      ],
    },
  ];

  it.each(chains)('covers the $entity $period capex chain', ({ entity, period, links }) => {
    const capex = dataset.records.filter(
      (r) => r.entity === entity && r.metric === 'capex' && r.period?.label === period,
    );
    expect(capex.map((r) => r.id).sort()).toEqual(links.map(([id]) => id).sort());
    for (const [id, successor] of links) {
      const r = record(id);
      expect(r.supersededBy, id).toBe(successor);
      expect(r.basis, id).toBe(id.endsWith('-ACT') ? 'actual' : 'guidance');
      expect(r.measure).toEqual({ kind: 'money', currency: 'USD' });
    }
  });

  it('spans fiscal years correctly', () => {
    expect(record('MSFT-CAPEX-FY25-ACT').period).toEqual({ label: 'FY2025', start: '2024-07-01', end: '2025-06-30' });
    expect(record('ORCL-CAPEX-FY26-G3').period).toEqual({ label: 'FY2026', start: '2025-06-01', end: '2026-05-31' });
    expect(record('MSFT-CAPEX-CY26-G').period).toEqual({ label: '2026', start: '2026-01-01', end: '2026-12-31' });
  });

  it('marks the Microsoft $80B as an AI-datacenter figure, not formal capex guidance', () => {
    const aidc = record('MSFT-AIDC-FY25');
    expect(aidc.value).toEqual({ kind: 'approximate', value: 80_000_000_000 });
    expect(aidc.note).toMatch(/not formal capex guidance/);
  });

  it('keeps the Stargate pledge as a pledge, not capex', () => {
    const stargate = record('STARGATE-500B');
    expect(stargate).toMatchObject({
      entity: 'STARGATE',
      metric: 'pledge',
      basis: 'statement',
      value: { kind: 'upper-bound', value: 500_000_000_000 },
      period: { label: '2025–2029', start: '2025-01-21', end: '2029-01-31' },
    });
  });

  it("covers Meta's 24 Jan 2025 figures", () => {
    const expected: [string, Partial<ReferenceRecord>][] = [
      [
        'META-CAPEX-2025-ZUCK',
        { metric: 'capex', basis: 'guidance', value: { kind: 'range', low: 60_000_000_000, high: 65_000_000_000 } },
      ],
      [
        'META-POWER-2025',
        { metric: 'power', value: { kind: 'approximate', value: 1_000_000_000 }, measure: { kind: 'quantity', unit: 'W' } },
      ],
      [
        'META-GPUS-2025',
        { metric: 'gpus', value: { kind: 'lower-bound', value: 1_300_000 }, measure: { kind: 'quantity', unit: 'GPU' } },
      ],
      [
        'META-DC-2GW',
        {
          metric: 'datacenter-power',
          period: null,
          value: { kind: 'lower-bound', value: 2_000_000_000 },
          measure: { kind: 'quantity', unit: 'W' },
        },
      ],
      [
        'META-USERS-METAAI-2025-TARGET',
        {
          metric: 'users',
          basis: 'statement',
          value: { kind: 'lower-bound', value: 1_000_000_000 },
          measure: { kind: 'quantity', unit: 'user' },
        },
      ],
    ];
    for (const [id, fields] of expected) {
      const r = record(id);
      expect(r, id).toMatchObject({ entity: 'META', announced: '2025-01-24', ...fields });
      if (id !== 'META-DC-2GW') expect(r.period?.label, id).toBe('2025');
    }
  });

  it('stores values exactly in base units', () => {
    expect(record('META-CAPEX-2025-ZUCK').value).toEqual({ kind: 'range', low: 60000000000, high: 65000000000 });
    expect(record('META-CAPEX-2024-ACT').value).toEqual({ kind: 'point', value: 39230000000 });
    expect(record('META-GPUS-2025').value).toEqual({ kind: 'lower-bound', value: 1300000 });
    expect(record('ORCL-CAPEX-FY25-ACT').value).toEqual({ kind: 'point', value: 21210000000 });
    expect(record('AMZN-CAPEX-2025-G1').value).toEqual({ kind: 'approximate', value: 105200000000 });
  });

  it('reduces announcement dates to what the fact sheet states (no remembered days)', () => {
    expect(record('ORCL-CAPEX-FY25-G').announced).toBe('2024-06');
    expect(record('ORCL-CAPEX-FY26-G2').announced).toBe('2025-09');
    expect(record('ORCL-CAPEX-FY26-G1').supersededOn).toBe('2025-09');
    expect(record('META-US-INVEST-2028').announced).toBe('2025-09');
    expect(record('META-USERS-METAAI-2024-12')).toMatchObject({
      announced: '2024-12',
      period: { label: 'as of 2024-12', start: '2024-12-01', end: '2024-12-31' },
    });
  });

  it('leaves out quarters, segments, sums and unverified rows', () => {
    for (const id of [
      'MSFT-CAPEX-Q1FY26-G',
      'MSFT-CAPEX-Q2FY26-ACT',
      'MSFT-AZURE-FY25',
      'MSFT-AIDC-FY25-US',
      'MSFT-AI-RUNRATE-2025-01',
      'META-CLUSTER-LLAMA4',
      'XAI-COLOSSUS-1M',
      'BIG4-CAPEX-2025-G',
      'META-CLUSTERS-JUL25',
      'META-CAPEX-2025-ZUCK-VERBATIM',
      'AAPL-US-600B',
    ]) {
      expect(byId.has(id), id).toBe(false);
    }
  });
});

describe('parseReferenceDataset', () => {
  const label = 'data/reference/records.json';
  type Raw = ReturnType<typeof rawDataset>;
  const at = (raw: Raw, index: number): Record<string, unknown> => {
    const found = raw.records[index];
    if (found === undefined) throw new Error(`no record ${index}`);
    return found;
  };
  const nested = (value: unknown): Record<string, unknown> => value as Record<string, unknown>;

  it('accepts the bundled file', () => {
    expect(parseReferenceDataset(rawDataset(), label).ok).toBe(true);
  });

  const broken: { name: string; path: string; breakIt: (raw: Raw) => unknown }[] = [
    {
      name: 'a range bound given as a string',
      path: 'records.3.value.low',
      breakIt: (raw) => {
        nested(at(raw, 3)['value']).low = '37000000000';
        return raw;
      },
    },
    {
      name: 'an unknown entity',
      path: 'records.0.entity',
      breakIt: (raw) => {
        at(raw, 0)['entity'] = 'TSLA';
        return raw;
      },
    },
    {
      name: 'a non-http source URL',
      path: 'records.1.source.url',
      breakIt: (raw) => {
        nested(at(raw, 1)['source']).url = 'ftp://example.com/file';
        return raw;
      },
    },
    {
      name: 'an impossible period date',
      path: 'records.2.period.start',
      breakIt: (raw) => {
        nested(at(raw, 2)['period']).start = '2024-13-01';
        return raw;
      },
    },
    {
      name: 'a fractional value',
      path: 'records.5.value.value',
      breakIt: (raw) => {
        nested(at(raw, 5)['value']).value = 39229999999.999996;
        return raw;
      },
    },
    {
      name: 'supersededBy without supersededOn',
      path: 'records.0',
      breakIt: (raw) => {
        at(raw, 0)['supersededOn'] = null;
        return raw;
      },
    },
    {
      name: 'an unknown schema version',
      path: 'schemaVersion',
      breakIt: (raw) => ({ ...raw, schemaVersion: 2 }),
    },
    {
      name: 'no records',
      path: 'records',
      breakIt: (raw) => ({ ...raw, records: [] }),
    },
    { name: 'not an object', path: '(root)', breakIt: () => null },
  ];

  it.each(broken)('rejects $name with a one-line error naming $path', ({ path, breakIt }) => {
    const result = parseReferenceDataset(breakIt(rawDataset()), label);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.startsWith(`${label}: ${path}: `), result.error).toBe(true);
    expect(result.error).not.toMatch(/\n/);
  });

  it('names the bundled file in errors by default', () => {
    expect(REFERENCE_FILE_LABEL).toBe('data/reference/records.json');
  });
});

interface FactRow {
  id: string;
  status: string;
  source_url: string;
  quote: string;
  metric: string;
}

describe.skipIf(!existsSync(FACTS_PATH))('agreement with the fact sheet (../shared/reference/facts.json)', () => {
  it('takes every record from a VERIFIED row with the same source URL and quote', () => {
    const rows = JSON.parse(readFileSync(FACTS_PATH, 'utf8')) as FactRow[];
    const rowsById = new Map(rows.map((row) => [row.id, row]));
    for (const r of dataset.records) {
      const row = rowsById.get(r.id);
      expect(row, r.id).toBeDefined();
      if (row === undefined) continue;
      expect(row.status, r.id).toBe('VERIFIED');
      expect(r.source.url, r.id).toBe(row.source_url);
      expect(r.source.quote, r.id).toBe(row.quote);
      expect(r.description, r.id).toBe(row.metric);
    }
  });
});
