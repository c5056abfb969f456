/**
 * One side of a figure: a number with the currency, scale, "+" and unit attached to it
 * ("$60", "65 billion dollars", "1.3 million Nvidia GPUs", "2GW+"). A side may be bare
 * ("60" in "60-65 billion dollars"); the figure grammar decides whether it stands alone.
 */
import type { CurrencyCode } from '../types.js';
import { shiftDecimal, type Decimal } from '../money/decimal.js';
import { canStartSide } from './can-start-side.js';
import { cjkLetters, isCjkToken } from './is-cjk.js';
import { endsAmountBefore, isCurrencyToken, matchCurrencyNamePrefix, matchCurrencyPrefix, matchCurrencySuffix, matchMillionCode, type CurrencyMatch } from './currencies.js';
import { FOLLOWERS, hasMoneyContext } from './money-context.js';
import { matchCents } from './match-cents.js';
import { matchCjkScale } from './match-cjk-scale.js';
import { parseNumberWords } from './number-words.js';
import { isNumeral, parseNumeral } from './parse-numeral.js';
import { matchScale } from './scales.js';
import type { Token } from './tokenize.js';
import { matchBareCjkUsers, matchMeasure, type Measure } from './units.js';
import { AMBIGUOUS_CURRENCY_WORDS } from './world-currency-words.js';
import { isYearLike } from './years.js';

/** How the number was written: digits, words, or an article that only counts before a scale or unit. */
export type NumberForm = 'digits' | 'words' | 'article';

/** A parsed side: token range `first`..`next` (exclusive) and what is attached to the number. */
export interface Side {
  readonly first: number;
  readonly next: number;
  /**
   * The digits as written (commas included, full-width digits in ASCII), parsed only when a figure needs
   * the value; for a CJK compound ("1兆2000億"), its integer in units of the scale; or the value of the words.
   */
  readonly literal: string | Decimal;
  readonly form: NumberForm;
  /** Power of ten of the scale word ("billion" → 9, "億" → 8, "51조 4천억" → 11), null when there is none. */
  readonly scale: number | null;
  readonly currency: CurrencyCode | null;
  /** Power of ten of the currency's unit: -2 for "cents" or "pence", else 0. */
  readonly shift: number;
  /** The currency came before the number ("$60"), which also rules out a year. */
  readonly prefixed: boolean;
  readonly measure: Measure | null;
  /** A glued trailing "+" or "-plus" ("2GW+", "$60 billion-plus"). */
  readonly plus: boolean;
  /** Four bare digits that could be a calendar year. */
  readonly yearLike: boolean;
  /** A European-language word is attached ("Milliarden", "d'euros", "Nutzer"), so "66.000" groups thousands. */
  readonly european: boolean;
  /** The scale is a CJK character (万, 億, 조): trailing zeros before it may only pad to the next English scale. */
  readonly cjkScale: boolean;
}

// Longer digit runs are identifiers or noise, and capping them keeps decimal parsing cheap.
const MAX_DIGITS = 24;
// Glued to a digit run, these make it part of a time, date, version or handle ("10:30", "1/24", "3.3.1", "'25").
const BINDING_BEFORE: ReadonlySet<string> = new Set([':', '/', '.', "'", '’', '#', '@', '_', '^', '：', '／']);
const BINDING_AFTER: ReadonlySet<string> = new Set([':', '/', '.', ',', '：', '／']);
// "第3四半期", "제3조": the number after these is an ordinal.
const ORDINAL_PREFIXES: ReadonlySet<string> = new Set(['第', '제']);
const ZERO: Decimal = { coefficient: 0n, exponent: 0 };
// Between a scale and its currency or unit in Romance languages: "millones de dólares", "miliardi di euro".
const CONNECTORS: ReadonlySet<string> = new Set(['de', 'di', 'del']);

/** Parses a side starting at token `index`. */
export function parseSide(tokens: readonly Token[], index: number): Side | null {
  // Most words open no side ("in", "at" after a failed qualifier): rule them out before the full grammar.
  if (!canStartSide(tokens[index])) return null;
  let j = index;
  let currency: CurrencyCode | null = null;
  let shift = 0;
  let scale: number | null = null;
  // "MEUR 120": a code that carries a million scale.
  const millionPrefix = matchMillionCode(tokens[j]);
  const codePrefix: CurrencyMatch | null =
    millionPrefix === undefined ? matchCurrencyPrefix(tokens, j) : { currency: millionPrefix, next: j + 1, european: false, shift: 0 };
  const namePrefix = codePrefix === null ? matchCurrencyNamePrefix(tokens, j) : null;
  const prefix = codePrefix ?? namePrefix;
  if (prefix !== null) {
    if (prefix.currency === null) return null;
    currency = prefix.currency;
    if (millionPrefix !== undefined) scale = 6;
    j = prefix.next;
  }
  const prefixed = currency !== null;
  const head = tokens[j];
  if (head === undefined || (prefixed && head.breakBefore)) return null;
  let literal: string | Decimal;
  let form: NumberForm;
  if (head.kind === 'number') {
    if (head.text.length > MAX_DIGITS || isBoundToNext(tokens, j) || !isNumeral(head.lower)) return null;
    if (!prefixed && isBoundToPrevious(tokens, j)) return null;
    literal = head.lower;
    form = 'digits';
    j += 1;
  } else {
    const words = parseNumberWords(tokens, j);
    // An article counts only before a scale or unit word ("a billion", "an additional gigawatt").
    if (words === null || (words.article && tokens[words.next]?.kind !== 'word')) return null;
    literal = words.value;
    form = words.article ? 'article' : 'words';
    j = words.next;
  }
  const afterNumber = j;
  let european = false;
  // "1,630億", "51조 4천억": a compound is one integer in units of its last place.
  const cjkScale = scale === null && form === 'digits' ? matchCjkScale(tokens, j - 1) : null;
  if (cjkScale !== null) {
    literal = cjkScale.literal;
    scale = cjkScale.power;
    j = cjkScale.next;
  }
  const scaleMatch = scale === null ? matchScale(tokens, j) : null;
  // A lone letter ("5 m") is a scale only glued, after a currency, or before a unit or currency ("5 m users", "60 M€").
  const trusted = scaleMatch !== null && (!scaleMatch.letter || tokens[j]?.glued === true || prefixed);
  if (scaleMatch !== null && (trusted || matchMeasure(tokens, scaleMatch.next) !== null || isGluedSymbol(tokens[scaleMatch.next]))) {
    scale = scaleMatch.power;
    european = scaleMatch.european;
    j = scaleMatch.next;
  }
  let plusLength = matchPlus(tokens, j);
  j += plusLength;
  const millionSuffix = scale === null ? matchMillionCode(tokens[j]) : undefined;
  const connected = scale !== null && CONNECTORS.has(tokens[j]?.lower ?? '') ? j + 1 : j;
  const direct = millionSuffix === undefined ? matchCurrencySuffix(tokens, j) : null;
  const found: CurrencyMatch | null =
    millionSuffix === undefined ? (direct ?? (connected > j ? matchCurrencySuffix(tokens, connected) : null)) : { currency: millionSuffix, next: j + 1, european: false, shift: 0 };
  const suffixStart = direct === null ? connected : j;
  const suffix = found !== null && isWeight(tokens, index, suffixStart, found, scale, prefixed) ? null : found;
  if (suffix !== null) {
    if (suffix.currency === null) return null;
    if (currency === null || currency === suffix.currency) {
      currency = suffix.currency;
      shift = suffix.shift;
      european ||= suffix.european;
      if (millionSuffix !== undefined) scale = 6;
      j = suffix.next;
      // "75 USD million": a code written before its scale.
      const late = scale === null ? matchScale(tokens, j) : null;
      if (late !== null && !late.letter) {
        scale = late.power;
        j = late.next;
      }
      const cents = scale === null && shift === 0 ? matchCents(tokens, j, typeof literal === 'string' ? (parseNumeral(literal, european) ?? ZERO) : literal, suffix.currency) : null;
      if (cents !== null) {
        literal = cents.value;
        j = cents.next;
      }
    }
  }
  let measure: Measure | null = null;
  if (currency === null) {
    const unit = matchMeasure(tokens, j) ?? (connected > j ? matchMeasure(tokens, connected) : null) ?? (cjkScale !== null ? matchBareCjkUsers(tokens, index, j) : null);
    if (unit !== null) {
      measure = unit.measure;
      european ||= unit.european;
      j = unit.next;
    }
  }
  if (plusLength === 0) {
    plusLength = matchPlus(tokens, j);
    j += plusLength;
  }
  // Letters glued to digits that are no scale or unit make a name: "1st", "4o", "5G".
  const glued = tokens[afterNumber];
  if (form === 'digits' && j === afterNumber && glued?.kind === 'word' && glued.glued) return null;
  if (form !== 'digits' && scale === null && !isCountableInWords(form, measure)) return null;
  if (namePrefix !== null && !isNamedAmount(tokens, j, literal, scale)) return null;
  const plus = plusLength > 0;
  return { first: index, next: j, literal, form, scale, currency, shift, prefixed, measure, plus, yearLike: isYearLike(head), european, cjkScale: cjkScale !== null };
}

/** "208 pounds", "275 pound-feet", "12 won": an ordinary word, unless a scale, a currency sign or a sentence about money says otherwise. */
function isWeight(tokens: readonly Token[], first: number, start: number, suffix: CurrencyMatch, scale: number | null, prefixed: boolean): boolean {
  const word = tokens[suffix.next - 1];
  // Only the bare word is ambiguous: "turkish lira" and "Deutsche marks" are money. A CJK name is its letters together ("日元").
  const cjk = isCjkToken(word);
  const single = cjk || suffix.next === start + 1 || (tokens[start]?.kind === 'dash' && suffix.next === start + 2);
  const name = cjk ? cjkLetters(tokens, start, suffix.next) : (word?.lower ?? '');
  if (word === undefined || !single || !AMBIGUOUS_CURRENCY_WORDS.has(name) || prefixed) return false;
  const after = tokens[suffix.next];
  if (after?.kind === 'dash' && after.glued && tokens[suffix.next + 1]?.glued === true) return true;
  return scale === null && !hasMoneyContext(tokens, first, suffix.next);
}

/**
 * A currency name before a number ("dollar 22.5 million", "rupees 12,500") needs a number that
 * reads as money (a scale, or digits grouped or with decimals: never "Euro 2024" or "Euro 6"),
 * ending where nothing else is counted ("the dollar 10 years ago", "euro 1.5%").
 */
function isNamedAmount(tokens: readonly Token[], next: number, literal: string | Decimal, scale: number | null): boolean {
  if (scale === null && (typeof literal !== 'string' || !/[.,]/.test(literal))) return false;
  const after = tokens[next];
  if (after === undefined || after.breakBefore) return true;
  return after.kind === 'punct' || (after.kind === 'word' && FOLLOWERS.has(after.lower));
}

/** A currency symbol glued to the token before it: the "€" of "60 M€". */
function isGluedSymbol(token: Token | undefined): boolean {
  return token?.kind === 'symbol' && token.glued && isCurrencyToken(token);
}

/**
 * Without a scale, words count only what reads naturally: "a gigawatt", "five GPUs", "two to
 * three" (a range side); never "a GPU" or "one user", which name a thing rather than a count.
 */
function isCountableInWords(form: NumberForm, measure: Measure | null): boolean {
  if (measure === null || measure.kind === 'percent') return form === 'words';
  return measure.unit === 'W' || (form === 'words' && !measure.singular);
}

/**
 * The side's value in base units, given the scale and unit power it ends up with; `european`
 * says the figure is written in a European language, so "66.000" is sixty-six thousand.
 */
export function sideValue(side: Side, scale: number | null, power: number, european: boolean): Decimal {
  const literal = side.literal;
  // parseSide only keeps digits that parse under either reading, so the fallback is never used.
  const number = typeof literal === 'string' ? (parseNumeral(literal, european) ?? ZERO) : literal;
  return shiftDecimal(number, (scale ?? 0) + power);
}

/**
 * The place value of the side's last written digit in base units: "39.2 billion" → 0.1 billion,
 * "40 billion" → 1 billion, "66.000 millones" → 1 million; for words, the scale's unit.
 */
export function sidePrecision(side: Side, scale: number | null, power: number, european: boolean): Decimal {
  const shift = (scale ?? 0) + power;
  const literal = side.literal;
  if (typeof literal !== 'string') return { coefficient: 1n, exponent: Math.min(literal.exponent, 0) + shift };
  return digitsPrecision(side, parseNumeral(literal, european) ?? ZERO, literal, scale, shift);
}

/** `sideValue` and `sidePrecision` together, parsing the digits once. */
export function sideValueAndPrecision(side: Side, scale: number | null, power: number, european: boolean): { value: Decimal; precision: Decimal } {
  const literal = side.literal;
  if (typeof literal !== 'string') return { value: sideValue(side, scale, power, european), precision: sidePrecision(side, scale, power, european) };
  const number = parseNumeral(literal, european) ?? ZERO;
  const shift = (scale ?? 0) + power;
  return { value: shiftDecimal(number, shift), precision: digitsPrecision(side, number, literal, scale, shift) };
}

/** The place value of the last digit of `literal`, whose value `parsed` is normalised ("40" → 4e1), shifted by `shift`. */
function digitsPrecision(side: Side, parsed: Decimal, literal: string, scale: number | null, shift: number): Decimal {
  // Normalising dropped the zeros written after the last significant digit: count them back.
  const stripped = parsed.coefficient === 0n ? 0 : trailingZeroDigits(literal);
  return { coefficient: 1n, exponent: parsed.exponent - stripped + shift + cjkPadding(side, scale, stripped) };
}

/** How many "0" digits end `literal`, separators between them skipped ("1,000" → 3). */
function trailingZeroDigits(literal: string): number {
  let zeros = 0;
  for (let i = literal.length - 1; i >= 0; i--) {
    const code = literal.charCodeAt(i);
    if (code === 48) zeros++;
    else if (code >= 49 && code <= 57) break;
  }
  return zeros;
}

/**
 * "720億ドル" is how "$72 billion" must be written in 億: its last zero pads to the next thousand-power
 * and says nothing about precision. Before 億 one zero may pad (10^9), before 万 two (10^6); 兆 is a trillion already.
 */
function cjkPadding(side: Side, scale: number | null, trailingZeros: number): number {
  if (!side.cjkScale || scale === null || typeof side.literal !== 'string' || /[.．]/u.test(side.literal)) return 0;
  const toNextGroup = (3 - (scale % 3)) % 3;
  return Math.min(trailingZeros, toNextGroup);
}

/** Tokens taken by a trailing "+" or "-plus" at `index` (0 when there is none). */
function matchPlus(tokens: readonly Token[], index: number): number {
  const token = tokens[index];
  if (token === undefined || !token.glued) return 0;
  // "~$80B+51%", a flattened table row: a "+" glued to the next number is that number's sign.
  if (token.text === '+') return tokens[index + 1]?.kind === 'number' && tokens[index + 1]?.glued === true ? 0 : 1;
  const word = tokens[index + 1];
  return token.kind === 'dash' && word?.glued === true && word.lower === 'plus' ? 2 : 0;
}

/** The digit run at `index` continues something before it: "GPT-4", "mid-2025", "C$" left unmatched, "10:30". */
function isBoundToPrevious(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  if (previous === undefined) return false;
  // A currency we did not accept ("C$", "¥") owns the number after it, glued or not, unless it ended the amount before ("10 $ 30 $").
  const token = tokens[index];
  if (isCurrencyToken(previous) && token?.breakBefore === false && !endsAmountBefore(tokens, index - 1)) return true;
  if (token?.glued !== true) return false;
  // CJK has no spaces: digits glued to kana, Han or Hangul start a number ("メタは6000億ドル"), unless an ordinal prefix owns them.
  if (isCjkToken(previous)) return ORDINAL_PREFIXES.has(previous.text);
  if (previous.kind === 'word' || BINDING_BEFORE.has(previous.text)) return true;
  // "GPT-4", "COVID-19": a Latin word owns the number after its hyphen; a CJK scale before a dash ends a range's low side ("910亿—930亿").
  return previous.kind === 'dash' && previous.glued && tokens[index - 2]?.kind === 'word' && !isCjkToken(tokens[index - 2]);
}

/** The digit run at `index` is followed by more digits after a glued ":", "/", "." or ",". */
function isBoundToNext(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  const after = tokens[index + 2];
  return next !== undefined && next.glued && BINDING_AFTER.has(next.text) && after?.kind === 'number' && after.glued;
}
