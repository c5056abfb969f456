/**
 * Currency markers before and after a number. Markers of currencies capcheck does not track
 * (C$, ¥, "yen") are recognised too, as `null`, so their amounts are never taken for dollars.
 */
import type { CurrencyCode } from '../types.js';
import { buildPhraseTable, matchPhrase } from './match-phrase.js';
import type { Token } from './tokenize.js';

/** A currency marker: the currency (null for an untracked one) and the token after it. */
export interface CurrencyMatch {
  readonly currency: CurrencyCode | null;
  readonly next: number;
}

const SYMBOLS: ReadonlyMap<string, CurrencyCode | null> = new Map<string, CurrencyCode | null>([
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ...['¥', '₹', '₩', '₽', '₺', '₪', '₫', '฿', '₱'].map((symbol) => [symbol, null] as const),
]);

// ISO codes are matched as written: "EUR" is a code, "eur" is not.
const CODES: ReadonlyMap<string, CurrencyCode | null> = new Map<string, CurrencyCode | null>([
  ['USD', 'USD'],
  ['EUR', 'EUR'],
  ['GBP', 'GBP'],
  ...[
    'JPY', 'CNY', 'RMB', 'INR', 'KRW', 'CAD', 'AUD', 'CHF', 'HKD', 'SGD', 'SEK', 'NOK', 'DKK', 'BRL', 'MXN', 'ZAR',
    'TWD', 'RUB', 'NZD',
  ].map((code) => [code, null] as const),
]);

// Prefixes of "$" that make it a dollar capcheck does not track ("C$", "HK$", "A$").
const US_PREFIXES: ReadonlySet<string> = new Set(['US', 'U.S.']);

const SUFFIX_WORDS = buildPhraseTable<CurrencyCode | null>([
  ['dollars', 'USD'],
  ['dollar', 'USD'],
  ['us dollars', 'USD'],
  ['u.s. dollars', 'USD'],
  ['euros', 'EUR'],
  ['euro', 'EUR'],
  ['pounds', 'GBP'],
  ['pound', 'GBP'],
  ['pounds sterling', 'GBP'],
  ['sterling', 'GBP'],
  ['british pounds', 'GBP'],
  ...[
    'canadian dollars',
    'australian dollars',
    'hong kong dollars',
    'singapore dollars',
    'new zealand dollars',
    'taiwan dollars',
    'new taiwan dollars',
    'egyptian pounds',
    'swiss francs',
    'yen',
    'yuan',
    'renminbi',
    'rupees',
    'won',
    'francs',
    'kronor',
    'kroner',
    'krona',
    'rubles',
    'roubles',
    'pesos',
    'reais',
    'rand',
    'lira',
    'dirhams',
    'riyals',
    'ringgit',
    'baht',
    'zloty',
    'shekels',
  ].map((phrase) => [phrase, null] as const),
]);

/** Matches a currency marker written before a number: `$`, `US$`, `USD`, `€`, `EUR`, `£`, `GBP`. */
export function matchCurrencyPrefix(tokens: readonly Token[], index: number): CurrencyMatch | null {
  const token = tokens[index];
  if (token === undefined) return null;
  if (token.kind === 'word') {
    const dollar = tokens[index + 1];
    if (US_PREFIXES.has(token.text) && dollar?.text === '$' && dollar.glued) return { currency: 'USD', next: index + 2 };
    const code = CODES.get(token.text);
    return code === undefined ? null : { currency: code, next: index + 1 };
  }
  if (token.kind !== 'symbol') return null;
  const currency = SYMBOLS.get(token.text);
  if (currency === undefined) return null;
  const previous = tokens[index - 1];
  if (token.text === '$' && token.glued && previous?.kind === 'word') {
    return { currency: US_PREFIXES.has(previous.text) ? 'USD' : null, next: index + 1 };
  }
  return { currency, next: index + 1 };
}

/**
 * Matches a currency marker written after a number: "dollars", "euros", "pounds", "USD",
 * "€", also glued with a hyphen ("billion-dollar").
 */
export function matchCurrencySuffix(tokens: readonly Token[], index: number): CurrencyMatch | null {
  const token = tokens[index];
  if (token === undefined || token.breakBefore) return null;
  if (token.kind === 'dash' && token.glued) {
    const word = tokens[index + 1];
    const phrase = word?.glued === true && word.kind === 'word' ? matchPhrase(tokens, index + 1, SUFFIX_WORDS) : null;
    return phrase === null ? null : { currency: phrase.value, next: phrase.next };
  }
  if (token.kind === 'symbol') {
    const currency = SYMBOLS.get(token.text);
    // "10 €" is common; a "$" after a number is only trusted glued ("5$").
    if (currency === undefined || (token.text === '$' && !token.glued)) return null;
    return { currency, next: index + 1 };
  }
  if (token.kind !== 'word') return null;
  const code = CODES.get(token.text);
  if (code !== undefined) return { currency: code, next: index + 1 };
  const phrase = matchPhrase(tokens, index, SUFFIX_WORDS);
  return phrase === null ? null : { currency: phrase.value, next: phrase.next };
}

/** True when `token` could only be a currency marker, so a number after it belongs to it. */
export function isCurrencyToken(token: Token | undefined): boolean {
  if (token === undefined) return false;
  return token.kind === 'symbol' ? SYMBOLS.has(token.text) : token.kind === 'word' && CODES.has(token.text);
}
