import { decimalFromInteger, shiftDecimal, addDecimals, type Decimal } from '../money/decimal.js';
import type { Amount, Claim, EntityId, Figure, GrowthClaim, Period } from '../types.js';
import { assertNever } from '../assert-never.js';
import { quarterBase } from './quarter-base.js';
import { indexMoneyFigures, type MoneyIndex } from './index-money-figures.js';
import { findMultiples } from './read-multiples.js';
import { spanAt, type TextSegments, type TextSpan } from './segment-text.js';

/** The period compared with: "from 2024", "over fiscal 2023", "than FY24", "2024's". */
const BASE_YEAR =
  /(?<![\p{L}])(?:from|over|than|compared (?:with|to)|versus|vs\.?|on|in|its|their|the|qu['’]en|que en|gegenüber|im Vergleich zu|par rapport à|rispetto al?|frente a|respecto a|em relação a|sobre)\s+(?:the\s+)?(?:(?:fiscal(?:\s+year)?\s+|FY\s*['’]?)(20\d\d|\d\d)|(20\d\d))(?![\p{N}])|\b(20\d\d)['’]s\b/iu;
const BASE_PREVIOUS = /\b(?:last|previous|prior|a)\s+year(?:['’]s|\s+earlier|\s+ago)?\b/i;
/** A sentence about the money itself, when the figure it describes stands in an earlier one. */
const MONEY_TOPIC = /(?<![\p{L}])(?:capex|capital (?:expenditures?|spending)|spending|investments?|budget|outlays?|revenues?|sales|gastos?|inversi\p{L}+|investi\p{L}*|dépenses|ausgaben|spese|despesas)(?![\p{L}])|設備投資|投資|资本支出|资本开支|投资|설비\s*투자|투자|자본\s*지출/iu;
/** Changes of something else: a share price, a stock, a market value ("shares more than doubled"). */
const OTHER_TOPIC = /\b(?:stock|shares?|share price|market (?:value|cap\w*)|valuation|users?|traffic|Aktie\w*|action|actions|acciones|azioni|ações)\b|株価|時価総額|股价|市值|주가|시가총액/iu;
/** Words of several companies together: a change of their total is not one company's ("combined hyperscaler capex tripled"). */
const COLLECTIVE = /(?<![\p{L}])(?:combined|together|collective(?:ly)?|aggregate|total|hyperscalers?|big tech|the (?:four|five|big (?:four|five|three))|insgesamt|zusammen|gemeinsam|ensemble|cumulé\p{L}*|en conjunto|juntas|juntos|insieme|complessiv\p{L}*)(?![\p{L}])|合計|合计|总计|共计|합계|합산/iu;
/** A change over several years: "tripled in 24 months", "over the past two years". */
const YEARS_SPAN = /(?<![\p{L}])(?:in|over|within)\s+(?:the\s+(?:past|last)\s+)?(?:(two|three|four|five|2|3|4|5)\s+years|(24|36|48|60)\s+months)(?![\p{L}])/iu;
const SPAN_YEARS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, '2': 2, '3': 3, '4': 4, '5': 5, '24': 2, '36': 3, '48': 4, '60': 5 };
/** A year named right before a multiple in Japanese, Chinese or Korean: "2023年の2倍", "比2023年", "2023년 대비". */
const CJK_BASE_YEAR = /(?:(20\d\d)\s*(?:年度?|년)\s*(?:の|比|より|に比べ|대비|보다|에\s*비해)?|(?:比|较|相比)\s*(20\d\d)\s*年(?:的)?)\s*$/u;

/**
 * Finds claims of growth: percentages already read as growth ("up 65% from 2024") and
 * multiples in words ("more than double last year's"). Each is tied to the money claim it
 * describes: the one in its sentence, else the last one before it in its paragraph.
 */
export function findGrowthClaims(text: string, segments: TextSegments, claims: readonly Claim[], figures: readonly Figure[]): GrowthClaim[] {
  const money = claims.filter((claim) => claim.figure.kind === 'money' && (claim.metric === 'capex' || claim.metric === 'revenue'));
  const checked = new Set(money.map((claim) => claim.figure));
  // Money figures that are not checked claims (a run rate, a segment's revenue): growth beside one is about it.
  const unchecked = figures.filter((figure) => figure.kind === 'money' && !checked.has(figure));
  const index = indexMoneyFigures(segments.sentences, money, unchecked);
  const growth: GrowthClaim[] = [];
  for (const claim of claims) {
    if (claim.metric !== 'growth' || claim.figure.kind !== 'percent') continue;
    const found = describeGrowth(text, segments, index, claim.figure, percentToFactor(claim.figure.amount), shiftDecimal(claim.figure.precision, -2), claim.entity);
    if (found) growth.push(found);
  }
  for (const sentence of segments.sentences) {
    for (const multiple of findMultiples(text.slice(sentence.start, sentence.end))) {
      const start = sentence.start + multiple.index;
      const span = { text: multiple.text, start, end: start + multiple.text.length };
      const found = describeGrowth(text, segments, index, span, multiple.factor, { coefficient: 0n, exponent: 0 }, null);
      if (found) growth.push(found);
    }
  }
  return growth.sort((a, b) => a.span.start - b.span.start);
}

function describeGrowth(
  text: string,
  segments: TextSegments,
  index: MoneyIndex,
  span: TextSpan & { readonly text: string },
  factor: Amount,
  precision: Decimal,
  /** The company the percentage was read as about, if any. */
  owner: EntityId | null,
): GrowthClaim | null {
  const sentence = spanAt(segments.sentences, span.start);
  const paragraph = spanAt(segments.paragraphs, span.start);
  if (sentence === null) return null;
  const sentenceText = text.slice(sentence.start, sentence.end);
  if (OTHER_TOPIC.test(text.slice(Math.max(sentence.start, span.start - 40), span.start))) return null;
  const inSentence = index.claimsIn(sentence);
  // The money figure nearest the change is what it describes: when that is no claim, the change is not checked.
  if (index.uncheckedNearest(sentence, span.start)) return null;
  // The later value is stated before the base ("$65 billion, up 65% from $39 billion"): take the first.
  const earlier = (): Claim | undefined => (MONEY_TOPIC.test(sentenceText) && paragraph !== null ? index.lastClaimBetween(paragraph.start, span.start) : undefined);
  // A claim stated in an earlier sentence is this one's subject only when this sentence is not about several companies.
  const subject = inSentence[0] ?? (COLLECTIVE.test(sentenceText) ? undefined : earlier());
  if (subject === undefined || subject.period === null) return null;
  // A percentage read as another company's ("Amazon … +60%, Alphabet … +40%") is not this figure's change.
  if (owner !== null && owner !== subject.entity) return null;
  // "capex was $88 billion, while revenue grew 15%": the change belongs to the measure named just before it.
  const named = nearestMeasure(text.slice(sentence.start, span.start));
  if (named !== null && named !== (subject.metric === 'revenue' ? 'revenue' : 'capex')) return null;
  let basePeriod: Period | null;
  if (subject.period.kind === 'quarter') {
    // A quarter is compared only with a quarter the words name: a year before, or the one before.
    basePeriod = subject.period.quarter === null ? null : quarterBase(sentenceText, subject.period.quarter);
  } else {
    basePeriod = basePeriodOf(text.slice(span.end, sentence.end), text.slice(Math.max(sentence.start, span.start - 16), span.start), subject.period);
  }
  if (basePeriod === null) return null;
  return { subject, span: { text: span.text, start: span.start, end: span.end }, factor, precision, basePeriod };
}

/** Words naming revenue, and words naming spending, in the languages read. */
const REVENUE_WORDS = /(?<![\p{L}])(?:revenues?|sales|turnover|top line|Umsatz\p{L}*|Erlös\p{L}*|chiffre d['’]affaires|ventes|ingresos|ventas|facturación|ricavi|fatturato|receitas?|faturamento)(?![\p{L}])|売上高?|営業収益|营收|营业收入|收入|营业额|매출/giu;
const SPENDING_WORDS = /(?<![\p{L}])(?:capex|capital (?:expenditures?|spending)|spend(?:s|ing)?|spent|invest\p{L}*|outlays?|budget|Investition\p{L}*|Ausgaben|dépenses|inversi\p{L}+|gastos?|spes[ae]|despesas?)(?![\p{L}])|設備投資|投資|资本支出|资本开支|投资|설비\s*투자|투자|자본\s*지출/giu;

/** Which measure the words before a change name last: revenue, spending, or neither. */
function nearestMeasure(before: string): 'revenue' | 'capex' | null {
  const last = (pattern: RegExp): number => Math.max(-1, ...[...before.matchAll(pattern)].map((match) => match.index + match[0].length));
  const revenue = last(REVENUE_WORDS);
  const spending = last(SPENDING_WORDS);
  if (revenue === -1 && spending === -1) return null;
  return revenue > spending ? 'revenue' : 'capex';
}

/** The period compared with, or the one before the later period; never the later period itself. */
function basePeriodOf(after: string, before: string, later: Exclude<Period, { kind: 'quarter' }>): Period {
  const previous: Period = { kind: later.kind, year: later.year - 1 };
  const cjk = CJK_BASE_YEAR.exec(before);
  if (cjk !== null) {
    const year = Number(cjk[1] ?? cjk[2]);
    return year === later.year ? previous : { kind: 'calendar-year', year };
  }
  const span = YEARS_SPAN.exec(after);
  if (span !== null) return { kind: later.kind, year: later.year - (SPAN_YEARS[(span[1] ?? span[2] ?? '').toLowerCase()] ?? 1) };
  const match = BASE_YEAR.exec(after);
  if (match === null || BASE_PREVIOUS.test(after.slice(0, match.index))) return previous;
  const fiscal = match[1];
  const written = Number(fiscal ?? match[2] ?? match[3]);
  const year = written < 100 ? 2000 + written : written;
  // "fiscal 2023" keeps the later period's kind: for a calendar-year company it is the same year.
  return year === later.year ? previous : { kind: fiscal !== undefined ? later.kind : 'calendar-year', year };
}

/** "up 65%" → 1.65; a range or bound keeps its shape. */
export function percentToFactor(amount: Amount): Amount {
  const toFactor = (percent: Decimal) => addDecimals(decimalFromInteger(1), shiftDecimal(percent, -2));
  switch (amount.kind) {
    case 'range':
      return { kind: 'range', low: toFactor(amount.low), high: toFactor(amount.high) };
    case 'exact':
    case 'approximate':
    case 'just-below':
      return { kind: amount.kind, value: toFactor(amount.value) };
    case 'lower-bound':
    case 'upper-bound':
      return { kind: amount.kind, value: toFactor(amount.value), inclusive: amount.inclusive };
    default:
      return assertNever(amount);
  }
}
