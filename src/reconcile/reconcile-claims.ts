import type { ReferenceRecord } from '../data/reference-schema.js';
import type { Attribution, Claim, Figure, Finding, IsoDate, UncheckedFigure } from '../types.js';
import type { CurrencyConverter } from './currency-converter.js';
import type { GdpTable } from '../data/gdp.js';
import { checkGdpComparison } from './check-gdp-comparison.js';
import { checkGrowth } from './check-growth.js';
import { checkTotal } from './check-total.js';
import { checkTotalGrowth } from './check-total-growth.js';
import { describeUnchecked } from './describe-unchecked.js';
import { findContradictions } from './find-contradictions.js';
import { reconcileClaim } from './reconcile-claim.js';
import { rescaleListedFigures } from './rescale-listed-figures.js';
import { RULES } from './rules.js';
import { spanOf } from './span-of.js';
import { supersedeByActuals } from './supersede-by-actuals.js';
import { companyById } from '../data/companies.js';
import { describeQuarter } from '../attribute/resolve-period.js';
import { describeReferenceValue } from '../describe/describe-value.js';

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
  const quarterly = supersedeByActuals(reference.records.filter(isCompanyWideQuarter));
  const context = { ...reference, records, date, mentionedEntities: attribution.mentionedEntities };
  const judge = (claim: Claim): Finding => judgeClaim(claim, context, quarterly, reference.records);
  const judged = rescaleListedFigures(attribution.claims, attribution.claims.map(judge), judge);
  const supported = new Set<Figure>(judged.flatMap((finding) => (finding.verdict === 'supported' && finding.claim !== null ? [finding.claim.figure] : [])));
  const refuted = new Set<Figure>(judged.flatMap((finding) => (finding.severity === 'error' && finding.claim !== null ? [finding.claim.figure] : [])));
  // A project's figure is not the company's: never set against the company's own figures.
  // A quarter read two ways is no one period: two figures "for Q1" may be two different quarters.
  const compared = findContradictions({ claims: attribution.claims.filter((claim) => claim.project === undefined && !isUnpinnedQuarter(claim)), restatements: attribution.restatements, date, fx: reference.fx, supported, refuted });
  const gdpContext = { gdp: reference.gdp, fx: reference.fx, date };
  const gdpFindings = attribution.gdpComparisons.flatMap((comparison) => checkGdpComparison(comparison, gdpContext));
  // A quarter's change is read from quarterly records, a year's from yearly ones.
  const growthFindings = attribution.growthClaims.map((growth) => checkGrowth(growth, growth.basePeriod.kind === 'quarter' ? quarterly : records, date));
  const totalFindings = [
    ...attribution.totals.map((total) => checkTotal(total, records, quarterly, date)),
    ...attribution.totalGrowth.map((growth) => checkTotalGrowth(growth, records, quarterly, date)),
  ];
  return [...judged, ...compared, ...gdpFindings, ...growthFindings, ...totalFindings, ...attribution.unchecked.map(notCheckedFinding)];
}

/**
 * Records that annual, company-wide claims are judged against: a quarter's, a segment's or a
 * project's figure is another measure (claims about those are matched to them on their own).
 */
function isCompanyWideYearOrSpan(record: ReferenceRecord): boolean {
  return record.scope.kind === 'company' && record.period?.granularity !== 'quarter';
}

/** A company's capex in one quarter: what quarterly claims are judged against, and nothing else is. */
function isCompanyWideQuarter(record: ReferenceRecord): boolean {
  return record.scope.kind === 'company' && record.period?.granularity === 'quarter' && record.metric === 'capex';
}

/**
 * A claim judged against the records of its kind only: a quarter's against that company's records for
 * the very same quarter (dates equal); a named project's against that project's records (its name, any
 * case), else not checked as a site's figure (a site's size with no project record is judged as before);
 * every other claim against the company-wide records of years and spans.
 */
function judgeClaim(claim: Claim, context: Parameters<typeof reconcileClaim>[1], quarterly: readonly ReferenceRecord[], all: readonly ReferenceRecord[]): Finding {
  const { period, project } = claim;
  if (period?.kind === 'quarter' && period.quarter !== null) {
    const { start, end } = period.quarter;
    const same = quarterly.filter((record) => record.entity === claim.entity && record.metric === claim.metric && record.period?.start === start && record.period.end === end);
    return reconcileClaim(claim, { ...context, records: same });
  }
  if (period?.kind === 'quarter' && period.readings !== undefined) {
    const readings = period.readings.map((quarter) => judgeClaim({ ...claim, period: { kind: 'quarter', label: period.label, quarter } }, context, quarterly, all));
    return judgeEitherQuarter(claim, readings);
  }
  if (project !== undefined) {
    const name = project.text.toLowerCase();
    const own = all.filter(
      (record) => record.entity === claim.entity && record.metric === claim.metric && record.scope.kind === 'project' && name.includes(record.scope.name.toLowerCase()),
    );
    if (own.length > 0) return reconcileClaim(claim, { ...context, records: supersedeByActuals(own) });
    if (claim.metric !== 'datacenter-power') {
      return notCheckedFinding({ figure: claim.figure, entity: claim.entity, reason: { kind: 'scope', scope: 'site', cue: project } });
    }
    const { project: _site, ...companyWide } = claim;
    return reconcileClaim(companyWide, context);
  }
  return reconcileClaim(claim, context);
}

function isUnpinnedQuarter(claim: Claim): boolean {
  return claim.period?.kind === 'quarter' && claim.period.quarter === null;
}

/**
 * A quarter read two ways ("Q1": fiscal or calendar) is wrong only when it is wrong under both, in the
 * same direction: then a warning naming both official figures, since the writer's quarter is unknown.
 * Any reading that agrees, or has no official figure, leaves it not checked.
 */
function judgeEitherQuarter(claim: Claim, readings: readonly Finding[]): Finding {
  const [first, ...rest] = readings;
  const direction = first?.verdict;
  const wrong = first !== undefined && (direction === 'understated' || direction === 'overstated') && rest.every((finding) => finding.verdict === direction);
  const cue = claim.cues.period;
  if (!wrong || cue === null) {
    return notCheckedFinding({ figure: claim.figure, entity: claim.entity, reason: { kind: 'quarter', cue: cue ?? { text: claim.figure.text, start: claim.figure.start, end: claim.figure.end }, why: 'unresolved' } });
  }
  // The finding of the later quarter stands for both: its record is the newer official figure.
  const latest = readings.reduce((a, b) => (quarterEnd(a) >= quarterEnd(b) ? a : b));
  const each = readings.map((finding) => `${describeReading(finding)}: ${finding.reference === null ? 'no figure' : describeReferenceValue(finding.reference)}`).join('; ');
  const side = direction === 'understated' ? 'below' : 'above';
  return {
    ...latest,
    severity: 'warning',
    message: `"${claim.figure.text}" is ${side} ${companyById(claim.entity).displayName}'s capex whichever quarter "${cue.text}" means: ${each}.`,
  };
}

function quarterEnd(finding: Finding): string {
  const period = finding.claim?.period;
  return period?.kind === 'quarter' ? (period.quarter?.end ?? '') : '';
}

function describeReading(finding: Finding): string {
  const period = finding.claim?.period;
  return period?.kind === 'quarter' && period.quarter !== null ? `${period.quarter.fiscal ? 'fiscal' : 'calendar'} ${describeQuarter(period.quarter)}` : 'another reading';
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
