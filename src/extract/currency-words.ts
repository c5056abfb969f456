/**
 * The currency vocabulary in English, German, French, Spanish, Portuguese and Italian:
 * symbols, ISO codes, dollar prefixes ("C$") and currency words. Currencies capcheck does
 * not track map to `null`, so their amounts are recognised and never taken for dollars.
 */
import type { CurrencyCode } from '../types.js';
import { buildPhraseTable } from './match-phrase.js';

/** A tracked currency, or null for one capcheck reads but does not track. */
export type Currency = CurrencyCode | null;

/** A currency word and whether it marks a figure as written in a European language. */
export interface CurrencyWord {
  readonly currency: Currency;
  readonly european: boolean;
}

/** Symbols written before or after a number. */
export const SYMBOLS: ReadonlyMap<string, Currency> = new Map<string, Currency>([
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['円', 'JPY'],
  ['元', 'CNY'],
  ...['₩', '₽', '₺', '₪', '₫', '฿', '₱', '₡', '₾', '₭', '₿', '¢'].map((symbol) => [symbol, null] as const),
]);

const TRACKED_CODES: readonly CurrencyCode[] = ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'INR', 'CHF', 'CAD', 'AUD', 'HKD'];
const UNTRACKED_CODES = [
  'KRW', 'SGD', 'SEK', 'NOK', 'DKK', 'BRL', 'MXN', 'ZAR', 'TWD', 'RUB', 'NZD', 'TRY', 'PLN', 'IDR', 'BTC', 'CRC', 'GEL', 'LAK',
];

/** ISO codes as written in capitals ("EUR 3.5 billion", "USD34.6 million"); "RMB" is the yuan. */
export const CODES: ReadonlyMap<string, Currency> = new Map<string, Currency>([
  ...TRACKED_CODES.map((code) => [code, code] as const),
  ['RMB', 'CNY'],
  ['Rs', 'INR'],
  ['Rs.', 'INR'],
  ['CHF', 'CHF'],
  ['SFr', 'CHF'],
  ['Fr.', 'CHF'],
  ...UNTRACKED_CODES.map((code) => [code, null] as const),
]);

/** Lower-case codes also read next to a number ("10 rmb", "usd 200"); "cad" and "try" are words first. */
export const LOWER_CODES: ReadonlyMap<string, Currency> = new Map<string, Currency>([
  ['usd', 'USD'], ['eur', 'EUR'], ['gbp', 'GBP'], ['jpy', 'JPY'], ['cny', 'CNY'], ['rmb', 'CNY'], ['inr', 'INR'],
  ['chf', 'CHF'], ['hkd', 'HKD'], ['rs', 'INR'],
]);

/** Words glued before "$" that say which dollar it is ("US$", "C$", "HK$"); unknown ones make it untracked. */
export const DOLLAR_PREFIXES: ReadonlyMap<string, Currency> = new Map<string, Currency>([
  ['us', 'USD'], ['u.s.', 'USD'], ['usd', 'USD'],
  ['c', 'CAD'], ['ca', 'CAD'], ['can', 'CAD'], ['cad', 'CAD'],
  ['a', 'AUD'], ['au', 'AUD'], ['aud', 'AUD'],
  ['hk', 'HKD'], ['hkd', 'HKD'],
  ...['nz', 'nzd', 's', 'sg', 'r', 'mex', 'mx', 'mxn', 'nt', 'rd', 'bz', 'j', 'ec'].map((prefix) => [prefix, null] as const),
]);

/** Dollar prefixes trusted with a space before "$" (news wire "US $58.24", tokenized "hk $ 10.05"). */
export const SPACED_DOLLAR_PREFIXES: ReadonlySet<string> = new Set(['US', 'U.S.', 'us', 'hk', 'HK', 'c', 'C', 'AU', 'NZ', 'CA', 'SG', 'S']);

/** Currency words that are as often a unit of weight ("208 pounds"): money only with a scale or in a sentence about money. */
export const WEIGHT_LIKE: ReadonlySet<string> = new Set(['pounds', 'pound']);

const word = (currency: Currency, european = false): CurrencyWord => ({ currency, european });

// Each form with both apostrophes: French elides "de" before a vowel ("d'euros").
const elided = (rest: string): string[] => [`d'${rest}`, `d’${rest}`];

/** Currency words after a number, lower-case; multi-word phrases are space-separated tokens. */
export const SUFFIX_WORDS = buildPhraseTable<CurrencyWord>([
  ...['dollars', 'dollar', 'us dollars', 'us dollar', 'u.s. dollars', 'american dollars', 'bucks'].map((p) => [p, word('USD')] as const),
  ...['us - dollar', 'dollari', 'dollaro', 'dollari usa', 'dollari statunitensi', 'dólares', 'dólar', 'dólares estadounidenses', 'dólares americanos', 'dollars américains'].map(
    (p) => [p, word('USD', true)] as const,
  ),
  ...['euros', 'euro'].map((p) => [p, word('EUR')] as const),
  ...elided('euros').map((p) => [p, word('EUR', true)] as const),
  ...elided('euro').map((p) => [p, word('EUR', true)] as const),
  ...['pounds', 'pound', 'pounds sterling', 'sterling', 'british pounds'].map((p) => [p, word('GBP')] as const),
  ...['pfund', 'britische pfund', 'livres', 'livres sterling', 'libras', 'libras esterlinas', 'sterline', 'sterlina'].map(
    (p) => [p, word('GBP', true)] as const,
  ),
  ...['yen', 'japanese yen'].map((p) => [p, word('JPY')] as const),
  ...['yens', 'yenes', 'ienes', 'iene', 'japanische yen'].map((p) => [p, word('JPY', true)] as const),
  ...['yuan', 'chinese yuan', 'renminbi'].map((p) => [p, word('CNY')] as const),
  ...['yuans', 'yuanes'].map((p) => [p, word('CNY', true)] as const),
  ...['rupees', 'rupee', 'indian rupees'].map((p) => [p, word('INR')] as const),
  ...['rupien', 'roupies', 'rupias', 'rupie', 'indische rupien'].map((p) => [p, word('INR', true)] as const),
  ['swiss francs', word('CHF')],
  ...['franken', 'schweizer franken', 'francs suisses', 'francos suizos', 'francos suíços', 'franchi svizzeri'].map(
    (p) => [p, word('CHF', true)] as const,
  ),
  ...['canadian dollars', 'canadian dollar'].map((p) => [p, word('CAD')] as const),
  ...['kanadische dollar', 'dollars canadiens', 'dólares canadienses', 'dólares canadenses', 'dollari canadesi'].map(
    (p) => [p, word('CAD', true)] as const,
  ),
  ...['australian dollars', 'australian dollar'].map((p) => [p, word('AUD')] as const),
  ...['australische dollar', 'dollars australiens', 'dólares australianos', 'dollari australiani'].map(
    (p) => [p, word('AUD', true)] as const,
  ),
  ...['hong kong dollars', 'hong kong dollar', 'hk dollars'].map((p) => [p, word('HKD')] as const),
  ...['hongkong - dollar', 'dollars de hong kong', 'dólares de hong kong'].map((p) => [p, word('HKD', true)] as const),
  ...[
    'singapore dollars', 'new zealand dollars', 'taiwan dollars', 'new taiwan dollars', 'mexican pesos', 'egyptian pounds',
    'won', 'crowns', 'danish crowns', 'francs', 'francos', 'franchi', 'kronor', 'kroner', 'krona', 'kronen', 'rubles', 'roubles', 'rubel', 'pesos',
    'reais', 'rand', 'lira', 'lire', 'turkish lira', 'dirhams', 'riyals', 'ringgit', 'baht', 'zloty', 'shekels', 'pesetas',
    'markka', 'finnish markka', 'guilders', 'dutch guilders', 'cents', 'cent', 'pence', 'penny', 'bitcoins', 'bitcoin', 'satoshis',
    'rupiah', 'dong', 'naira',
  ].map((p) => [p, word(null)] as const),
]);
