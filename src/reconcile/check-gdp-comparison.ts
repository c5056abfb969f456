import { countriesBelow, latestGdp, latestPublishedGdpYear, type GdpTable } from '../data/gdp.js';
import { assertNever } from '../assert-never.js';
import { describeNumber } from '../describe/describe-value.js';
import { addDecimals, compareDecimals, decimalFromInteger, formatDecimal, multiplyDecimals, subtractDecimals, type Decimal } from '../money/decimal.js';
import type { Amount, Finding, FindingSpan, GdpComparison, IsoDate, Verdict } from '../types.js';
import { convertAmount } from './convert-amount.js';
import type { CurrencyConverter } from './currency-converter.js';
import { RULES } from './rules.js';
import { TOLERANCE } from './tolerance.js';
import { relateToInterval } from './value-interval.js';

/** What a GDP comparison is checked with. */
export interface GdpContext {
  readonly gdp: GdpTable;
  readonly fx: CurrencyConverter;
  readonly date: IsoDate;
}

const USD = { kind: 'money', currency: 'USD' } as const;

/**
 * Checks each country named and the count of countries given against World Bank GDP for the
 * latest year published on the article's date. "Exceeds" must hold for the amount's lowest
 * value ("$60–65 billion exceeds X" needs X below $60 billion); "below" for its highest.
 */
export function checkGdpComparison(comparison: GdpComparison, context: GdpContext): Finding[] {
  const { subject } = comparison;
  if (subject.figure.kind !== 'money') return [];
  const inUsd = subject.figure.currency === 'USD' ? subject.figure.amount : convertAmount(subject.figure.amount, subject.figure.currency, 'USD', context.date, context.fx)?.amount;
  if (inUsd === undefined) return [];
  const [low, high] = inUsd.kind === 'range' ? [inUsd.low, inUsd.high] : [inUsd.value, inUsd.value];
  const compared = comparison.direction === 'below' ? high : low;
  const amountText = `"${subject.figure.text}"`;
  const findings: Finding[] = [];
  for (const { country, span } of comparison.countries) {
    const gdp = latestGdp(context.gdp, country, context.date);
    if (gdp === null) continue;
    const gdpText = `${country}'s GDP was ${describeNumber(gdp.valueUsd, USD)} in ${gdp.year} (World Bank, current US$, the latest year published by the article date)`;
    const evidence = { figure: describeNumber(gdp.valueUsd, USD), source: gdp.source.name, date: String(gdp.year), url: gdp.source.url };
    if (comparison.direction === 'about') {
      findings.push({ ...judgeAbout(comparison, span, [low, high], gdp.valueUsd, gdpText, amountText), evidence });
      continue;
    }
    const compared = comparison.direction === 'above' ? low : high;
    const holds = comparison.direction === 'above' ? compareDecimals(compared, gdp.valueUsd) > 0 : compareDecimals(compared, gdp.valueUsd) < 0;
    const message = holds
      ? `${gdpText}: ${amountText} is indeed ${comparison.direction === 'above' ? 'larger' : 'smaller'}.`
      : `${gdpText}: ${comparison.direction === 'above' ? 'more' : 'less'} than ${amountText}, so the comparison is false.`;
    findings.push({ ...finding(comparison, span, holds ? 'supported' : comparison.direction === 'above' ? 'overstated' : 'understated', message), evidence });
  }
  // "About as large as the GDP of 100 countries" says nothing checkable about how many are smaller.
  if (comparison.count !== null && comparison.direction !== 'about') findings.push(checkCount(comparison, comparison.count, compared, amountText, context));
  return findings;
}

/**
 * "At the level of Morocco's GDP, i.e. $175–185 billion": the amount should lie within a fifth of
 * the GDP (the latest published year lags the article by two years or more, and economies grow).
 * Farther off, the GDP is misstated: a warning, since the writer may have used a newer estimate.
 */
function judgeAbout(comparison: GdpComparison, span: FindingSpan, [low, high]: readonly [Decimal, Decimal], gdp: Decimal, gdpText: string, amountText: string): Finding {
  const ceiling = multiplyDecimals(gdp, addDecimals(decimalFromInteger(1), TOLERANCE.GDP_LIKENESS));
  const floor = multiplyDecimals(gdp, subtractDecimals(decimalFromInteger(1), TOLERANCE.GDP_LIKENESS));
  const verdict: Verdict = compareDecimals(low, ceiling) > 0 ? 'overstated' : compareDecimals(high, floor) < 0 ? 'understated' : 'supported';
  const message =
    verdict === 'supported'
      ? `${gdpText}: ${amountText} is about as large.`
      : `${gdpText}: ${amountText} is ${verdict === 'overstated' ? 'more' : 'less'} than that by over a fifth, so the GDP is ${verdict}.`;
  return { ...finding(comparison, span, verdict, message), ...(verdict === 'supported' ? {} : { severity: 'warning' as const }) };
}

function checkCount(comparison: GdpComparison, count: { amount: Amount; span: FindingSpan }, compared: Decimal, amountText: string, context: GdpContext): Finding {
  const below = countriesBelow(context.gdp, compared, context.date);
  const matching = comparison.direction === 'above' ? below.length : countriesAbove(context, compared);
  const actual = decimalFromInteger(matching);
  const relation = relateToInterval(count.amount, { low: actual, high: actual });
  const verdict: Verdict = relation === 'consistent' ? 'supported' : relation === 'above' ? 'overstated' : 'understated';
  const side = comparison.direction === 'above' ? 'below' : 'above';
  const year = latestPublishedGdpYear(context.date);
  const message = `${matching} countries had a GDP ${side} ${describeNumber(compared, USD)} (the ${comparison.direction === 'above' ? 'low' : 'high'} end of ${amountText}) in the World Bank's latest figures by the article date (up to ${year}); the article says ${describeCount(count.amount)}.`;
  const evidence = { figure: `${matching} countries ${side} ${describeNumber(compared, USD)}`, source: context.gdp.source.name, date: `up to ${year}`, url: context.gdp.source.url };
  return { ...finding(comparison, count.span, verdict, message), evidence };
}

/** "more than 50", "nearly 100", "50–60". */
function describeCount(amount: Amount): string {
  switch (amount.kind) {
    case 'exact':
      return formatDecimal(amount.value);
    case 'approximate':
      return `about ${formatDecimal(amount.value)}`;
    case 'just-below':
      return `nearly ${formatDecimal(amount.value)}`;
    case 'lower-bound':
      return `${amount.inclusive ? 'at least' : 'more than'} ${formatDecimal(amount.value)}`;
    case 'upper-bound':
      return `${amount.inclusive ? 'up to' : 'fewer than'} ${formatDecimal(amount.value)}`;
    case 'range':
      return `${formatDecimal(amount.low)}–${formatDecimal(amount.high)}`;
    default:
      return assertNever(amount);
  }
}

function countriesAbove(context: GdpContext, value: Decimal): number {
  const all = countriesBelow(context.gdp, decimalFromInteger(Number.MAX_SAFE_INTEGER), context.date).length;
  return all - countriesBelow(context.gdp, value, context.date).length;
}

function finding(comparison: GdpComparison, span: FindingSpan, verdict: Verdict, message: string): Finding {
  const severity = verdict === 'supported' ? 'info' : RULES['gdp-comparison'].severity;
  return { ruleId: 'gdp-comparison', verdict, severity, span, claim: comparison.subject.claim, reference: null, message, related: [relatedSubject(comparison)] };
}

function relatedSubject(comparison: GdpComparison): Finding['related'][number] {
  const { figure } = comparison.subject;
  return { start: figure.start, end: figure.end, message: 'the amount compared' };
}
