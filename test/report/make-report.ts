/**
 * A small FileReport factory for reporter tests. Every figure sits after "€", "—", "’" and an emoji
 * on its line, so UTF-16, UTF-8 and code-point columns all differ.
 */
import type { ReferenceRecord } from '../../src/data/reference-schema.js';
import { decideOutcome, type RunOutcome } from '../../src/report/decide-outcome.js';
import { summarize } from '../../src/report/summarize.js';
import { decimalFromInteger } from '../../src/money/decimal.js';
import { NO_METADATA } from '../../src/read/article-metadata.js';
import { markStaleFindings } from '../../src/reconcile/stale-data.js';
import type { Claim, DataVersions, FileReport, Finding, FindingSpan, RelatedLocation } from '../../src/types.js';
import { referenceRecord } from '../data/reference-record.js';

export const SOURCE = [
  'Date: 2025-02-10',
  'Meta — “the €-zone’s 😀 darling” — will spend $70 billion on capex in 2025.',
  'Microsoft’s 😀 outlay: about $80 billion in fiscal 2025; Apple’s pledge is $500 billion.',
  'Later — in the same piece — Meta’s 2025 capex becomes $75 billion.',
  '',
].join('\n');

export const META_2025: ReferenceRecord = referenceRecord({
  id: 'META-CAPEX-2025-Q4CALL',
  entity: 'META',
  metric: 'capex',
  basis: 'guidance',
  description: 'Full-year 2025 capital expenditures',
  period: { label: '2025', start: '2025-01-01', end: '2025-12-31' },
  value: { kind: 'range', low: 60_000_000_000, high: 65_000_000_000 },
  measure: { kind: 'money', currency: 'USD' },
  announced: '2025-01-29',
  supersededBy: null,
  supersededOn: null,
  source: {
    url: 'https://example.com/meta/q4-2024_(results)',
    title: 'Q4 2024 earnings call | CFO outlook',
    publisher: 'example.com',
    date: '2025-01-29',
    quote: 'capital expenditures expected in the range of $60-65 billion',
  },
});

/** The data a run checked against, as run-check.ts fills it in from the loaded tables. */
export const DATA: DataVersions = {
  reference: { source: 'bundled', version: '2025-02-04', dataThrough: '2025-02-04' },
  fx: { source: 'bundled', name: 'ECB euro foreign exchange reference rates', through: '2025-02-07' },
  gdp: { source: 'bundled', name: 'World Bank, GDP (current US$), indicator NY.GDP.MKTP.CD', through: 2023 },
};

/** A company statement, high confidence (META_2025 keeps the factory's weak source and low confidence). */
export const MSFT_FY2025: ReferenceRecord = referenceRecord({
  id: 'MSFT-AIDC-FY25',
  entity: 'MSFT',
  metric: 'capex',
  basis: 'guidance',
  description: 'FY2025 AI datacenter investment',
  period: { label: 'FY2025', start: '2024-07-01', end: '2025-06-30' },
  value: { kind: 'approximate', value: 80_000_000_000 },
  measure: { kind: 'money', currency: 'USD' },
  announced: '2025-01-03',
  supersededBy: null,
  supersededOn: null,
  source: {
    url: 'https://example.com/msft/ai-datacenters',
    title: 'The Golden Opportunity for American AI',
    publisher: 'Microsoft On the Issues',
    date: '2025-01-03',
    quote: 'Microsoft is on track to invest approximately $80 billion to build out AI-enabled datacenters',
    class: 'primary',
  },
  confidence: 'high',
});

/** The span of the n-th (0-based) occurrence of `text` in `source`. */
export function spanOf(source: string, text: string, occurrence = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = source.indexOf(text, start + 1);
  if (start < 0) throw new Error(`"${text}" is not in the source`);
  return { start, end: start + text.length };
}

/** A money claim on `text` (the n-th occurrence) in `source`; its cues point at the figure itself unless given. */
export function moneyClaim(
  source: string,
  text: string,
  claim: Omit<Claim, 'figure' | 'earlier' | 'basis' | 'cues'> & Partial<Pick<Claim, 'cues'>>,
  dollars: number,
  occurrence = 0,
): Claim {
  const span = spanOf(source, text, occurrence);
  const cue = { text, ...span };
  return {
    earlier: null,
    basis: 'forecast',
    cues: { company: { ...cue, role: 'subject' }, metric: cue, period: null },
    ...claim,
    figure: { kind: 'money', currency: 'USD', text, ...span, amount: { kind: 'exact', value: decimalFromInteger(dollars) }, precision: decimalFromInteger(1_000_000_000) },
  };
}

/** A finding pointing at its claim's figure, with no related places, unless told otherwise. */
export function finding(fields: Omit<Finding, 'related' | 'span' | 'claim'> & { claim: Claim; related?: readonly RelatedLocation[]; span?: FindingSpan }): Finding {
  const { text, start, end } = fields.claim.figure;
  return { related: [], span: { text, start, end }, ...fields };
}

/** A report on `source` with the given findings, checked as of 2025-02-10. */
export function makeReport(path: string, source: string, findings: readonly Finding[]): FileReport {
  return {
    document: { path, format: 'text', source, text: source, barriers: [], statedDate: '2025-02-10', metadata: NO_METADATA },
    date: '2025-02-10',
    dateSource: 'document',
    findings,
  };
}

/** The sample article with one finding of each severity and one with a related place. */
export function sampleReport(path = 'posts/ai-capex.md'): FileReport {
  const meta = moneyClaim(SOURCE, '$70 billion', { entity: 'META', metric: 'capex', period: { kind: 'calendar-year', year: 2025 }, periodSource: 'stated' }, 70_000_000_000);
  const msft = moneyClaim(SOURCE, 'about $80 billion', { entity: 'MSFT', metric: 'capex', period: { kind: 'fiscal-year', year: 2025 }, periodSource: 'stated' }, 80_000_000_000);
  const apple = moneyClaim(SOURCE, '$500 billion', { entity: 'AAPL', metric: 'pledge', period: null, periodSource: 'default' }, 500_000_000_000);
  const later = moneyClaim(SOURCE, '$75 billion', { entity: 'META', metric: 'capex', period: { kind: 'calendar-year', year: 2025 }, periodSource: 'stated' }, 75_000_000_000);
  return makeReport(path, SOURCE, [
    finding({
      ruleId: 'overstated',
      verdict: 'overstated',
      severity: 'error',
      claim: meta,
      reference: META_2025,
      message: '"$70 billion" is $5 billion (7.7%) above the top of Meta\'s capex guidance for 2025: $60–65 billion (29 Jan 2025).',
    }),
    finding({
      ruleId: 'supported',
      verdict: 'supported',
      severity: 'info',
      claim: msft,
      reference: MSFT_FY2025,
      message: '"about $80 billion" agrees with Microsoft\'s capex guidance for FY2025: ~$80 billion (3 Jan 2025).',
    }),
    finding({
      ruleId: 'unverifiable',
      verdict: 'unverifiable',
      severity: 'warning',
      claim: apple,
      reference: null,
      message: 'No official figure for Apple\'s investment pledge had been published by the article\'s date.',
    }),
    finding({
      ruleId: 'overstated',
      verdict: 'overstated',
      severity: 'error',
      claim: later,
      reference: META_2025,
      message: '"$75 billion" is $10 billion (15.4%) above the top of Meta\'s capex guidance for 2025: $60–65 billion (29 Jan 2025).',
      related: [{ ...spanOf(SOURCE, '$70 billion'), message: 'The article first gives "$70 billion" for the same figure.' }],
    }),
  ]);
}

/** A report with no findings, on a file with a name that needs escaping everywhere. */
export function emptyReport(path = 'drafts/empty.md'): FileReport {
  return makeReport(path, 'Nothing to check here — €0.\n', []);
}

/**
 * The sample article checked as of 10 Jun 2025, more than 30 days after both records were announced:
 * its record-backed findings carry a stale note, and a file-level stale-data warning comes first.
 */
export function staleReport(path = 'posts/ai-capex.md'): FileReport {
  const sample = sampleReport(path);
  const findings = markStaleFindings(sample.findings, [META_2025, MSFT_FY2025], '2025-06-10', '2025-02-04');
  return { ...sample, date: '2025-06-10', dateSource: 'option', findings };
}

/** A passing run's outcome under the default thresholds, for reporters that are told it. */
export const PASSED: RunOutcome = { passed: true, thresholds: { failOn: 'error', maxWarnings: null } };

/** The outcome the CLI would decide for `reports` under the default thresholds. */
export function outcomeOf(reports: readonly FileReport[]): RunOutcome {
  return decideOutcome(summarize(reports), { failOn: 'error', maxWarnings: null });
}
