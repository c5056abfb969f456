import { companyById, isVenture } from '../data/companies.js';
import type { ReferenceRecord } from '../data/reference-schema.js';
import { compareDecimals, decimalFromInteger, multiplyDecimals, type Decimal } from '../money/decimal.js';
import type { Amount, Claim, CurrencyCode, EntityId, Finding, IsoDate } from '../types.js';
import { checkRevenueShare } from './check-revenue-share.js';
import { composeMessage, type Judgement, type Outcome, type Reached } from './compose-message.js';
import { convertAmount } from './convert-amount.js';
import type { CurrencyConverter } from './currency-converter.js';
import { findScaleSlip } from './find-scale-slip.js';
import { isAnnouncedBy, isInForce, isSupersededBy } from './in-force.js';
import { isPlausibleSize } from './is-plausible-size.js';
import { newestRecord } from './newest-record.js';
import { describePeriod, periodDates, recordCoversPeriod, recordInSameNamedYear, type DateRange } from './period-dates.js';
import { repeatsFigure, repeatsRangeEnd } from './repeats-figure.js';
import { RULES } from './rules.js';
import { spanOf } from './span-of.js';
import { TOLERANCE } from './tolerance.js';
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
 * Judges one claim against the records in force on the article's date, in this order: a figure
 * in another currency is converted at the official rate of the day, and if that does not agree
 * but its bare number is the official figure, the currency was relabelled (currency-slip); then:
 * supported by a record in force; repeating a superseded record (outdated); repeating the same
 * company's figure for another period (period-slip) or another company's (misattributed); the
 * official digits at another magnitude (scale-slip); a size no record comes near (not checked);
 * over- or understated against the newest record in force; else unverifiable.
 */
export function reconcileClaim(claim: Claim, context: ReconcileContext): Finding {
  if (claim.metric === 'revenue-share') return checkRevenueShare(claim, context.records, context.date);
  return toFinding(claim, judge(claim, context));
}

/**
 * "Oracle will spend $25 billion in 2026": for a company whose years are fiscal, a calendar year
 * with no record of its own is read as the fiscal year named by it (FY2026), as writers mean it.
 */
function readCalendarYearAsFiscal(claim: Claim, { records, date }: ReconcileContext): Claim {
  const { period } = claim;
  if (period?.kind !== 'calendar-year' || period.written === 'calendar' || companyById(claim.entity).fiscalYearEndMonth === 12) return claim;
  const claimed = periodDates(claim.entity, period);
  const own = records.some((record) => record.entity === claim.entity && record.metric === claim.metric && isAnnouncedBy(record, date) && recordCoversPeriod(record, claimed));
  return own ? claim : { ...claim, period: { kind: 'fiscal-year', year: period.year } };
}

function judge(written: Claim, context: ReconcileContext): Judgement {
  const claim = readCalendarYearAsFiscal(written, context);
  const { figure } = claim;
  const candidates = gatherCandidates(claim, context);
  const readAs = claim === written ? null : claim;
  if (figure.kind === 'money' && figure.currency !== OFFICIAL_CURRENCY) {
    return { ...judgeForeignCurrency(claim, figure.currency, OFFICIAL_CURRENCY, candidates, context), readAs };
  }
  return { amount: figure.amount, conversion: null, readAs, ...decide(claim, figure.amount, figure.precision, candidates, context, true) };
}

/**
 * A figure in another currency than the official one. Converted at the day's official rate it
 * may agree; if not, and its bare number is the official figure, the currency was relabelled.
 */
function judgeForeignCurrency(claim: Claim, from: CurrencyCode, to: CurrencyCode, candidates: Candidates, context: ReconcileContext): Reached {
  const conversion = convertAmount(claim.figure.amount, from, to, context.date, context.fx);
  // A converted figure is right when it is the official figure at about the day's rate: its own
  // numbers against the official ones, within the conversion tolerance, not two roundings stacked.
  const converted = conversion === null ? null : { ...conversion, amount: claim.figure.amount.kind === 'exact' ? { kind: 'exact', value: conversion.conversion.value } as const : conversion.amount };
  const precision = converted === null ? claim.figure.precision : conversionPrecision(claim.figure.precision, converted.conversion.rate, converted.conversion.value);
  const outcome = converted === null ? null : decide(claim, converted.amount, precision, candidates, context, false);
  if (converted !== null && outcome?.verdict === 'supported') return { ...converted, ...outcome };
  const relabelled = newestRecord(
    candidates.inForce.filter((record) => repeatsFigure(claim.figure.amount, record.value) || repeatsRangeEnd(claim.figure.amount, record.value)),
  );
  if (relabelled) {
    return { amount: converted?.amount ?? claim.figure.amount, conversion: converted?.conversion ?? null, verdict: 'currency-slip', reference: relabelled };
  }
  if (converted === null || outcome === null) {
    return { amount: claim.figure.amount, conversion: null, verdict: 'unverifiable', reason: 'other-currency', reference: newestRecord(candidates.inForce) };
  }
  return { ...converted, ...outcome };
}

/** The whole width of the conversion tolerance (both sides), computed once. */
const CONVERSION_WIDTH = multiplyDecimals(TOLERANCE.CONVERSION_RATE, decimalFromInteger(2));

/** The written precision at the day's rate, and never finer than the conversion tolerance (3% wide, 1.5% each side). */
function conversionPrecision(precision: Decimal, rate: Decimal, value: Decimal): Decimal {
  const converted = multiplyDecimals(precision, rate);
  const tolerance = multiplyDecimals(value, CONVERSION_WIDTH);
  return compareDecimals(converted, tolerance) >= 0 ? converted : tolerance;
}

function decide(claim: Claim, amount: Amount, precision: Decimal, candidates: Candidates, context: ReconcileContext, asWritten: boolean): Outcome {
  const { entity, period } = claim;
  const { records, date, mentionedEntities } = context;
  const comparable = (record: ReferenceRecord): boolean => sameMeasure(claim, record);
  const official = asWritten ? 'tolerant' : 'nominal';
  const supports = (record: ReferenceRecord): boolean => comparable(record) && relateToReference(amount, record.value, precision, official) === 'consistent';
  const repeats = (record: ReferenceRecord): boolean => comparable(record) && repeatsFigure(amount, record.value);
  const { sameMetric, samePeriod, inForce, claimed } = candidates;

  const supporting = newestRecord(inForce.filter(supports));
  if (supporting) return { verdict: 'supported', reference: supporting, supersededBy: null };

  const current = newestRecord(inForce);
  const reportedInForce = inForce.some((record) => record.basis === 'actual');
  const stale = samePeriod.find((record) => isSupersededBy(record, date) && supports(record));
  // "after guiding to $175–185 billion" states an old forecast as old: right, not outdated. "Up from
  // $30 billion" for a year already reported is that year's result, and is judged as one.
  const presentedAsEarlier = claim.earlier === 'forecast' || (claim.earlier === 'value' && !reportedInForce);
  if (stale && current && presentedAsEarlier) return { verdict: 'supported', reference: stale, supersededBy: current };
  if (stale && current && claim.earlier === null) return { verdict: 'outdated', reference: current, matched: stale };

  // Slips need a specific figure: "more than $50 billion" agrees with too much to point anywhere, and a
  // round "1 GW" or "$5 billion" repeats other figures by coincidence. Only money names another period or company.
  if (isSpecific(amount, precision) && claim.figure.kind === 'money') {
    const ownRecords = sameMetric.filter((record) => record.entity === entity && !recordCoversPeriod(record, claimed));
    const otherPeriod = ownRecords.find((record) => (isInForce(record, date) && supports(record)) || repeats(record));
    if (otherPeriod) return { verdict: 'period-slip', reference: otherPeriod, inForce: current };
    // Another company's figure counts only when the figure repeats it exactly, and either the article names that
    // company or the figure is a whole range (two ends repeated are no coincidence).
    // A partner's figure that repeats its venture's ("OpenAI will invest $500 billion" in Stargate) is the venture's, told by a partner.
    const ventures = companyById(entity).partnerOf ?? [];
    const otherEntity = records.find(
      (record) =>
        record.metric === claim.metric &&
        record.entity !== entity &&
        !ventures.includes(record.entity) &&
        (mentionedEntities.has(record.entity) || (amount.kind === 'range' && record.value.kind === 'range')) &&
        recordInSameNamedYear(record, period) &&
        isInForce(record, date) &&
        repeats(record),
    );
    if (otherEntity) return { verdict: 'misattributed', reference: otherEntity, inForce: current };
  }

  const comparableInForce = inForce.filter(comparable);
  const missed = newestRecord(comparableInForce);
  // A venture is one programme: no site of it, nor any other reading, is larger than every whole capacity it stated (none a floor).
  const aboveWholeProgramme =
    missed !== null &&
    claim.metric === 'datacenter-power' &&
    claim.project === undefined &&
    isVenture(entity) &&
    comparableInForce.every((record) => record.value.kind !== 'lower-bound' && relateToReference(amount, record.value, precision, official) === 'above');
  // Another site's size may be a tenth of the programme's: only a figure above the whole can be its digits at another scale.
  const maybeSite = claim.metric === 'datacenter-power' && claim.project === undefined && isVenture(entity) && !aboveWholeProgramme;
  // Digits are only the writer's own when the figure was not converted.
  const scaleSlip = asWritten && !maybeSite ? findScaleSlip(amount, precision, comparableInForce) : null;
  if (scaleSlip) return { verdict: 'scale-slip', reference: scaleSlip.record, power: scaleSlip.power };

  // A count of another moment (users grow month by month; GPUs with no year named), or another site, may be right: say so, never that it is wrong.
  // A named project's own record is that very site's: a size off it is wrong, not another site's.
  if (missed && !aboveWholeProgramme && ((claim.metric === 'datacenter-power' && claim.project === undefined) || claim.metric === 'users' || (claim.metric === 'gpus' && claim.period === null))) {
    return { verdict: 'unverifiable', reason: 'other-moment', reference: missed };
  }
  const nearest = missed ?? newestRecord(sameMetric.filter((record) => record.entity === entity && comparable(record)));
  if (nearest !== null && !aboveWholeProgramme && !isPlausibleSize(amount, nearest)) return { verdict: 'not-checked', reference: null, record: nearest };
  // A figure above a programme's whole is set against the largest whole it stated (the commitment, not a step towards it).
  if (aboveWholeProgramme) return { verdict: 'overstated', reference: comparableInForce.reduce((a, b) => (compareDecimals(ceilingOf(b), ceilingOf(a)) > 0 ? b : a)) };
  if (missed) {
    const relation = relateToReference(amount, missed.value, precision, official);
    return { verdict: relation === 'below' ? 'understated' : 'overstated', reference: missed };
  }
  const latestElsewhere = newestRecord(sameMetric.filter((record) => record.entity === entity && isInForce(record, date)));
  return { verdict: 'unverifiable', reason: 'no-record', reference: null, hint: latestElsewhere };
}

function ceilingOf(record: ReferenceRecord): Decimal {
  return decimalFromInteger(record.value.kind === 'range' ? record.value.high : record.value.value);
}

/** A figure that can point at one official figure: a range, or a number written with two digits or more ("$80 billion", not "1 GW"); never a bound. */
function isSpecific(amount: Amount, precision: Decimal): boolean {
  if (amount.kind === 'range') return true;
  if (amount.kind === 'lower-bound' || amount.kind === 'upper-bound') return false;
  return compareDecimals(amount.value, multiplyDecimals(precision, decimalFromInteger(10))) >= 0;
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

/** " The year 2026 is read as Oracle's FY2026." when a calendar year was read as the fiscal year. */
function readAsNote(written: Claim, read: Claim): string {
  if (written === read || written.period === null || read.period === null) return '';
  return ` The year ${describePeriod(written.period)} is read as ${companyById(read.entity).displayName}'s ${describePeriod(read.period)}.`;
}

/** Why a slip read tentatively is only a warning. */
const TENTATIVE_NOTES: Readonly<Record<NonNullable<Claim['tentative']>, string>> = {
  'table-metric': ' The table names no metric; capital spending is read from the paragraph before it.',
  'distant-period': ' The year is read from another clause of the sentence, which may be about something else.',
};

function toFinding(written: Claim, judgement: Judgement): Finding {
  const claim = judgement.readAs ?? written;
  const notChecked = judgement.verdict === 'not-checked';
  const lowered = written.tentative !== undefined && RULES[judgement.verdict].severity === 'error';
  // A borrowed metric is worth knowing on any finding; a distant year only where it made an error a warning.
  const note = written.tentative === 'table-metric' || (written.tentative === 'distant-period' && lowered) ? TENTATIVE_NOTES[written.tentative] : '';
  return {
    ruleId: judgement.verdict,
    verdict: judgement.verdict,
    severity: lowered ? 'warning' : RULES[judgement.verdict].severity,
    span: spanOf(claim.figure),
    claim: notChecked ? null : claim,
    reference: judgement.reference,
    message: `${composeMessage(claim, judgement)}${readAsNote(written, claim)}${note}`,
    related: [],
    ...(notChecked ? { reason: { kind: 'implausible', record: judgement.record } as const } : {}),
  };
}
