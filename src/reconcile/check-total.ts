import { companyById } from '../data/companies.js';
import type { ReferenceRecord } from '../data/reference-schema.js';
import { compareDecimals, decimalFromInteger, multiplyDecimals, shiftDecimal, type Decimal } from '../money/decimal.js';
import { describeValue } from '../describe/describe-value.js';
import type { Amount, Finding, IsoDate, Severity, TotalClaim, Verdict } from '../types.js';
import { multiplyAmount } from './convert-amount.js';
import { describePeriod } from './period-dates.js';
import { RULES } from './rules.js';
import { spanOf } from './span-of.js';
import { addIntervals, describeParts, describeSum, isComplete, sumCompanyYears, type YearSum } from './sum-company-figures.js';
import { relateToInterval, type ValueInterval } from './value-interval.js';

/** Powers of ten a total written too small may be off by: a decimal mark or 亿 for 十亿 (1), million for billion (3), 万 for 億 (4). */
const SCALE_POWERS = [1, 3, 4];

/**
 * Checks a total over several companies against the sum of their own figures for the year (each
 * year of a span), each the one in force on the article's date (the actual once reported): "$650
 * billion" against Amazon ~$200B + Alphabet $175–185B + …. Ranges are summed as ranges. A company
 * with no figure yet counts as its reported quarters, else zero: the sum is then a floor, and a
 * total below it is understated whatever the rest turns out to be. A set that was assumed ("Big
 * Tech" read as the usual four) makes every verdict information, never an error.
 */
export function checkTotal(total: TotalClaim, records: readonly ReferenceRecord[], quarterly: readonly ReferenceRecord[], date: IsoDate): Finding {
  const names = total.companies.map((entity) => companyById(entity).displayName);
  const setNote = total.set === 'assumed' ? ` ("${total.cues.companies.text}" read as ${listed(names)})` : '';
  const written = `"${total.figure.text}"${setNote}`;
  if (total.untracked.length > 0) {
    const others = total.untracked.map((cue) => `"${cue.text}"`);
    return finding(total, 'unverifiable', 'warning', `"${total.figure.text}" sums companies capcheck has no official figures for (${listed(others)}).`);
  }
  const years = sumCompanyYears(total.companies, total.periods, records, quarterly, date);
  const sum = years.map((year) => year.interval).reduce(addIntervals);
  const label = total.periods.length === 1 ? describePeriod(total.periods[0]) : `${describePeriod(total.periods[0])}–${describePeriod(total.periods.at(-1) ?? total.periods[0])}`;
  const arithmetic = years.length === 1 ? `${describeParts(years[0] ?? emptyYear(total))} = ${describeSum(sum)}` : `${years.map((year) => `${describePeriod(year.period)}: ${describeParts(year)} = ${describeSum(year.interval)}`).join('; ')}; in all ${describeSum(sum)}`;
  const complete = years.every(isComplete);
  const relation = relateToInterval(total.figure.amount, sum, total.figure.precision);
  const evidence = { figure: `${describeSum(sum)} (sum)`, source: `the ${total.companies.length} companies' official figures`, date: label, url: firstSource(years) };
  if (relation === 'consistent' || (relation === 'above' && !complete)) {
    if (complete) return { ...finding(total, 'supported', 'info', `${written} agrees with the sum of their ${label} capex in force: ${arithmetic}.`), evidence };
    const missing = years.flatMap((year) => {
      const names = year.parts.filter((part) => part.kind !== 'record').map((part) => companyById(part.entity).displayName);
      return names.length === 0 ? [] : [`no official ${describePeriod(year.period)} capex for ${listed(names)}`];
    });
    return { ...finding(total, 'unverifiable', 'warning', `${written}: ${missing.join(', nor ')} had been published by the article's date, so the sum cannot be checked; what is known: ${arithmetic}.`), evidence };
  }
  if (relation === 'above') return { ...finding(total, 'overstated', RULES.total.severity, `${written} is above the sum of their ${label} capex in force: ${arithmetic}.`), evidence };
  // Below: a span may be read as each year's figure, not their sum; it is surely understated only below a single year's floor.
  const yearFloor = years.reduce((best, year) => (compareDecimals(year.interval.low, best) > 0 ? year.interval.low : best), decimalFromInteger(0));
  const certain = years.length === 1 || relateToInterval(total.figure.amount, { low: yearFloor, high: null }, total.figure.precision) === 'below';
  const floor = complete ? ' in force' : ' known by the article\'s date (a floor: parts not yet published count as nothing)';
  const power = scaleSlip(total.figure.amount, total.figure.precision, sum);
  if (power !== null) {
    const right = describeValue(multiplyAmount(total.figure.amount, shiftDecimal(decimalFromInteger(1), power)), DOLLARS);
    const message = `${written} is ${10 ** power} times too small for the sum of their ${label} capex${floor}: ${arithmetic}; ${right} would be near it.`;
    return { ...finding(total, 'scale-slip', certain ? RULES['scale-slip'].severity : 'warning'), message, evidence };
  }
  const message = `${written} is below the sum of their ${label} capex${floor}: ${arithmetic}.${certain || years.length === 1 ? '' : ' Read as each year\'s figure it may hold.'}`;
  return { ...finding(total, 'understated', certain ? RULES.total.severity : 'warning', message), evidence };
}

/**
 * The power of ten that brings a figure far below the sum near it ("360亿" for a $383.6 billion sum:
 * 1), or null. Near: within 15% of the sum, whose parts may rest on other bases than the writer's; a
 * floor agrees with any large figure, so there the corrected figure must also lie within half as much again.
 */
function scaleSlip(amount: Amount, precision: Decimal, sum: ValueInterval): number | null {
  const loosened: Amount = amount.kind === 'exact' ? { kind: 'approximate', value: amount.value } : amount;
  const top = sum.high ?? multiplyDecimals(sum.low, OPEN_SUM_REACH);
  const window: ValueInterval = { low: multiplyDecimals(sum.low, NEAR_BELOW), high: multiplyDecimals(top, NEAR_ABOVE) };
  const found = SCALE_POWERS.find((power) => {
    const shifted = multiplyAmount(loosened, shiftDecimal(decimalFromInteger(1), power));
    return relateToInterval(shifted, window, shiftDecimal(precision, power)) === 'consistent';
  });
  return found ?? null;
}

const NEAR_BELOW: Decimal = { coefficient: 85n, exponent: -2 };
const NEAR_ABOVE: Decimal = { coefficient: 115n, exponent: -2 };
/** How far above a floor a corrected figure may lie and still be read as the floor's sum misscaled. */
const OPEN_SUM_REACH: Decimal = { coefficient: 15n, exponent: -1 };
const DOLLARS = { kind: 'money', currency: 'USD' } as const;

function firstSource(years: readonly YearSum[]): string {
  for (const year of years) for (const part of year.parts) if (part.kind === 'record') return part.record.source.url;
  return '';
}

function emptyYear(total: TotalClaim): YearSum {
  return { period: total.periods[0], parts: [], interval: { low: decimalFromInteger(0), high: decimalFromInteger(0) } };
}

function listed(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

function finding(total: TotalClaim, verdict: Exclude<Verdict, 'unused' | 'not-checked' | 'stale-data'>, severity: Severity, message = ''): Finding {
  // A set that was assumed is never more than information.
  const level = total.set === 'assumed' ? 'info' : severity;
  return { ruleId: 'total', verdict, severity: level, span: spanOf(total.figure), claim: null, reference: null, message, related: [] };
}
