/**
 * Currency markers before and after a number, in six languages: "$", "US$", "C$", "EUR",
 * "USD34.6", "Rs", "10 €", "dollars", "Milliarden Dollar", "millones de dólares", "d'euros".
 */
import { CODES, DOLLAR_PREFIXES, LOWER_CODES, SPACED_DOLLAR_PREFIXES, SUFFIX_WORDS, SYMBOLS, type Currency, type CurrencyWord } from './currency-words.js';
import { isCjkCode } from './is-cjk.js';
import { matchPhrase } from './match-phrase.js';
import type { Token } from './tokenize.js';
import { AMBIGUOUS_CURRENCY_WORDS } from './world-currency-words.js';

/** A currency marker: the currency (null for one outside the contract), the token after it, and its language. */
export interface CurrencyMatch {
  readonly currency: Currency;
  readonly next: number;
  /** The marker is a European-language word or a spaced suffix "€", so "66.000" groups thousands. */
  readonly european: boolean;
  /** Power of ten of the marker's unit: -2 for "cents", "pence", "¢". */
  readonly shift: number;
}

// "M" glued before a code means millions: "30 MUSD", "MEUR 120".
const MILLION_CODE = /^M(USD|EUR|GBP|AUD|CHF|CAD|JPY)$/;

/** Matches a currency marker written before a number: `$`, `US$`, `C$`, `€`, `EUR`, `Rs.`, `CN¥`. */
export function matchCurrencyPrefix(tokens: readonly Token[], index: number): CurrencyMatch | null {
  const token = tokens[index];
  if (token === undefined) return null;
  if (token.kind === 'word') {
    const symbol = tokens[index + 1];
    if (symbol?.kind === 'symbol' && (symbol.text === '$' || symbol.text === '¥')) {
      const glued = symbol.glued;
      if (symbol.text === '¥') return glued && token.text === 'CN' ? found('CNY', index + 2) : null;
      const dollar = DOLLAR_PREFIXES.get(token.lower);
      if (dollar !== undefined && (glued || SPACED_DOLLAR_PREFIXES.has(token.text))) return found(dollar, index + 2);
    }
    // "Rs." and "Fr." carry their dot as a separate token.
    const dot = tokens[index + 1];
    const dotted = dot?.text === '.' && dot.glued ? CODES.get(`${token.text}.`) : undefined;
    if (dotted !== undefined) return found(dotted, index + 2);
    const code = CODES.get(token.text) ?? LOWER_CODES.get(token.text);
    return code === undefined ? null : found(code, index + 1);
  }
  if (token.kind !== 'symbol' || token.text === '¢') return null;
  const currency = SYMBOLS.get(token.text);
  if (currency === undefined) return null;
  const previous = tokens[index - 1];
  // "C$", "R$", "HK$": the word before decides which dollar; an unknown one makes the amount unreadable.
  if (token.text === '$' && token.glued && previous?.kind === 'word' && !endsTableCell(tokens, index - 1)) return found(DOLLAR_PREFIXES.get(previous.lower) ?? null, index + 1);
  // "NZ $99.99": a spaced country prefix still names the dollar.
  if (token.text === '$' && previous !== undefined && SPACED_DOLLAR_PREFIXES.has(previous.text)) return found(DOLLAR_PREFIXES.get(previous.lower) ?? null, index + 1);
  // "$US113 trillion", "$A82,615,680": Australian style puts the country after the sign.
  const country = tokens[index + 1];
  if (token.text === '$' && country?.kind === 'word' && country.glued && tokens[index + 2]?.glued === true) {
    const dollar = DOLLAR_PREFIXES.get(country.lower);
    if (dollar !== undefined && country.text === country.text.toUpperCase()) return found(dollar, index + 2);
  }
  return found(currency, index + 1);
}

/**
 * Matches a currency marker written after a number (or its scale): "dollars", "USD", "€",
 * "Dollar", "de dólares", "d'euros", also glued with a hyphen ("billion-dollar").
 */
export function matchCurrencySuffix(tokens: readonly Token[], index: number): CurrencyMatch | null {
  const token = tokens[index];
  if (token === undefined || token.breakBefore) return null;
  if (token.kind === 'dash' && token.glued) {
    const next = tokens[index + 1];
    const phrase = next?.glued === true && next.kind === 'word' ? matchPhrase(tokens, index + 1, SUFFIX_WORDS) : null;
    return phrase === null ? null : found(phrase.value.currency, phrase.next, phrase.value.european, phrase.value.shift);
  }
  const after = tokens[index + 1];
  // A marker glued to the next number is that number's prefix ("3 USD50 cards", "1 $10 bill").
  if (after?.kind === 'number' && after.glued) return null;
  if (token.kind === 'symbol') {
    const currency = SYMBOLS.get(token.text);
    // "10 €" is common; a spaced "$" after a number is trusted where no number follows it ("10 $ is not much"),
    // or where the next number has its own sign or counts sub-units ("10 $ 30 $", "10 $ 30 cent").
    const ownsNext = after?.kind === 'number' && !endsAmountBefore(tokens, index);
    if (currency === undefined || (token.text === '$' && !token.glued && (ownsNext || (after?.glued === true && after.kind === 'word')))) return null;
    return found(currency, index + 1, token.text === '€' && !token.glued, token.text === '¢' ? -2 : 0);
  }
  if (token.kind !== 'word') return null;
  const code = CODES.get(token.text) ?? LOWER_CODES.get(token.text);
  if (code !== undefined && token.text !== 'Rs' && token.text !== 'RM') return found(code, index + 1);
  const phrase = matchPhrase(tokens, index, SUFFIX_WORDS);
  return phrase === null ? null : found(phrase.value.currency, phrase.next, phrase.value.european, phrase.value.shift);
}

/**
 * The word glued before a "$" ends a table cell flattened into text, so it is no country prefix:
 * a row's label ("Microsoft$53B", "Meta$38B": a prefix is short or upper-case, "HK", "Mex") or the
 * scale of the cell before ("$38B$60–65B").
 */
function endsTableCell(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index];
  if (word === undefined || DOLLAR_PREFIXES.has(word.lower)) return false;
  if (word.glued && tokens[index - 1]?.kind === 'number') return true;
  return word.text.length >= 4 && /^\p{Lu}?\p{Ll}+$/u.test(word.text);
}

// A currency name after these is a noun in the sentence, not a prefix: "the dollar 1.5% higher".
const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'each', 'every', 'per', 'its', 'their', 'our', 'his', 'her', 'my', 'your',
  'whose', 'which', 'what', 'any', 'some', 'no',
]);

/**
 * One-word currency names that may come before their number, as codes do ("dollar 22.5 million",
 * "rupees 12,500"). Never sub-units ("sen 100,000"), names that are also ordinary words, or
 * several words: "Chinese", "new" and "US" open too many phrases that are not amounts.
 */
export const NAME_PREFIXES: ReadonlyMap<string, Currency> = new Map(
  [...SUFFIX_WORDS].flatMap(([head, entries]) =>
    entries.filter((e) => e.words.length === 1 && isPrefixName(e.value, head)).map((e) => [head, e.value.currency] as const),
  ),
);

// Words that qualify a currency name ("Hong Kong", "Canadian"): the name after them is the tail of a longer one.
const NAME_QUALIFIERS: ReadonlySet<string> = new Set([...SUFFIX_WORDS.values()].flatMap((entries) => entries.flatMap((e) => e.words.slice(0, -1))));

/**
 * Matches a currency name written before its number (the caller checks the number), unless a
 * determiner makes it a noun ("the dollar") or it ends a longer name ("Canadian dollars 5,000").
 */
export function matchCurrencyNamePrefix(tokens: readonly Token[], index: number): CurrencyMatch | null {
  const token = tokens[index];
  const currency = token?.kind === 'word' ? NAME_PREFIXES.get(token.lower) : undefined;
  const previous = tokens[index - 1]?.lower ?? '';
  if (currency === undefined || DETERMINERS.has(previous) || NAME_QUALIFIERS.has(previous)) return null;
  return found(currency, index + 1);
}

function isPrefixName(word: CurrencyWord, name: string): boolean {
  // CJK names follow their number ("5000億円"): a lone 円 or 元 before digits is part of another word.
  return word.currency !== null && word.shift === 0 && !word.european && !AMBIGUOUS_CURRENCY_WORDS.has(name) && !isCjkCode(name.charCodeAt(0));
}

/**
 * The marker at `index` stands between two numbers and ends the first: the second has its own
 * sign after it ("10 $ 30 $") or counts sub-units ("10 $ 30 cent"). Before a currency word it is
 * the second's prefix, doubled as people do ("1 $ 10 dollars bill").
 */
export function endsAmountBefore(tokens: readonly Token[], index: number): boolean {
  if (tokens[index - 1]?.kind !== 'number' || tokens[index + 1]?.kind !== 'number') return false;
  const own = matchCurrencySuffix(tokens, index + 2);
  return own !== null && (tokens[index + 2]?.kind === 'symbol' || own.shift < 0);
}

/** "30 MUSD": a code carrying a million scale; returns the currency, or undefined when the token is none. */
export function matchMillionCode(token: Token | undefined): Currency | undefined {
  // The length and the leading "M" rule out almost every word before the regex runs.
  const match = token?.kind === 'word' && token.text.length === 4 && token.text.charCodeAt(0) === 77 ? MILLION_CODE.exec(token.text) : null;
  return match === null ? undefined : (CODES.get(match[1] ?? '') ?? null);
}

/** True when `token` could only be a currency marker, so a number after it belongs to it. */
export function isCurrencyToken(token: Token | undefined): boolean {
  if (token === undefined) return false;
  return token.kind === 'symbol' ? SYMBOLS.has(token.text) : token.kind === 'word' && CODES.has(token.text);
}

function found(currency: Currency, next: number, european = false, shift = 0): CurrencyMatch {
  return { currency, next, european, shift };
}
