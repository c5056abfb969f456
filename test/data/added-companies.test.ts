/**
 * The companies added on 2026-11-30 (CoreWeave, Tesla, OpenAI, Anthropic, Nvidia, SoftBank): their
 * records as the bundled dataset holds them, and the rule that a deal is a project, never a
 * company-wide figure. Reads only the repository's own data.
 */
import { describe, expect, it } from 'vitest';
import { COMPANIES, OTHER_COMPANIES, companyById } from '../../src/data/companies.js';
import { loadReferenceDataset } from '../../src/data/load-reference.js';
import type { EntityId, ReferenceRecord } from '../../src/data/reference-schema.js';
import { ENTITY_IDS } from '../../src/data/reference-schema.js';

const loaded = loadReferenceDataset();
if (!loaded.ok) throw new Error(loaded.error);
const records = loaded.dataset.records;
const ADDED: readonly EntityId[] = ['CRWV', 'TSLA', 'OPENAI', 'ANTHROPIC', 'NVDA', 'SOFTBANK'];

function record(id: string): ReferenceRecord {
  const found = records.find((each) => each.id === id);
  if (found === undefined) throw new Error(`no record ${id}`);
  return found;
}

describe('the companies added 2026-11-30', () => {
  it('are entities with a company entry, and their names are no longer untracked', () => {
    for (const id of ADDED) {
      expect(ENTITY_IDS).toContain(id);
      const company = companyById(id);
      for (const alias of company.aliases) expect(OTHER_COMPANIES, `${id} ${alias}`).not.toContain(alias);
    }
    expect(COMPANIES).toHaveLength(ENTITY_IDS.length);
    // Kept untracked: ChatGPT named in passing, Elon Musk (xAI, SpaceX, Tesla), companies whose figures are in yuan.
    for (const name of ['ChatGPT', 'Elon Musk', 'Musk', 'Alibaba', 'Tencent', 'Baidu', 'ByteDance']) expect(OTHER_COMPANIES).toContain(name);
  });

  it('keep the fiscal years the companies report in', () => {
    expect(companyById('NVDA').fiscalYearEndMonth).toBe(1);
    expect(companyById('SOFTBANK').fiscalYearEndMonth).toBe(3);
    for (const id of ['CRWV', 'TSLA', 'OPENAI', 'ANTHROPIC'] as const) expect(companyById(id).fiscalYearEndMonth).toBe(12);
  });

  it('hold 29 records, each with a source that is not primary and a confidence no firmer than medium', () => {
    const added = records.filter((each) => ADDED.includes(each.entity));
    expect(added).toHaveLength(29);
    for (const each of added) {
      expect(each.confidence, each.id).not.toBe('high');
      if (each.source.class === 'weak') expect(each.confidence, each.id).toBe('low');
    }
  });

  it.each([
    ['CRWV-CAPEX-2025-G2', { kind: 'range', low: 12e9, high: 14e9 }, 'CRWV-CAPEX-2025-G1', '2025-01-01', '2025-12-31'],
    ['CRWV-CAPEX-2026-G2', { kind: 'range', low: 31e9, high: 35e9 }, 'CRWV-CAPEX-2026-G1', '2026-01-01', '2026-12-31'],
    ['TSLA-CAPEX-2026-G2', { kind: 'lower-bound', value: 25e9 }, 'TSLA-CAPEX-2026-G1', '2026-01-01', '2026-12-31'],
    ['TSLA-CAPEX-2025-ACT', { kind: 'point', value: 8_530_000_000 }, null, '2025-01-01', '2025-12-31'],
    ['OPENAI-COMPUTE-600B', { kind: 'approximate', value: 600e9 }, 'OPENAI-COMPUTE-1400B', null, null],
    ['OPENAI-USERS-2026-02', { kind: 'lower-bound', value: 900e6 }, 'OPENAI-USERS-2025-10', '2026-02-27', '2026-02-27'],
  ])('%s holds its figure, chain and period', (id, value, supersedes, start, end) => {
    const found = record(id);
    expect(found.value).toEqual(value);
    expect(found.supersedes).toBe(supersedes);
    expect(found.period?.start ?? null).toBe(start);
    expect(found.period?.end ?? null).toBe(end);
    if (supersedes !== null) expect(record(supersedes).supersededBy).toBe(id);
  });

  it('files every deal with one partner as a project, so no company-wide claim is judged against it', () => {
    const deals = ['OPENAI-CRWV-CONTRACTS', 'OPENAI-AZURE-250B', 'OPENAI-AWS-100B', 'ANTHROPIC-AZURE-30B', 'ANTHROPIC-US-50B', 'ANTHROPIC-AWS-100B', 'ANTHROPIC-AWS-5GW',
      'NVDA-INTEL-5B', 'NVDA-OPENAI-100B', 'NVDA-ANTHROPIC-10B', 'NVDA-CRWV-2B', 'NVDA-OPENAI-30B', 'SOFTBANK-OPENAI-40B', 'SOFTBANK-OPENAI-CUMULATIVE'];
    for (const id of deals) expect(record(id).scope.kind, id).toBe('project');
    const companyWide = records.filter((each) => ['ANTHROPIC', 'NVDA', 'SOFTBANK'].includes(each.entity) && each.scope.kind === 'company');
    expect(companyWide.map((each) => each.id)).toEqual([]);
    expect(record('NVDA-OPENAI-100B').supersededBy).toBe('NVDA-OPENAI-30B');
  });

  it('records money in US dollars only: no yuan figure entered', () => {
    for (const each of records.filter((r) => ADDED.includes(r.entity))) {
      if (each.measure.kind === 'money') expect(each.measure.currency).toBe('USD');
    }
    expect(records.some((each) => /yuan|RMB/iu.test(each.source.quote) && each.measure.kind === 'money')).toBe(false);
  });
});
