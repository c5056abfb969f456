import { assertNever } from '../assert-never.js';
import { companyById } from '../data/companies.js';
import type { Metric, ReferenceRecord } from '../data/reference-schema.js';
import { describeDate } from '../describe/describe-date.js';
import { describeNumber, describeReferenceValue, figureMeasure } from '../describe/describe-value.js';
import { decimalFromInteger, subtractDecimals, decimalToNumber, type Decimal } from '../money/decimal.js';
import type { Amount, Claim } from '../types.js';
import { describePeriod } from './period-dates.js';

/** The reasoning behind a verdict, with the records it rests on. */
export type Judgement =
  | { readonly verdict: 'supported' | 'overstated' | 'understated'; readonly reference: ReferenceRecord }
  /** `reference` is the record in force; `matched` the superseded one the claim repeats. */
  | { readonly verdict: 'outdated'; readonly reference: ReferenceRecord; readonly matched: ReferenceRecord }
  /** `reference` is the record the claim matches; `inForce` the one for the claimed company and period, if any. */
  | { readonly verdict: 'period-slip' | 'misattributed'; readonly reference: ReferenceRecord; readonly inForce: ReferenceRecord | null }
  | { readonly verdict: 'unverifiable'; readonly reason: 'untracked-metric'; readonly reference: null }
  | { readonly verdict: 'unverifiable'; readonly reason: 'other-currency'; readonly reference: ReferenceRecord | null }
  | { readonly verdict: 'unverifiable'; readonly reason: 'no-record'; readonly reference: null; readonly hint: ReferenceRecord | null };

const METRIC_NAME: Record<Metric, string> = {
  capex: 'capex',
  revenue: 'revenue',
  gpus: 'GPU count',
  power: 'compute brought online',
  'datacenter-power': 'datacenter capacity',
  users: 'AI assistant users',
  pledge: 'investment pledge',
};

const TRACKED = 'capex, revenue, GPUs, compute power, AI users and investment pledges';

/** One line: what was written, what is right, and by how much they differ. */
export function composeMessage(claim: Claim, judgement: Judgement): string {
  const written = `"${claim.figure.text}"`;
  switch (judgement.verdict) {
    case 'supported':
      return `${written} agrees with ${official(judgement.reference)}.${assumedPeriod(claim)}`;
    case 'overstated':
    case 'understated':
      return `${written} is ${gap(claim, judgement.reference, judgement.verdict)} ${official(judgement.reference)}.${assumedPeriod(claim)}`;
    case 'outdated':
      return `${written} repeats ${official(judgement.matched)}, superseded on ${describeDate(judgement.reference.announced)} by ${describeReferenceValue(judgement.reference)}.`;
    case 'period-slip':
      return `${written} matches ${official(judgement.reference)}, not ${claimedPeriod(claim)}${inForceNote(judgement.inForce)}.`;
    case 'misattributed':
      return `${written} matches ${official(judgement.reference)}, not ${companyById(claim.entity).displayName}'s${inForceNote(judgement.inForce)}.`;
    case 'unverifiable':
      switch (judgement.reason) {
        case 'untracked-metric':
          return `${written} is about ${companyById(claim.entity).displayName}, but not about a metric capcheck checks (${TRACKED}).`;
        case 'other-currency':
          return `${written} is not in the currency of ${judgement.reference ? official(judgement.reference) : 'the official figures'}; converting currencies is not checked yet.`;
        case 'no-record':
          return `No official figure for ${subject(claim)} had been published by the article's date${judgement.hint ? `; the latest for another period is ${official(judgement.hint)}` : ''}.${assumedPeriod(claim)}`;
        default:
          return assertNever(judgement);
      }
    default:
      return assertNever(judgement);
  }
}

const BASIS_NAME: Record<ReferenceRecord['basis'], string> = { guidance: ' guidance', actual: ' (reported)', statement: '' };

/** "Meta's capex guidance for 2025: $60–65 billion (24 Jan 2025)". */
function official(record: ReferenceRecord): string {
  const company = companyById(record.entity).displayName;
  const label = record.period?.label;
  const period = label === undefined ? '' : label.startsWith('as of') ? ` ${label}` : ` for ${label}`;
  return `${company}'s ${METRIC_NAME[record.metric]}${BASIS_NAME[record.basis]}${period}: ${describeReferenceValue(record)} (${describeDate(record.announced)})`;
}

/** "Meta's 2025 capex". */
function subject(claim: Claim): string {
  const company = companyById(claim.entity).displayName;
  const metric = claim.metric ? METRIC_NAME[claim.metric] : 'figure';
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
  return record ? `; the official figure there is ${describeReferenceValue(record)} (${describeDate(record.announced)})` : '';
}

/** "$2 billion (3.1%) above the top of" / "$7 billion (8.8%) above". */
function gap(claim: Claim, record: ReferenceRecord, verdict: 'overstated' | 'understated'): string {
  const measure = figureMeasure(claim.figure);
  const [officialLow, officialHigh] = nominalBounds(record);
  const [claimLow, claimHigh] = nominalAmountBounds(claim.figure.amount);
  const edge = verdict === 'overstated' ? officialHigh : officialLow;
  const difference = verdict === 'overstated' ? subtractDecimals(claimHigh, edge) : subtractDecimals(edge, claimLow);
  const percent = (100 * decimalToNumber(difference)) / decimalToNumber(edge);
  const where = record.value.kind === 'range' ? (verdict === 'overstated' ? 'above the top of' : 'below the bottom of') : verdict === 'overstated' ? 'above' : 'below';
  return `${describeNumber(difference, measure)} (${percent.toFixed(1)}%) ${where}`;
}

function nominalBounds(record: ReferenceRecord): [Decimal, Decimal] {
  const value = record.value;
  if (value.kind === 'range') return [decimalFromInteger(value.low), decimalFromInteger(value.high)];
  const nominal = decimalFromInteger(value.value);
  return [nominal, nominal];
}

function nominalAmountBounds(amount: Amount): [Decimal, Decimal] {
  return amount.kind === 'range' ? [amount.low, amount.high] : [amount.value, amount.value];
}
