import type { ReferenceRecord } from '../data/reference-schema.js';
import type { Amount, Claim, CurrencyCode, EntityId, Finding, IsoDate } from '../types.js';
import { checkRevenueShare } from './check-revenue-share.js';
import { composeMessage, type Judgement, type Outcome } from './compose-message.js';
import { convertAmount } from './convert-amount.js';
import type { CurrencyConverter } from './currency-converter.js';
import { findScaleSlip } from './find-scale-slip.js';
import { isAnnouncedBy, isInForce, isSupersededBy } from './in-force.js';
import { newestRecord } from './newest-record.js';
import { periodDates, recordCoversPeriod, recordInSameNamedYear, type DateRange } from './period-dates.js';
import { repeatsRange } from './repeats-range.js';
import { RULES } from './rules.js';
import { spanOf } from './span-of.js';
import { relateToReference } from './value-interval.js';

/** The currency of every official money figure (the reference schema admits no other). */
const OFFICIAL_CURRENCY: CurrencyCode = 'USD';

/** What a claim is judged against: the records, the article's date, the companies it names, official FX. */
export interface ReconcileContext {
  readonly records: readonly ReferenceRecord[];
  readonly date: IsoDate;
  readonly mentionedEntities: ReadonlySet<EntityId>;
  readonly fx: CurrencyConverter;
}

/** The records a claim could be judged against, by how closely they fit it. */
interface Candidates {
  /** Same metric, announced by the article date, any company or period. */
  readonly sameMetric: readonly ReferenceRecord[];
  /** Same company and period too. */
  readonly samePeriod: readonly ReferenceRecord[];
  /** Of those, the ones not superseded on the article date. */
  readonly inForce: readonly ReferenceRecord[];
  readonly claimed: DateRange | null;
}

/**
 * Judges one claim against the records in force on the article's date, in this order:
 * a figure in another currency is converted at the official rate of the day, and if that does not
 * agree but its bare number is the official figure, the currency was relabelled (currency-slip);
 * then: supported by a record in force; matching
 * a superseded record (outdated); the same company's figure for another period (period-slip)
 * or another company's (misattributed); the official digits at another magnitude (scale-slip);
 * over- or understated against the newest record in force; else unverifiable.
 */
export function reconcileClaim(claim: Claim, context: ReconcileContext): Finding {
  if (claim.metric === 'revenue-share') return checkRevenueShare(claim, context.records, context.date);
  return toFinding(claim, judge(claim, context));
}

function judge(claim: Claim, context: ReconcileContext): Judgement {
  const { figure, metric } = claim;
  const written = { amount: figure.amount, conversion: null };
  if (metric === null || metric === 'revenue-share' || metric === 'growth' || figure.kind === 'percent') {
    return { ...written, verdict: 'unverifiable', reason: 'untracked-metric', reference: null };
  }
  // A quarter's figure has no records, and is never compared with a year's (so never gathers candidates).
  if (claim.period?.kind === 'quarter') return { ...written, verdict: 'unverifiable', reason: 'quarter', reference: null };
  const candidates = gatherCandidates(claim, context);
  if (figure.kind === 'money' && figure.currency !== OFFICIAL_CURRENCY) {
    return judgeForeignCurrency(claim, figure.currency, OFFICIAL_CURRENCY, candidates, context);
  }
  return { ...written, ...decide(claim, figure.amount, candidates, context, true) };
}

/**
 * A figure in another currency than the official one. Converted at the day's official rate it
 * may agree; if not, and its bare number is the official figure, the currency was relabelled.
 */
function judgeForeignCurrency(claim: Claim, from: CurrencyCode, to: CurrencyCode, candidates: Candidates, context: ReconcileContext): Judgement {
  const converted = convertAmount(claim.figure.amount, from, to, context.date, context.fx);
  const outcome = converted === null ? null : decide(claim, converted.amount, candidates, context, false);
  if (converted !== null && outcome?.verdict === 'supported') return { ...converted, ...outcome };
  const relabelled = newestRecord(candidates.inForce.filter((record) => relateToReference(claim.figure.amount, record.value) === 'consistent'));
  if (relabelled) {
    return { amount: converted?.amount ?? claim.figure.amount, conversion: converted?.conversion ?? null, verdict: 'currency-slip', reference: relabelled };
  }
  if (converted === null || outcome === null) {
    return { amount: claim.figure.amount, conversion: null, verdict: 'unverifiable', reason: 'other-currency', reference: newestRecord(candidates.inForce) };
  }
  return { ...converted, ...outcome };
}

function decide(claim: Claim, amount: Amount, candidates: Candidates, context: ReconcileContext, asWritten: boolean): Outcome {
  const { entity, period } = claim;
  const { records, date, mentionedEntities } = context;
  const comparable = (record: ReferenceRecord): boolean => sameMeasure(claim, record);
  const supports = (record: ReferenceRecord): boolean => comparable(record) && relateToReference(amount, record.value) === 'consistent';
  const { sameMetric, samePeriod, inForce, claimed } = candidates;

  const supporting = newestRecord(inForce.filter(supports));
  if (supporting) return { verdict: 'supported', reference: supporting, supersededBy: null };

  const current = newestRecord(inForce);
  const stale = samePeriod.find((record) => isSupersededBy(record, date) && supports(record));
  // "up from $115–135 billion" states the old guidance as old: right, not outdated.
  if (stale && current && claim.earlier) return { verdict: 'supported', reference: stale, supersededBy: current };
  if (stale && current) return { verdict: 'outdated', reference: current, matched: stale };

  // Slips need a specific figure: "more than $50 billion" agrees with too much to point anywhere.
  if (amount.kind !== 'lower-bound' && amount.kind !== 'upper-bound') {
    const otherPeriod = sameMetric.find(
      (record) => record.entity === entity && !recordCoversPeriod(record, claimed) && isInForce(record, date) && supports(record),
    );
    if (otherPeriod) return { verdict: 'period-slip', reference: otherPeriod, inForce: current };
    // Another company's figure counts only when the article names that company, or repeats its exact range.
    const otherEntity = records.find(
      (record) =>
        record.metric === claim.metric &&
        record.entity !== entity &&
        (mentionedEntities.has(record.entity) || repeatsRange(amount, record.value)) &&
        recordInSameNamedYear(record, period) &&
        isInForce(record, date) &&
        supports(record),
    );
    if (otherEntity) return { verdict: 'misattributed', reference: otherEntity, inForce: current };
  }

  const comparableInForce = inForce.filter(comparable);
  // Digits are only the writer's own when the figure was not converted.
  const scaleSlip = asWritten ? findScaleSlip(amount, comparableInForce) : null;
  if (scaleSlip) return { verdict: 'scale-slip', reference: scaleSlip.record, power: scaleSlip.power };

  const missed = newestRecord(comparableInForce);
  if (missed) {
    const relation = relateToReference(amount, missed.value);
    return { verdict: relation === 'below' ? 'understated' : 'overstated', reference: missed };
  }
  const latestElsewhere = newestRecord(sameMetric.filter((record) => record.entity === entity && isInForce(record, date)));
  return { verdict: 'unverifiable', reason: 'no-record', reference: null, hint: latestElsewhere };
}

function gatherCandidates(claim: Claim, { records, date }: ReconcileContext): Candidates {
  const claimed = claim.period === null ? null : periodDates(claim.entity, claim.period);
  const sameMetric = records.filter((record) => record.metric === claim.metric && isAnnouncedBy(record, date));
  const samePeriod = sameMetric.filter((record) => record.entity === claim.entity && recordCoversPeriod(record, claimed));
  return { sameMetric, samePeriod, inForce: samePeriod.filter((record) => isInForce(record, date)), claimed };
}


/** Money against money (after any conversion), GPUs against GPUs. */
function sameMeasure(claim: Claim, record: ReferenceRecord): boolean {
  const { figure } = claim;
  if (figure.kind === 'quantity') return record.measure.kind === 'quantity' && record.measure.unit === figure.unit;
  return figure.kind === 'money' && record.measure.kind === 'money';
}

function toFinding(claim: Claim, judgement: Judgement): Finding {
  // Nothing wrong was found, only nothing to check against: information, not a warning.
  const untracked = judgement.verdict === 'unverifiable' && (judgement.reason === 'untracked-metric' || judgement.reason === 'quarter');
  return {
    ruleId: judgement.verdict,
    verdict: judgement.verdict,
    severity: untracked ? 'info' : RULES[judgement.verdict].severity,
    span: spanOf(claim.figure),
    claim,
    reference: judgement.reference,
    message: composeMessage(claim, judgement),
    related: [],
  };
}
