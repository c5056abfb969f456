import type { ReferenceRecord } from '../data/reference-schema.js';
import type { Attribution, Figure, Finding, IsoDate, UncheckedFigure } from '../types.js';
import type { CurrencyConverter } from './currency-converter.js';
import type { GdpTable } from '../data/gdp.js';
import { checkGdpComparison } from './check-gdp-comparison.js';
import { checkGrowth } from './check-growth.js';
import { checkTotal } from './check-total.js';
import { describeUnchecked } from './describe-unchecked.js';
import { findContradictions } from './find-contradictions.js';
import { reconcileClaim } from './reconcile-claim.js';
import { RULES } from './rules.js';
import { spanOf } from './span-of.js';
import { supersedeByActuals } from './supersede-by-actuals.js';

/** The official data claims are judged against. */
export interface ReferenceData {
  readonly records: readonly ReferenceRecord[];
  /** The newest announcement date in the records: named when an article is dated well after a company's newest record. */
  readonly dataThrough: string;
  readonly fx: CurrencyConverter;
  readonly gdp: GdpTable;
}

/**
 * Judges every claim of one article against the reference data as of its date, and against the
 * article itself; every figure not checked is reported too, with why.
 */
export function reconcileClaims(attribution: Attribution, reference: ReferenceData, date: IsoDate): Finding[] {
  const records = supersedeByActuals(reference.records.filter(isCompanyWideYearOrSpan));
  const context = { ...reference, records, date, mentionedEntities: attribution.mentionedEntities };
  const judged = attribution.claims.map((claim) => reconcileClaim(claim, context));
  const supported = new Set<Figure>(judged.flatMap((finding) => (finding.verdict === 'supported' && finding.claim !== null ? [finding.claim.figure] : [])));
  const refuted = new Set<Figure>(judged.flatMap((finding) => (finding.severity === 'error' && finding.claim !== null ? [finding.claim.figure] : [])));
  const compared = findContradictions({ claims: attribution.claims, restatements: attribution.restatements, date, fx: reference.fx, supported, refuted });
  const gdpContext = { gdp: reference.gdp, fx: reference.fx, date };
  const gdpFindings = attribution.gdpComparisons.flatMap((comparison) => checkGdpComparison(comparison, gdpContext));
  const growthFindings = attribution.growthClaims.map((growth) => checkGrowth(growth, records, date));
  const totalFindings = attribution.totals.map((total) => checkTotal(total, records, date));
  return [...judged, ...compared, ...gdpFindings, ...growthFindings, ...totalFindings, ...attribution.unchecked.map(notCheckedFinding)];
}

/**
 * Records that annual, company-wide claims are judged against: a quarter's, a segment's or a
 * project's figure is another measure (claims about those are matched to them on their own).
 */
function isCompanyWideYearOrSpan(record: ReferenceRecord): boolean {
  return record.scope.kind === 'company' && record.period?.granularity !== 'quarter';
}

function notCheckedFinding(unchecked: UncheckedFigure): Finding {
  return {
    ruleId: 'not-checked',
    verdict: 'not-checked',
    severity: RULES['not-checked'].severity,
    span: spanOf(unchecked.figure),
    claim: null,
    reference: null,
    message: describeUnchecked(unchecked),
    related: [],
    reason: unchecked.reason,
  };
}
