import { assertNever } from '../assert-never.js';
import { companyById } from '../data/companies.js';
import type { ReferenceRecord } from '../data/reference-schema.js';
import { describeDate } from '../describe/describe-date.js';
import { describeAnnounced, userDataClause } from '../describe/describe-origin.js';
import { describeNumber, describeReferenceValue, describeValue } from '../describe/describe-value.js';
import { compareDecimals, decimalFromInteger, decimalToNumber, formatDecimal, parseDecimal, subtractDecimals, type Decimal } from '../money/decimal.js';
import { divideDecimals } from '../money/divide.js';
import { METRIC_NAMES } from '../describe/metric-names.js';
import type { Amount, Claim } from '../types.js';
import type { OfficialConversion } from './currency-converter.js';
import { describePeriod } from './period-dates.js';

/** A verdict with the records it rests on. */
export type Outcome =
  /** `supersededBy` is set when the figure is an earlier one, presented as such ("up from …"). */
  | { readonly verdict: 'supported'; readonly reference: ReferenceRecord; readonly supersededBy: ReferenceRecord | null }
  | { readonly verdict: 'overstated' | 'understated' | 'currency-slip'; readonly reference: ReferenceRecord }
  /** `reference` is the record in force; `matched` the superseded one the claim repeats. */
  | { readonly verdict: 'outdated'; readonly reference: ReferenceRecord; readonly matched: ReferenceRecord }
  /** `reference` is the record the claim matches; `inForce` the one for the claimed company and period, if any. */
  | { readonly verdict: 'period-slip' | 'misattributed'; readonly reference: ReferenceRecord; readonly inForce: ReferenceRecord | null }
  /** Official = written × 10^power. */
  | { readonly verdict: 'scale-slip'; readonly reference: ReferenceRecord; readonly power: number }
  /** A count of another moment, or another site's size: it may be right, and capcheck cannot tell. */
  | { readonly verdict: 'unverifiable'; readonly reason: 'other-moment'; readonly reference: ReferenceRecord }
  | { readonly verdict: 'unverifiable'; readonly reason: 'other-currency'; readonly reference: ReferenceRecord | null }
  /** The figure is nowhere near the size of `record`: probably another measure the words do not name. */
  | { readonly verdict: 'not-checked'; readonly reference: null; readonly record: ReferenceRecord }
  | { readonly verdict: 'unverifiable'; readonly reason: 'no-record'; readonly reference: null; readonly hint: ReferenceRecord | null };

/**
 * An outcome with the amount it was reached on (as written, or converted at an official rate),
 * and the claim as read when its calendar year was read as the company's fiscal year.
 */
export type Judgement = Reached & { readonly readAs?: Claim | null };

/** An outcome with the amount it was reached on. */
export type Reached = Outcome & { readonly amount: Amount; readonly conversion: OfficialConversion | null };


/** One line: what was written, what is right, and the arithmetic between them. */
export function composeMessage(claim: Claim, judgement: Judgement): string {
  const written = `"${claim.figure.text}"${convertedNote(judgement)}`;
  switch (judgement.verdict) {
    case 'supported':
      if (judgement.supersededBy !== null) {
        return `${written} is ${official(judgement.reference)}, an earlier figure as the article presents it; superseded on ${describeDate(judgement.supersededBy.announced)} by ${describeReferenceValue(judgement.supersededBy)}${userDataClause(judgement.supersededBy)}.`;
      }
      return `${written} agrees with ${official(judgement.reference)}.${assumedPeriod(claim)}`;
    case 'overstated':
    case 'understated':
      return `${written} is ${gap(judgement.amount, judgement.reference, judgement.verdict)} ${official(judgement.reference)}.${assumedPeriod(claim)}`;
    case 'currency-slip':
      return `"${claim.figure.text}" is ${official(judgement.reference)} with the currency changed${judgement.conversion ? `; at ${rateNote(judgement.conversion)} it would be ${describeValue(judgement.amount, { kind: 'money', currency: judgement.conversion.to })}` : ''}.`;
    case 'scale-slip':
      return `${written} has the digits of ${official(judgement.reference)} but is ${scaleWords(judgement.power)}.`;
    case 'outdated':
      return `${written} repeats ${official(judgement.matched)}, superseded on ${describeDate(judgement.reference.announced)} by ${describeReferenceValue(judgement.reference)}${userDataClause(judgement.reference)}.`;
    case 'period-slip':
      return `${written} matches ${official(judgement.reference)}, not ${claimedPeriod(claim)}${inForceNote(judgement.inForce)}.`;
    case 'misattributed':
      return `${written} matches ${official(judgement.reference)}, not ${companyById(claim.entity).displayName}'s${inForceNote(judgement.inForce)}.`;
    case 'not-checked':
      return `${written} is not checked: it is far from the size of ${official(judgement.record)}, so it is probably another measure than the words say (a price, a project, a quarter).`;
    case 'unverifiable':
      switch (judgement.reason) {
        case 'other-moment':
          return `${written} differs from ${official(judgement.reference)}; it may be ${claim.metric === 'datacenter-power' ? "another site's size" : 'a count of another moment'}, so capcheck cannot say it is wrong.`;
        case 'other-currency':
          return `${written} cannot be converted to the currency of ${judgement.reference ? official(judgement.reference) : 'the official figures'}: no official rate for it on the article's date.`;
        case 'no-record':
          return `No official figure for ${subject(claim)} had been published by the article's date${judgement.hint ? `; the latest for another period is ${official(judgement.hint)}` : ''}.${assumedPeriod(claim)}`;
        default:
          return assertNever(judgement);
      }
    default:
      return assertNever(judgement);
  }
}

/** ", ≈ $64.93 billion at the ECB reference rate of 1.0472 USD per EUR on 24 Jan 2025," when converted. */
function convertedNote(judgement: Judgement): string {
  if (judgement.conversion === null) return '';
  const measure = { kind: 'money', currency: judgement.conversion.to } as const;
  // "≈" already says approximate: no "~" after it.
  const converted = judgement.amount.kind === 'approximate' ? describeNumber(judgement.amount.value, measure) : describeValue(judgement.amount, measure);
  return `, ≈ ${converted} at ${rateNote(judgement.conversion)},`;
}

/** "the ECB reference rate of 1.0472 USD per EUR on 24 Jan 2025", saying so when the day's own rate was not available. */
export function rateNote(conversion: OfficialConversion): string {
  const day = describeDate(conversion.rateDate);
  const when =
    conversion.fallback === 'after-last-date'
      ? `${day} (the last in the bundled data)`
      : conversion.fallback === 'previous-business-day'
        ? `${day} (the previous business day)`
        : day;
  return `the ${conversion.source} of ${describeRate(conversion.rate, conversion.from, conversion.to)} on ${when}`;
}

// Below this a rate reads better the other way round: "151.2345 JPY per USD", not "0.0066 USD per JPY".
const INVERT_BELOW = parseDecimal('0.5') ?? decimalFromInteger(0);

/**
 * "1.0472 USD per EUR": `rate` units of `to` per `from`, turned round when `orientBy` (the rate it is
 * compared with, itself by default) is small, as writers quote yen, yuan and won per dollar.
 */
export function describeRate(rate: Decimal, from: string, to: string, orientBy: Decimal = rate): string {
  if (compareDecimals(orientBy, INVERT_BELOW) >= 0 || rate.coefficient === 0n) return `${formatRate(rate)} ${to} per ${from}`;
  return `${formatRate(divideDecimals(decimalFromInteger(1), rate))} ${from} per ${to}`;
}

/** A rate for people: four decimals, as the ECB publishes EUR/USD ("1.0320", "1.0806"); two from 100 up ("152.05" yen, "1450.40" won). */
export function formatRate(rate: Decimal): string {
  if (compareDecimals(rate, decimalFromInteger(100)) >= 0) return decimalToNumber(rate).toFixed(2);
  return rate.exponent >= -4 ? formatDecimal(rate).replace(/^(\d+)(?:\.(\d*))?$/, (_, whole: string, fraction = '') => `${whole}.${fraction.padEnd(4, '0')}`) : decimalToNumber(rate).toFixed(4);
}

const BASIS_NAME: Record<ReferenceRecord['basis'], string> = { guidance: ' guidance', actual: ' (reported)', statement: '' };

/** "Meta's capex guidance for 2025: $60–65 billion (24 Jan 2025)". */
export function official(record: ReferenceRecord): string {
  const company = companyById(record.entity).displayName;
  const label = record.period?.granularity === 'quarter' ? `${record.period.label} (${quarterMonths(record.period.start, record.period.end)})` : record.period?.label;
  const period = label === undefined ? '' : label.startsWith('as of') ? ` ${label}` : ` for ${label}`;
  const project = record.scope.kind === 'project' ? `${record.scope.name} ` : '';
  return `${company}'s ${project}${METRIC_NAMES[record.metric]}${BASIS_NAME[record.basis]}${period}: ${describeReferenceValue(record)} (${describeAnnounced(record)})`;
}

/** "Meta's 2025 capex". */
function subject(claim: Claim): string {
  const company = companyById(claim.entity).displayName;
  const metric = claim.metric ? METRIC_NAMES[claim.metric] : 'figure';
  if (claim.period?.kind === 'quarter') return `${company}'s ${metric} for ${describePeriod(claim.period)}`;
  return claim.period === null ? `${company}'s ${metric}` : `${company}'s ${describePeriod(claim.period)} ${metric}`;
}

function claimedPeriod(claim: Claim): string {
  if (claim.period === null) return 'the period claimed';
  // "calendar 2025" where the company's own years are fiscal, so the slip is plain to see.
  const calendar = claim.period.kind === 'calendar-year' && companyById(claim.entity).fiscalYearEndMonth !== 12 ? 'calendar ' : '';
  const period = `${calendar}${describePeriod(claim.period)}`;
  return claim.periodSource === 'default' ? `${period} (assumed: no period is stated)` : period;
}

/** Says when the period was not written but assumed, so an editor can correct it. */
function assumedPeriod(claim: Claim): string {
  if (claim.period === null || claim.periodSource !== 'default') return '';
  return ` No period is stated; assumed ${describePeriod(claim.period)}, the ${claim.period.kind === 'fiscal-year' ? 'fiscal ' : ''}year in progress.`;
}

function inForceNote(record: ReferenceRecord | null): string {
  return record ? `; the official figure there is ${describeReferenceValue(record)} (${describeAnnounced(record)})` : '';
}

/** "1,000 times too small", "10 times too large". */
function scaleWords(power: number): string {
  const factor = (10 ** Math.abs(power)).toLocaleString('en-US');
  return `${factor} times too ${power > 0 ? 'small' : 'large'}`;
}

/** "$2 billion (3.1%) above the top of" / "$7 billion (8.8%) above". */
function gap(amount: Amount, record: ReferenceRecord, verdict: 'overstated' | 'understated'): string {
  const measure = record.measure;
  const [officialLow, officialHigh] = nominalBounds(record);
  const [claimLow, claimHigh] = amount.kind === 'range' ? [amount.low, amount.high] : [amount.value, amount.value];
  const edge = verdict === 'overstated' ? officialHigh : officialLow;
  const difference = verdict === 'overstated' ? subtractDecimals(claimHigh, edge) : subtractDecimals(edge, claimLow);
  const ranged = record.value.kind === 'range';
  const where = verdict === 'overstated' ? (ranged ? 'above the top of' : 'above') : ranged ? 'below the bottom of' : 'below';
  // A strict bound at the official edge ("more than $65 billion" for $60–65 billion) misses by nothing.
  if (difference.coefficient === 0n) return `just ${where}`;
  // A share of nothing has no percentage.
  const percent = edge.coefficient === 0n ? '' : ` (${((100 * decimalToNumber(difference)) / decimalToNumber(edge)).toFixed(1)}%)`;
  return `${describeNumber(difference, measure)}${percent} ${where}`;
}

function nominalBounds(record: ReferenceRecord): [Decimal, Decimal] {
  const value = record.value;
  if (value.kind === 'range') return [decimalFromInteger(value.low), decimalFromInteger(value.high)];
  const nominal = decimalFromInteger(value.value);
  return [nominal, nominal];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Oct–Dec 2025": a quarter's months, as a message names them. */
function quarterMonths(start: string, end: string): string {
  return `${MONTHS[Number(start.slice(5, 7)) - 1]}–${MONTHS[Number(end.slice(5, 7)) - 1]} ${end.slice(0, 4)}`;
}
