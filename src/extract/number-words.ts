/**
 * Numbers written in words before a scale or unit: "two", "ninety-nine", "a", "another",
 * "two hundred", "half a", "one and a half". Values are exact decimals.
 */
import { decimalFromInteger, parseDecimal, type Decimal } from '../money/decimal.js';
import type { Token } from './tokenize.js';

/** A spelled-out number, the token after it, and whether it was only an article. */
export interface NumberWords {
  readonly value: Decimal;
  readonly next: number;
  /**
   * "a", "an", "another", "half a": these mean a number only before a scale or unit
   * ("a billion users"), never on their own.
   */
  readonly article: boolean;
}

const SMALL: ReadonlyMap<string, number> = new Map(
  [
    'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
    'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
  ].map((word, i) => [word, i + 1] as const),
);
const TENS: ReadonlyMap<string, number> = new Map(
  ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((word, i) => [word, (i + 2) * 10] as const),
);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'another']);
const HALF = parseDecimal('0.5') as Decimal;

/** Parses a spelled-out number starting at token `index`. */
export function parseNumberWords(tokens: readonly Token[], index: number): NumberWords | null {
  const first = tokens[index];
  if (first === undefined || first.kind !== 'word') return null;
  if (first.lower === 'half') {
    return ARTICLES.has(wordAt(tokens, index + 1)) ? { value: HALF, next: index + 2, article: true } : null;
  }
  if (ARTICLES.has(first.lower)) {
    // "a hundred GPUs" is a plain number; "a" alone needs a scale or unit after it.
    if (wordAt(tokens, index + 1) === 'hundred') return { value: decimalFromInteger(100), next: index + 2, article: false };
    return { value: decimalFromInteger(1), next: index + 1, article: true };
  }
  const below = parseBelowHundred(tokens, index, true);
  if (below === null) return null;
  let value = below.value;
  let next = below.next;
  if (wordAt(tokens, next) === 'hundred') {
    value *= 100;
    next += 1;
    const andSkip = wordAt(tokens, next) === 'and' ? 1 : 0;
    const rest = parseBelowHundred(tokens, next + andSkip, false);
    if (rest !== null) {
      value += rest.value;
      next = rest.next;
    }
  }
  // "one and a half": the fraction is kept exact as n + 0.5.
  if (wordAt(tokens, next) === 'and' && wordAt(tokens, next + 1) === 'a' && wordAt(tokens, next + 2) === 'half') {
    return { value: parseDecimal(`${value}.5`) as Decimal, next: next + 3, article: false };
  }
  return { value: decimalFromInteger(value), next, article: false };
}

/** One to ninety-nine: "seven", "forty", "forty-two", "forty two". */
function parseBelowHundred(tokens: readonly Token[], index: number, first: boolean): { value: number; next: number } | null {
  const word = first ? (tokens[index]?.lower ?? '') : wordAt(tokens, index);
  const small = SMALL.get(word);
  if (small !== undefined) return { value: small, next: index + 1 };
  const tens = TENS.get(word);
  if (tens === undefined) return null;
  const dash = tokens[index + 1];
  const hyphenated = dash?.kind === 'dash' && dash.glued && tokens[index + 2]?.glued === true;
  const unitIndex = hyphenated ? index + 2 : index + 1;
  const unit = SMALL.get(wordAt(tokens, unitIndex));
  return unit !== undefined && unit < 10 ? { value: tens + unit, next: unitIndex + 1 } : { value: tens, next: index + 1 };
}

/** The lower-cased word at `index`, or '' for anything else (or across a paragraph break). */
function wordAt(tokens: readonly Token[], index: number): string {
  const token = tokens[index];
  return token !== undefined && token.kind === 'word' && !token.breakBefore ? token.lower : '';
}
