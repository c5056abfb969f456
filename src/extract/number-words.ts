/**
 * Numbers written in words before a scale or unit: "two", "ninety-nine", "a", "another",
 * "two hundred", "half a", "a quarter", "three quarters", "one and a half", and in the other
 * five languages the small numbers and articles before a scale ("zwei Milliarden",
 * "un milliard", "dos mil millones", "due miliardi"). Values are exact decimals.
 */
import { decimalFromInteger, parseDecimal, type Decimal } from '../money/decimal.js';
import { isEuropeanScaleWord } from './scales.js';
import type { Token } from './tokenize.js';

/** A spelled-out number, the token after it, and whether it was only an article. */
export interface NumberWords {
  readonly value: Decimal;
  readonly next: number;
  /**
   * "a", "an", "another", "half a", "zwei": these mean a number only before a scale or unit
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
// German, French, Spanish, Portuguese, Italian; "sept" and "due" are English words too, hence the scale after them.
const FOREIGN: ReadonlyMap<string, string> = new Map([
  ...['un', 'une', 'ein', 'eine', 'einer', 'uno', 'una', 'um', 'uma', 'mil'].map((w) => [w, '1'] as const),
  ...['zwei', 'deux', 'dos', 'dois', 'duas', 'due'].map((w) => [w, '2'] as const),
  ...['drei', 'trois', 'tres', 'três', 'tre'].map((w) => [w, '3'] as const),
  ...['vier', 'quatre', 'cuatro', 'quatro', 'quattro'].map((w) => [w, '4'] as const),
  ...['fünf', 'cinq', 'cinco', 'cinque'].map((w) => [w, '5'] as const),
  ...['sechs', 'seis', 'sei'].map((w) => [w, '6'] as const),
  ...['sieben', 'sept', 'siete', 'sete', 'sette'].map((w) => [w, '7'] as const),
  ...['acht', 'huit', 'ocho', 'oito', 'otto'].map((w) => [w, '8'] as const),
  ...['neun', 'neuf', 'nueve', 'nove'].map((w) => [w, '9'] as const),
  ...['zehn', 'dix', 'diez', 'dez', 'dieci'].map((w) => [w, '10'] as const),
  ...['anderthalb', 'eineinhalb'].map((w) => [w, '1.5'] as const),
]);
const HALF = parseDecimal('0.5') as Decimal;
const QUARTER = parseDecimal('0.25') as Decimal;
const THREE_QUARTERS = parseDecimal('0.75') as Decimal;

/** Lower-cased words a spelled-out number can begin with. */
export const NUMBER_WORD_HEADS: ReadonlySet<string> = new Set([...SMALL.keys(), ...TENS.keys(), ...ARTICLES, ...FOREIGN.keys(), 'half', 'quarter']);

/** Parses a spelled-out number starting at token `index`. */
export function parseNumberWords(tokens: readonly Token[], index: number): NumberWords | null {
  const first = tokens[index];
  if (first === undefined || first.kind !== 'word') return null;
  const fraction = parseFraction(tokens, index);
  if (fraction !== null) return fraction;
  if (ARTICLES.has(first.lower)) {
    // "a hundred GPUs" is a plain number; "a" alone needs a scale or unit after it.
    if (wordAt(tokens, index + 1) === 'hundred') return { value: decimalFromInteger(100), next: index + 2, article: false };
    const half = parseFraction(tokens, index + 1);
    if (half !== null) return half;
    return { value: decimalFromInteger(1), next: index + 1, article: true };
  }
  const foreign = FOREIGN.get(first.lower);
  if (foreign !== undefined) {
    // "mil millones": "mil" begins the scale, so the number is an implied one; "mil dólares" is a thousand.
    if (first.lower === 'mil') {
      return isEuropeanScaleWord(wordAt(tokens, index + 1))
        ? { value: decimalFromInteger(1), next: index, article: true }
        : { value: decimalFromInteger(1000), next: index + 1, article: false };
    }
    return isEuropeanScaleWord(wordAt(tokens, index + 1)) ? { value: parseDecimal(foreign) as Decimal, next: index + 1, article: true } : null;
  }
  return parseCardinal(tokens, index);
}

/** "seven", "forty-two", "two hundred and fifty", "one and a half", "three quarters". */
function parseCardinal(tokens: readonly Token[], index: number): NumberWords | null {
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
  if (value === 3 && wordAt(tokens, hyphenSkip(tokens, next)) === 'quarters') {
    return withOfA(tokens, hyphenSkip(tokens, next) + 1, THREE_QUARTERS);
  }
  return { value: decimalFromInteger(value), next, article: false };
}

/** "half a", "half", "quarter", "quarter of a": fractions that need a scale after them. */
function parseFraction(tokens: readonly Token[], index: number): NumberWords | null {
  const word = wordAt(tokens, index);
  if (word === 'half') {
    const after = wordAt(tokens, index + 1);
    return ARTICLES.has(after) ? { value: HALF, next: index + 2, article: true } : { value: HALF, next: index + 1, article: true };
  }
  return word === 'quarter' ? withOfA(tokens, index + 1, QUARTER) : null;
}

/** Skips "of a" after a fraction ("a quarter of a billion"). */
function withOfA(tokens: readonly Token[], next: number, value: Decimal): NumberWords {
  const skip = wordAt(tokens, next) === 'of' && ARTICLES.has(wordAt(tokens, next + 1)) ? 2 : 0;
  return { value, next: next + skip, article: true };
}

/** One to ninety-nine: "seven", "forty", "forty-two", "forty two". */
function parseBelowHundred(tokens: readonly Token[], index: number, first: boolean): { value: number; next: number } | null {
  const word = first ? (tokens[index]?.lower ?? '') : wordAt(tokens, index);
  const small = SMALL.get(word);
  if (small !== undefined) return { value: small, next: index + 1 };
  const tens = TENS.get(word);
  if (tens === undefined) return null;
  const unitIndex = hyphenSkip(tokens, index + 1);
  const unit = SMALL.get(wordAt(tokens, unitIndex));
  return unit !== undefined && unit < 10 ? { value: tens + unit, next: unitIndex + 1 } : { value: tens, next: index + 1 };
}

/** `index + 1` past a hyphen glued on both sides ("forty-two", "three-quarters"), else `index`. */
function hyphenSkip(tokens: readonly Token[], index: number): number {
  const dash = tokens[index];
  return dash?.kind === 'dash' && dash.glued && tokens[index + 1]?.glued === true ? index + 1 : index;
}

/** The lower-cased word at `index`, or '' for anything else (or across a paragraph break). */
function wordAt(tokens: readonly Token[], index: number): string {
  const token = tokens[index];
  return token !== undefined && token.kind === 'word' && !token.breakBefore ? token.lower : '';
}
