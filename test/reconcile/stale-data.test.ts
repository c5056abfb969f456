import { describe, expect, it } from 'vitest';
import { daysAfter, isStale, markStaleFindings, newestAnnouncement, recordSubject, STALE_AFTER_DAYS } from '../../src/reconcile/stale-data.js';
import type { Finding } from '../../src/types.js';
import { META_2025, MSFT_FY2025, sampleReport } from '../report/make-report.js';

describe('the staleness decision', () => {
  it.each([
    // article date, newest record, stale?
    ['2025-01-29', '2025-01-29', false],
    ['2025-02-28', '2025-01-29', false], // 30 days: right after a release, not stale
    ['2025-03-01', '2025-01-29', true], // 31 days
    ['2025-01-10', '2025-01-29', false], // the record is newer than the article
    ['2026-09-20', '2026-04-29', true],
    ['2025-10-30', '2025-09', false], // a month-only date counts as its last day: 30 Sep
    ['2025-11-01', '2025-09', true],
    ['2024-03-01', '2024-01-30', true], // leap year: 31 days
  ])('an article of %s against a newest record of %s: stale %s', (article, newest, stale) => {
    expect(isStale(article, newest)).toBe(stale);
  });

  it('counts whole days, month-only dates as their last day', () => {
    expect(STALE_AFTER_DAYS).toBe(30);
    expect(daysAfter('2025-01-29', '2025-02-28')).toBe(30);
    expect(daysAfter('2025-02', '2025-03-01')).toBe(1);
    expect(daysAfter('2025-03-01', '2025-02-28')).toBe(-1);
  });

  it("takes the newest announcement among a company's records of one metric", () => {
    const older = { ...META_2025, id: 'META-CAPEX-2025-OLD', announced: '2024-10-30' };
    const revenue = { ...META_2025, id: 'META-REV-2025', metric: 'revenue' as const, announced: '2025-12-01' };
    const monthOnly = { ...META_2025, id: 'META-CAPEX-2025-MONTH', announced: '2024-12' };
    expect(newestAnnouncement([older, META_2025, revenue, monthOnly, MSFT_FY2025], 'META', 'capex')).toBe('2025-01-29');
    expect(newestAnnouncement([older, META_2025, revenue], 'META', 'revenue')).toBe('2025-12-01');
    expect(newestAnnouncement([META_2025], 'AAPL', 'pledge')).toBeNull();
  });
});

describe('marking stale findings', () => {
  const findings = sampleReport().findings;

  it('names the company and metric of findings resting on records, and none of the others', () => {
    expect(findings.map(recordSubject)).toEqual([
      { entity: 'META', metric: 'capex' },
      { entity: 'MSFT', metric: 'capex' },
      { entity: 'AAPL', metric: 'pledge' }, // unverifiable: no record had been published
      { entity: 'META', metric: 'capex' },
    ]);
    const contradiction: Finding = { ...findings[0]!, ruleId: 'inconsistent', verdict: 'inconsistent', reference: null };
    expect(recordSubject(contradiction)).toBeNull();
    const againstActual: Finding = { ...findings[0]!, reference: { ...META_2025, basis: 'actual' } };
    expect(recordSubject(againstActual)).toBeNull();
  });

  it('leaves an article within 30 days of the newest records alone', () => {
    expect(markStaleFindings(findings, [META_2025, MSFT_FY2025], '2025-02-01', '2025-01-29')).toEqual(findings);
  });

  it('notes the newest record in each stale finding, and warns once for the file, first', () => {
    const marked = markStaleFindings(findings, [META_2025, MSFT_FY2025], '2025-06-10', '2025-01-29');
    expect(marked).toHaveLength(findings.length + 1);
    const [file, meta, msft, apple, later] = marked;
    expect(file).toMatchObject({ ruleId: 'stale-data', verdict: 'stale-data', severity: 'warning', span: { text: '', start: 0, end: 0 }, claim: null, reference: null });
    expect(file?.message).toBe(
      "Guidance may have changed since capcheck's data (through 29 Jan 2025): the article (10 Jun 2025) is more than 30 days after its newest records for Meta's capex (29 Jan 2025) and Microsoft's capex (3 Jan 2025).",
    );
    expect(meta?.message).toBe(`${findings[0]?.message} capcheck's newest record for Meta's capex is from 29 Jan 2025; guidance may have changed since.`);
    expect(msft?.message).toContain("capcheck's newest record for Microsoft's capex is from 3 Jan 2025; guidance may have changed since.");
    // No Apple pledge record at all: nothing to be stale against.
    expect(apple).toEqual(findings[2]);
    expect(later?.message).toContain("newest record for Meta's capex is from 29 Jan 2025");
  });

  it('uses a neutral word for metrics that are not guidance', () => {
    const pledge = { ...META_2025, id: 'AAPL-PLEDGE', entity: 'AAPL' as const, metric: 'pledge' as const, announced: '2025-02-24' };
    const marked = markStaleFindings(findings, [pledge], '2025-06-10', '2025-02-24');
    expect(marked.find((finding) => finding.ruleId === 'unverifiable')?.message).toContain(
      "capcheck's newest record for Apple's investment pledge is from 24 Feb 2025; the figure may have changed since.",
    );
    expect(marked[0]?.message).toContain("for Apple's investment pledge (24 Feb 2025).");
  });
});

describe('month-only announcements', () => {
  it('count as the last day of their month when picking the newest', () => {
    const monthOnly = { ...META_2025, id: 'META-CAPEX-2025-MONTH', announced: '2025-01' };
    expect(newestAnnouncement([META_2025, monthOnly], 'META', 'capex')).toBe('2025-01');
  });
});
