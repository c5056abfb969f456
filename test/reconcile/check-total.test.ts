/**
 * Totals over several companies against the sum of the bundled records, as of the article's date:
 * the verdict, whether it can be an error (named sets) or only information (assumed sets), and the
 * breakdown in the message.
 */
import { describe, expect, it } from 'vitest';
import { loadReferenceDataset } from '../../src/data/load-reference.js';
import { extractFigures } from '../../src/extract/extract-figures.js';
import { checkTotal } from '../../src/reconcile/check-total.js';
import { supersedeByActuals } from '../../src/reconcile/supersede-by-actuals.js';
import type { EntityId, TotalClaim } from '../../src/types.js';

const loaded = loadReferenceDataset();
if (!loaded.ok) throw new Error(loaded.error);
// As reconcileClaims passes them: company-wide records of years and spans (a quarter's or a project's are matched on their own).
const records = supersedeByActuals(loaded.dataset.records.filter((record) => record.scope.kind === 'company' && record.period?.granularity !== 'quarter'));
const quarterly = supersedeByActuals(loaded.dataset.records.filter((record) => record.scope.kind === 'company' && record.period?.granularity === 'quarter' && record.metric === 'capex'));

function total(written: string, companies: readonly EntityId[], year: number, set: TotalClaim['set'] = 'named'): TotalClaim {
  const [figure] = extractFigures(written);
  if (figure === undefined) throw new Error(`no figure in ${written}`);
  const cue = { text: 'they', start: 0, end: 0 };
  return { figure, companies, set, untracked: [], periods: [{ kind: 'calendar-year', year }], periodSource: 'stated', cues: { companies: cue, metric: cue, period: null } };
}

const FOUR: readonly EntityId[] = ['MSFT', 'GOOGL', 'AMZN', 'META'];

describe('a total against the sum of the companies’ figures in force', () => {
  it.each<[string, readonly EntityId[], number, string, string, string]>([
    ['$375 billion', FOUR, 2025, '2025-11-01', 'supported', 'info'],
    ['more than $400 billion', FOUR, 2025, '2025-11-01', 'overstated', 'error'],
    ['$300 billion', FOUR, 2025, '2025-11-01', 'understated', 'error'],
    ['$290–320 billion', ['GOOGL', 'META'], 2026, '2026-02-10', 'supported', 'info'],
    ['$700 billion', FOUR, 2026, '2026-05-01', 'supported', 'info'],
    ['$650 billion', FOUR, 2026, '2026-02-08', 'unverifiable', 'warning'],
    // Microsoft's 2026 unknown, yet the known parts and its reported quarters already exceed it.
    ['$400 billion', FOUR, 2026, '2026-02-08', 'understated', 'error'],
    ['$61 billion', FOUR, 2026, '2026-02-08', 'scale-slip', 'error'],
    ['$38 billion', FOUR, 2025, '2026-02-08', 'scale-slip', 'error'],
  ])('%s for %j in %i, as of %s → %s (%s)', (written, companies, year, date, verdict, severity) => {
    const finding = checkTotal(total(written, companies, year), records, quarterly, date);
    expect([finding.verdict, finding.severity]).toEqual([verdict, severity]);
    expect(finding.ruleId).toBe('total');
  });

  it('names each company’s figure in the sum, and the fiscal year standing in for Microsoft’s', () => {
    const finding = checkTotal(total('$375 billion', FOUR, 2025), records, quarterly, '2025-11-01');
    expect(finding.message).toContain('Microsoft $88.2 billion (FY2025)');
    expect(finding.message).toContain('Alphabet $91–93 billion');
    expect(finding.message).toMatch(/= \$3\d\d(\.\d+)?–3\d\d(\.\d+)? billion/);
  });

  it('says which company has no figure yet, and leaves the total unverifiable', () => {
    expect(checkTotal(total('$650 billion', FOUR, 2026), records, quarterly, '2026-02-08').message).toContain('no official 2026 capex for Microsoft');
  });

  it('sums a span of years, and is sure of understated only below one year’s floor', () => {
    const span = (written: string): TotalClaim => ({ ...total(written, ['GOOGL', 'META', 'AMZN'], 2025), periods: [{ kind: 'calendar-year', year: 2025 }, { kind: 'calendar-year', year: 2026 }] });
    expect([checkTotal(span('$150 billion'), records, quarterly, '2025-11-05').verdict, checkTotal(span('$150 billion'), records, quarterly, '2025-11-05').severity]).toEqual(['understated', 'error']);
    const between = checkTotal(span('$600 billion'), records, quarterly, '2026-02-10');
    expect([between.verdict, between.severity]).toEqual(['understated', 'warning']);
  });

  it('makes an assumed set ("Big Tech") information only, and says what it assumed', () => {
    const finding = checkTotal(total('$300 billion', FOUR, 2025, 'assumed'), records, quarterly, '2025-11-01');
    expect([finding.verdict, finding.severity]).toEqual(['understated', 'info']);
    expect(finding.message).toContain('read as Microsoft, Alphabet, Amazon and Meta');
  });
});
