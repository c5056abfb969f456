/**
 * The figure grammar over tokens:
 *   figure := qualifier? ( between side and side | from side to side | side ((dash | to) side)? )
 * with "between/and" and "from/to" in six languages ("zwischen … und", "entre … y", "de … à",
 * "tra … e", "von … bis"), and CJK separators (cjk-range-separators.ts). A range shares its scale, currency and unit across both sides
 * ("$60-65B" is 60e9..65e9; "entre 66.000 y 72.000 millones de dólares" likewise).
 */
import type { Amount, CurrencyCode, QuantityUnit } from '../types.js';
import { assertNever } from '../assert-never.js';
import { compareDecimals, minDecimal, type Decimal } from '../money/decimal.js';
import { matchCjkPostfixQualifier } from './cjk-qualifiers.js';
import { closesCjkRange, matchCjkRangeSeparator } from './cjk-range-separators.js';
import { matchCents } from './match-cents.js';
import { hasMoneyContext } from './money-context.js';
import { parseSide, sidePrecision, sideValue, sideValueAndPrecision, type Side } from './parse-side.js';
import { isEuropeanQualifier, matchQualifier, PLUS_QUALIFIER, type Qualifier } from './qualifiers.js';
import type { Token } from './tokenize.js';
import type { Measure } from './units.js';
import { followsYearLead } from './years.js';

/** What a figure measures. */
export type Target =
  | { readonly kind: 'money'; readonly currency: CurrencyCode }
  | { readonly kind: 'quantity'; readonly unit: QuantityUnit }
  | { readonly kind: 'percent' };

/** A recognised figure over tokens `first`..`next` (exclusive). */
export interface FigureDraft {
  readonly first: number;
  readonly next: number;
  readonly target: Target;
  readonly amount: Amount;
  /** The place value of the last digit written, in base units (the finer side's, for a range). */
  readonly precision: Decimal;
}

type Opener = 'between' | 'from' | null;

export const BETWEEN: ReadonlySet<string> = new Set(['between', 'entre', 'zwischen', 'tra', 'fra']);
export const FROM: ReadonlySet<string> = new Set(['from', 'de', 'del', 'von', 'da', 'desde', 'dal']);
const AND: ReadonlySet<string> = new Set(['and', 'und', 'et', 'y', 'e']);
const TO: ReadonlySet<string> = new Set(['to', 'bis', 'à', 'a', 'al', 'até', 'hasta', 'au']);
// "to" and "bis" join a range without an opener; "à" and "a" too ("5 à 7 milliards"), but not after a currency ("$5 a share").
const BARE_TO: ReadonlySet<string> = new Set(['to', 'bis', 'à']);
const CHANGE_WORDS: ReadonlySet<string> = new Set([
  'up', 'down', 'rose', 'risen', 'rising', 'fell', 'fallen', 'falling', 'gained', 'lost', 'added', 'climbed', 'dropped', 'jumped',
  'slipped', 'declined', 'increased', 'decreased', 'grew', 'shed', 'eased', 'edged', 'plunged', 'soared', 'surged', 'tumbled', 'sank',
]);
// Words that mark the figure as written in a European language, so "66.000" groups thousands.
const EUROPEAN_WORDS: ReadonlySet<string> = new Set(['entre', 'zwischen', 'tra', 'fra', 'von', 'desde', 'del', 'dal', 'und', 'et', 'y', 'bis', 'à', 'al', 'até', 'hasta']);

/** Parses the figure starting at token `index`, or returns null if none starts there. */
export function parseFigure(tokens: readonly Token[], index: number): FigureDraft | null {
  const qualifier = matchQualifier(tokens, index);
  const start = qualifier?.next ?? index;
  if (qualifier !== null && tokens[start]?.breakBefore !== false) return null;
  const word = tokens[start]?.lower ?? '';
  const opener: Opener = BETWEEN.has(word) ? 'between' : FROM.has(word) ? 'from' : null;
  const sideStart = opener === null ? start : start + 1;
  // "between <a URL> 65 and $72 billion": an opener never reaches its first side across skipped non-prose.
  if (opener !== null && tokens[sideStart]?.breakBefore !== false) return null;
  const side = parseSide(tokens, sideStart);
  if (side === null) return null;
  const range = parseRangeEnd(tokens, index, side, opener);
  if (range !== null || opener !== null) return range;
  return finishSingle(tokens, index, withPrefixedCents(tokens, side), qualifier?.value ?? null, sharedAfterOr(tokens, side));
}

/**
 * "C$100 and fifty." reads "a hundred dollars and fifty", so its cents follow as after "100 dollars".
 * Only a lone amount takes them: in "between $40 and 60" the "and" closes the range.
 */
function withPrefixedCents(tokens: readonly Token[], side: Side): Side {
  if (!side.prefixed || side.currency === null || side.scale !== null || side.shift !== 0 || side.plus || tokens[side.next]?.lower !== 'and') return side;
  const whole = sideValue(side, null, 0, side.european);
  const cents = whole.exponent >= 0 ? matchCents(tokens, side.next, whole, side.currency) : null;
  return cents === null ? side : { ...side, literal: cents.value, next: cents.next };
}

/** "eight or nine euros", "8 or $9": a bare number before "or" takes the currency or unit of the amount after it. */
function sharedAfterOr(tokens: readonly Token[], side: Side): Side | null {
  const or = tokens[side.next];
  if (or?.lower !== 'or' || or.breakBefore || side.currency !== null || side.measure !== null || side.form === 'article') return null;
  const other = parseSide(tokens, side.next + 1);
  return other !== null && other.form !== 'article' && targetOf(other) !== null ? other : null;
}

/** Completes a range whose first side is `low`, or returns null if what follows is no range. */
function parseRangeEnd(tokens: readonly Token[], first: number, low: Side, opener: Opener): FigureDraft | null {
  if (low.plus) return null;
  const separator = tokens[low.next];
  if (separator === undefined || separator.breakBefore) return null;
  const cjk = opener === null ? matchCjkRangeSeparator(tokens, low.next) : null;
  if (cjk === null && !isRangeSeparator(tokens, low, opener)) return null;
  const high = parseSide(tokens, cjk?.next ?? low.next + 1);
  if (high === null || high.form === 'article' || low.form === 'article') return null;
  if (cjk !== null && !closesCjkRange(tokens, cjk.value, low.next - 1, high.next)) return null;
  const lowTarget = targetOf(low);
  const highTarget = targetOf(high);
  if (lowTarget !== null && highTarget !== null && !sameTarget(lowTarget, highTarget)) return null;
  // "rose 18 sen to RM23.50": after a verb of change, two amounts that each name their unit are a change and a result.
  if (opener === null && lowTarget !== null && highTarget !== null && CHANGE_WORDS.has(tokens[low.first - 1]?.lower ?? '')) return null;
  const lowScale = low.scale ?? high.scale;
  const highScale = high.scale ?? low.scale;
  const target = highTarget ?? lowTarget ?? moneyByContext(tokens, first, high.next, lowScale);
  if (target === null) return null;
  if ((low.yearLike || high.yearLike) && !low.prefixed && !high.prefixed && lowScale === null) return null;
  const european = low.european || high.european || isEuropeanWord(tokens[first]) || isEuropeanWord(tokens[low.next]);
  // "50 to 75 cents": a bare side shares the other side's unit and sub-unit shift.
  const lowPower = unitPower(low.measure ?? high.measure) + (low.currency === null ? high.shift : low.shift);
  let lowValue = sideValue(low, lowScale, lowPower, european);
  const highValue = sideValue(high, highScale, unitPower(high.measure ?? low.measure) + (high.currency === null ? low.shift : high.shift), european);
  // "$800,000 to $1.3 million": a low side that stated its own currency keeps its own scale when sharing would make the range fall.
  if (compareDecimals(lowValue, highValue) >= 0 && low.scale === null && low.currency !== null) lowValue = sideValue(low, null, lowPower, european);
  // "2024-2025", "by 5 to 60": a range must rise.
  if (compareDecimals(lowValue, highValue) >= 0) return null;
  const precision = minDecimal(sidePrecision(low, lowScale, lowPower, european), sidePrecision(high, highScale, unitPower(high.measure ?? low.measure), european));
  // "$295–300B+": a range with a trailing "+" says "at least", from its low end.
  const amount: Amount = high.plus ? { kind: 'lower-bound', value: lowValue, inclusive: true } : { kind: 'range', low: lowValue, high: highValue };
  return { first, next: high.next, target, amount, precision };
}

function isRangeSeparator(tokens: readonly Token[], low: Side, opener: Opener): boolean {
  const separator = tokens[low.next];
  if (separator === undefined) return false;
  if (opener === 'between') return AND.has(separator.lower);
  // "from $60-65B" is a baseline, not a "from … to …" range: only "to" completes "from".
  if (opener === 'from') return TO.has(separator.lower);
  if (BARE_TO.has(separator.lower) || (separator.lower === 'a' && low.currency === null && low.form === 'digits')) {
    // "cut by $5 billion to $60 billion" is a change and a result, not a range.
    return !['by', 'um', 'de', 'par'].includes(tokens[low.first - 1]?.lower ?? '');
  }
  if (separator.kind !== 'dash') return false;
  // A spaced em dash is punctuation ("$60 billion — 40% more"); glued it may join a range.
  return separator.lower !== '\u2014' || (separator.glued && tokens[low.next + 1]?.glued === true);
}

/** Turns a lone side into a figure, applying its qualifier or trailing "+"; `shared` lends its currency, unit and scale. */
function finishSingle(tokens: readonly Token[], first: number, side: Side, qualifier: Qualifier | null, shared: Side | null): FigureDraft | null {
  const unitSide = shared ?? side;
  const scale = side.scale ?? shared?.scale ?? null;
  const target = targetOf(unitSide) ?? moneyByContext(tokens, side.first, side.next, scale);
  if (target === null || (scale === null && isYear(tokens, side, target))) return null;
  // `first` is where `qualifier` was matched, so only a matched one needs its language read.
  const european = side.european || unitSide.european || (qualifier !== null && isEuropeanQualifier(tokens, first));
  const power = unitPower(unitSide.measure) + unitSide.shift;
  const { value, precision } = sideValueAndPrecision(side, scale, power, european);
  // "1兆円超", "650억 달러 이상": CJK also qualifies after the figure.
  const postfix = qualifier === null && !side.plus ? matchCjkPostfixQualifier(tokens, side.next) : null;
  const bend = qualifier ?? (side.plus ? PLUS_QUALIFIER : (postfix?.value ?? null));
  const next = postfix?.next ?? side.next;
  return { first, next, target, amount: bend === null ? { kind: 'exact', value } : qualify(bend, value), precision };
}

/** A bare four-digit number is a year when a year word leads it, it names a currency era ("2025 dollars"), or counts one thing. */
function isYear(tokens: readonly Token[], side: Side, target: Target): boolean {
  if (!side.yearLike || side.prefixed || side.scale !== null) return false;
  if (followsYearLead(tokens, side.first) || target.kind === 'money') return true;
  return side.measure?.kind === 'quantity' && (side.measure.singular || side.measure.unit === 'user');
}

function qualify(qualifier: Qualifier, value: Decimal): Amount {
  switch (qualifier.kind) {
    case 'approximate':
      return { kind: 'approximate', value };
    case 'just-below':
      return { kind: 'just-below', value };
    case 'lower-bound':
      return { kind: 'lower-bound', value, inclusive: qualifier.inclusive };
    case 'upper-bound':
      return { kind: 'upper-bound', value, inclusive: qualifier.inclusive };
    default:
      return assertNever(qualifier);
  }
}

/** The target a side states itself: its currency, or its unit. */
function targetOf(side: Side): Target | null {
  if (side.currency !== null) return { kind: 'money', currency: side.currency };
  const measure = side.measure;
  if (measure === null) return null;
  switch (measure.kind) {
    case 'percent':
      return { kind: 'percent' };
    case 'quantity':
      return { kind: 'quantity', unit: measure.unit };
    default:
      return assertNever(measure);
  }
}

/** A scaled number with no currency in a sentence about spending is taken as US dollars. */
function moneyByContext(tokens: readonly Token[], first: number, next: number, scale: number | null): Target | null {
  return scale !== null && hasMoneyContext(tokens, first, next) ? { kind: 'money', currency: 'USD' } : null;
}

function sameTarget(a: Target, b: Target): boolean {
  switch (a.kind) {
    case 'money':
      return b.kind === 'money' && a.currency === b.currency;
    case 'quantity':
      return b.kind === 'quantity' && a.unit === b.unit;
    case 'percent':
      return b.kind === 'percent';
    default:
      return assertNever(a);
  }
}

function isEuropeanWord(token: Token | undefined): boolean {
  return token !== undefined && EUROPEAN_WORDS.has(token.lower);
}

function unitPower(measure: Measure | null): number {
  return measure?.kind === 'quantity' ? measure.power : 0;
}
