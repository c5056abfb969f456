/**
 * The figure grammar over tokens:
 *   figure := qualifier? ( "between" side "and" side | "from" side "to" side | side ((dash | "to") side)? )
 * A range shares its scale, currency and unit across both sides ("$60-65B" is 60e9..65e9).
 */
import type { Amount, CurrencyCode, QuantityUnit } from '../types.js';
import { assertNever } from '../assert-never.js';
import { compareDecimals, type Decimal } from '../money/decimal.js';
import { hasMoneyContext } from './money-context.js';
import { parseSide, sideValue, type Side } from './parse-side.js';
import { matchQualifier, PLUS_QUALIFIER, type Qualifier } from './qualifiers.js';
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
}

type Opener = 'between' | 'from' | null;

/** Parses the figure starting at token `index`, or returns null if none starts there. */
export function parseFigure(tokens: readonly Token[], index: number): FigureDraft | null {
  const qualifier = matchQualifier(tokens, index);
  const start = qualifier?.next ?? index;
  if (qualifier !== null && tokens[start]?.breakBefore !== false) return null;
  const word = tokens[start]?.lower;
  const opener: Opener = word === 'between' || word === 'from' ? word : null;
  const sideStart = opener === null ? start : start + 1;
  const side = parseSide(tokens, sideStart);
  if (side === null) return null;
  const range = parseRangeEnd(tokens, index, side, opener);
  if (range !== null || opener !== null) return range;
  return finishSingle(tokens, index, side, qualifier?.value ?? null);
}

/** Completes a range whose first side is `low`, or returns null if what follows is no range. */
function parseRangeEnd(tokens: readonly Token[], first: number, low: Side, opener: Opener): FigureDraft | null {
  if (low.plus) return null;
  const separator = tokens[low.next];
  if (separator === undefined || separator.breakBefore || !isRangeSeparator(tokens, low, opener)) return null;
  const high = parseSide(tokens, low.next + 1);
  if (high === null || high.form === 'article' || low.form === 'article') return null;
  const lowTarget = targetOf(low);
  const highTarget = targetOf(high);
  if (lowTarget !== null && highTarget !== null && !sameTarget(lowTarget, highTarget)) return null;
  const lowScale = low.scale ?? high.scale;
  const highScale = high.scale ?? low.scale;
  const target = highTarget ?? lowTarget ?? moneyByContext(tokens, first, high.next, lowScale);
  if (target === null) return null;
  if ((low.yearLike || high.yearLike) && !low.prefixed && !high.prefixed && lowScale === null) return null;
  const lowValue = sideValue(low, lowScale, unitPower(low.measure ?? high.measure));
  const highValue = sideValue(high, highScale, unitPower(high.measure ?? low.measure));
  // "2024-2025", "by 5 to 60": a range must rise.
  if (compareDecimals(lowValue, highValue) >= 0) return null;
  return { first, next: high.next, target, amount: { kind: 'range', low: lowValue, high: highValue } };
}

function isRangeSeparator(tokens: readonly Token[], low: Side, opener: Opener): boolean {
  const separator = tokens[low.next];
  if (separator === undefined) return false;
  if (opener === 'between') return separator.lower === 'and';
  // "from $60-65B" is a baseline, not a "from … to …" range: only "to" completes "from".
  if (opener === 'from') return separator.lower === 'to';
  if (separator.lower === 'to') {
    // "cut by $5 billion to $60 billion" is a change and a result, not a range.
    return tokens[low.first - 1]?.lower !== 'by';
  }
  if (separator.kind !== 'dash') return false;
  // A spaced em dash is punctuation ("$60 billion — 40% more"); glued it may join a range.
  return separator.text !== '\u2014' || (separator.glued && tokens[low.next + 1]?.glued === true);
}

/** Turns a lone side into a figure, applying its qualifier or trailing "+". */
function finishSingle(tokens: readonly Token[], first: number, side: Side, qualifier: Qualifier | null): FigureDraft | null {
  const target = targetOf(side) ?? moneyByContext(tokens, side.first, side.next, side.scale);
  if (target === null || isYear(tokens, side, target)) return null;
  const value = sideValue(side, side.scale, unitPower(side.measure));
  const bend = qualifier ?? (side.plus ? PLUS_QUALIFIER : null);
  return { first, next: side.next, target, amount: bend === null ? { kind: 'exact', value } : qualify(bend, value) };
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

function unitPower(measure: Measure | null): number {
  return measure?.kind === 'quantity' ? measure.power : 0;
}
