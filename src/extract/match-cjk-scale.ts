/**
 * Scale characters glued after digits in Japanese, Chinese and Korean: 万/만 (10^4), 億/亿/억
 * (10^8), 兆/조 (10^12), "万亿" (10^12), with 千/천 (10^3) or 百/백 (10^2) before them ("4千億").
 * Compounds are written largest first ("1兆2000億", "51조 4천억", "1億2千万", "1万2千") and are
 * read as one integer in units of their last written place, so value and precision stay exact.
 */
import { isCjkToken } from './is-cjk.js';
import { parseNumeral } from './parse-numeral.js';
import type { Token } from './tokenize.js';

/** A CJK scale after the number at some token: the number's digits, its power of ten, and the token after it. */
export interface CjkScaleMatch {
  /** The digits as written for one term ("1,630", "29.9"); for a compound, its integer in units of 10^power ("514"). */
  readonly literal: string;
  /** Power of ten of the last written place: 8 for "1,630億", 11 for "51조 4천억". */
  readonly power: number;
  readonly next: number;
}

const LARGE: ReadonlyMap<string, number> = new Map([
  ['万', 4], ['萬', 4], ['만', 4], ['億', 8], ['亿', 8], ['억', 8], ['兆', 12], ['조', 12],
]);
const SMALL: ReadonlyMap<string, number> = new Map([['千', 3], ['천', 3], ['百', 2], ['백', 2]]);
// After "兆" these make it the SI prefix mega: "兆瓦" megawatts, "兆赫" megahertz, "兆字节" megabytes.
const MEGA_BEFORE: ReadonlySet<string> = new Set(['瓦', '赫', '字', '位']);

interface Term {
  /** Power of 千 or 百 (0 when absent). */
  readonly small: number;
  /** Power of the large scale (0 for a lone 千 or 百 closing a compound: the 2千 of "1万2千"). */
  readonly large: number;
  readonly next: number;
}

/** Matches the CJK scale after the number token at `index` (the number itself is checked by the caller). */
export function matchCjkScale(tokens: readonly Token[], index: number): CjkScaleMatch | null {
  const head = tokens[index];
  // The first scale may stand one space after Latin digits, as typeset with spacing between scripts ("910 亿美元").
  const first = head === undefined ? null : matchTerm(tokens, index + 1, false, true);
  if (head === undefined || first === null) return null;
  let place = first.small + first.large;
  let large = first.large;
  let next = first.next;
  let total = wholeValue(head);
  let terms = 1;
  // Each further term is glued or one space away and smaller than the scale before it: "1兆2000億", not "1億20000万".
  for (let number = tokens[next]; total !== null && large > 0 && number?.kind === 'number' && !number.breakBefore; number = tokens[next]) {
    const value = wholeValue(number);
    const term = matchTerm(tokens, next + 1, true);
    if (value !== null && term === null && isUnitsTerm(tokens, next, value, place)) {
      // "2万3500円", "7만 5000원": plain digits close the compound in units.
      total = total * 10n ** BigInt(place) + value;
      place = 0;
      next += 1;
      terms += 1;
      break;
    }
    if (value === null || term === null || term.large >= large) break;
    const termPlace = term.small + term.large;
    if (value * 10n ** BigInt(termPlace) >= 10n ** BigInt(large)) break;
    total = total * 10n ** BigInt(place - termPlace) + value;
    place = termPlace;
    large = term.large;
    next = term.next;
    terms += 1;
  }
  return { literal: terms === 1 || total === null ? head.lower : total.toString(), power: place, next };
}

// After these a trailing number is a date or an ordinal, not the units of a compound: "1億2024年" cannot be.
const NOT_UNITS_AFTER: ReadonlySet<string> = new Set(['年', '月', '日', '号', '號', '년', '월', '일', '호', '位', '回', '번']);

/**
 * Whether the number token at `index` closes a compound as its units: fewer digits than the place
 * before it ("2万3500", not "2万35000"), glued to it (a space only in Korean, "7만 5000원"), and no
 * date or ordinal after it.
 */
function isUnitsTerm(tokens: readonly Token[], index: number, value: bigint, place: number): boolean {
  const number = tokens[index];
  const scale = tokens[index - 1];
  if (number === undefined || scale === undefined || value >= 10n ** BigInt(place)) return false;
  if (!number.glued && !/[\uac00-\ud7af]/u.test(scale.text)) return false;
  const after = tokens[index + 1];
  return after === undefined || !(after.glued && NOT_UNITS_AFTER.has(after.text));
}

/**
 * The scale characters of one term at `index`, glued to its digits (or one space away where
 * `spaced` allows it); a lone 千 or 百 only where `smallAlone` allows it.
 */
function matchTerm(tokens: readonly Token[], index: number, smallAlone: boolean, spaced = false): Term | null {
  const first = tokens[index];
  const attached = first !== undefined && (first.glued || (spaced && !first.breakBefore && (LARGE.has(first.text) || SMALL.has(first.text))));
  if (first === undefined || !attached || !isCjkToken(first)) return null;
  const small = SMALL.get(first.text) ?? 0;
  let j = small > 0 ? index + 1 : index;
  const scale = tokens[j];
  // The large scale is glued to what comes before it, unless it is the term's first character (already checked).
  let large = scale !== undefined && (scale.glued || j === index) ? (LARGE.get(scale.text) ?? 0) : 0;
  if (scale === undefined || large === 0) return small > 0 && smallAlone ? { small, large: 0, next: j } : null;
  j += 1;
  if (scale.text === '兆' && MEGA_BEFORE.has(tokens[j]?.text ?? '')) return null;
  // "万亿": ten thousand hundred-millions, the mainland Chinese trillion.
  const after = tokens[j];
  if (large === 4 && after?.glued === true && (after.text === '亿' || after.text === '億')) {
    large = 12;
    j += 1;
  }
  return { small, large, next: j };
}

/** The number token's value as an integer, or null when it has decimals or does not parse ("29.9", "3.3.1"). */
function wholeValue(token: Token): bigint | null {
  const value = parseNumeral(token.lower, false);
  return value === null || value.exponent < 0 ? null : value.coefficient * 10n ** BigInt(value.exponent);
}
