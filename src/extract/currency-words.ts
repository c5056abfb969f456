/**
 * The currency vocabulary in English, German, French, Spanish, Portuguese and Italian (and CJK, from cjk-currency-words.ts):
 * symbols, ISO codes, dollar prefixes ("C$", "NZ$", "R$") and currency words. Currencies outside
 * the contract map to `null`, so their amounts are recognised and never taken for dollars.
 */
import { CURRENCY_CODES, type CurrencyCode } from '../types.js';
import { CJK_CURRENCY_WORDS } from './cjk-currency-words.js';
import { buildPhraseTable } from './match-phrase.js';
import { WORLD_CURRENCY_WORDS } from './world-currency-words.js';

/** A currency of the contract, or null for one capcheck reads but cannot name. */
export type Currency = CurrencyCode | null;

/** A currency word, whether it marks a figure as written in a European language, and its unit's power of ten. */
export interface CurrencyWord {
  readonly currency: Currency;
  readonly european: boolean;
  /** -2 for cents and pence: "50 cents" is 0.50 dollars. */
  readonly shift: number;
}

/** Symbols written before or after a number ("¢" is handled as a US cent by the matcher). */
export const SYMBOLS: ReadonlyMap<string, Currency> = new Map<string, Currency>([
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['円', 'JPY'], ['元', 'CNY'],
  ['₩', 'KRW'], ['₽', 'RUB'], ['₺', 'TRY'], ['₪', 'ILS'], ['₫', 'VND'], ['฿', 'THB'], ['₱', 'PHP'], ['₿', 'XBT'],
  ['₴', 'UAH'], ['₦', 'NGN'], ['¢', 'USD'], ['₡', 'CRC'], ['₾', 'GEL'], ['₭', 'LAK'],
]);

// "PHP 8" and "PEN" are a language version and a word more often than pesos or soles: only their symbols and names count.
const WORDY_CODES: ReadonlySet<string> = new Set(['PHP', 'PEN']);

/** ISO codes as written in capitals ("EUR 3.5 billion", "USD34.6 million"), with local abbreviations ("RMB", "RM", "NIS"). */
export const CODES: ReadonlyMap<string, Currency> = new Map<string, Currency>([
  ...CURRENCY_CODES.filter((code) => !WORDY_CODES.has(code)).map((code) => [code, code] as const),
  ['RMB', 'CNY'], ['Rs', 'INR'], ['Rs.', 'INR'], ['SFr', 'CHF'], ['Fr.', 'CHF'], ['BTC', 'XBT'], ['NIS', 'ILS'], ['RM', 'MYR'],
  ['Rp', 'IDR'], ['DKr', 'DKK'], ['SKr', 'SEK'], ['NKr', 'NOK'],
  // The Sri Lankan rupee's signs in Tamil and Sinhala script.
  ['ரூ', 'LKR'], ['රු', 'LKR'],
  ['HRK', null],
]);

/** Lower-case codes also read next to a number ("10 rmb", "usd 200"); "cad" and "try" are words first. */
export const LOWER_CODES: ReadonlyMap<string, Currency> = new Map<string, Currency>([
  ['usd', 'USD'], ['eur', 'EUR'], ['gbp', 'GBP'], ['jpy', 'JPY'], ['cny', 'CNY'], ['rmb', 'CNY'], ['inr', 'INR'],
  ['chf', 'CHF'], ['hkd', 'HKD'], ['rs', 'INR'], ['btc', 'XBT'],
]);

/** Words glued before "$" that say which dollar it is ("US$", "C$", "HK$"); unknown ones make it untracked. */
export const DOLLAR_PREFIXES: ReadonlyMap<string, Currency> = new Map<string, Currency>([
  ['us', 'USD'], ['u.s.', 'USD'], ['u.s', 'USD'], ['usd', 'USD'],
  ['c', 'CAD'], ['ca', 'CAD'], ['can', 'CAD'], ['cad', 'CAD'],
  ['a', 'AUD'], ['au', 'AUD'], ['aud', 'AUD'],
  ['hk', 'HKD'], ['hkd', 'HKD'],
  ['nz', 'NZD'], ['nzd', 'NZD'], ['s', 'SGD'], ['sg', 'SGD'], ['sgd', 'SGD'], ['r', 'BRL'], ['brl', 'BRL'],
  ['mex', 'MXN'], ['mx', 'MXN'], ['mxn', 'MXN'], ['nt', 'TWD'], ['ntd', 'TWD'], ['twd', 'TWD'],
  ...['rd', 'bz', 'j', 'ec', 'z', 't'].map((prefix) => [prefix, null] as const),
]);

/** Dollar prefixes trusted with a space before "$" (news wire "US $58.24", tokenized "hk $ 10.05"). */
export const SPACED_DOLLAR_PREFIXES: ReadonlySet<string> = new Set([
  'US', 'U.S.', 'U.S', 'us', 'u.s.', 'u.s', 'hk', 'HK', 'c', 'C', 'AU', 'NZ', 'CA', 'SG', 'S', 'R', 'NT', 'Mex', 'MEX',
]);

const word = (currency: Currency, european = false, shift = 0): CurrencyWord => ({ currency, european, shift });

// Each form with both apostrophes: French elides "de" before a vowel ("d'euros").
const elided = (rest: string): string[] => [`d'${rest}`, `d’${rest}`];

/** Currency words after a number, lower-case; multi-word phrases are space-separated tokens. */
export const SUFFIX_WORDS = buildPhraseTable<CurrencyWord>([
  ...['dollars', 'dollar', 'us dollars', 'us dollar', 'u.s. dollars', 'american dollars', 'bucks'].map((p) => [p, word('USD')] as const),
  ...['us - dollar', 'dollari', 'dollaro', 'dollari usa', 'dollari statunitensi', 'dólares', 'dólar', 'dólares estadounidenses', 'dólares americanos', 'dollars américains'].map(
    (p) => [p, word('USD', true)] as const,
  ),
  // Polish: "175 mld dol." (dolarów); "bln" stays 10^9 here, as in English, though Polish "bln" is 10^12.
  ...['dol', 'dol.', 'dolarów', 'dolary', 'dolara', 'dolar'].map((p) => [p, word('USD', true)] as const),
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
  ...['francos', 'franchi', 'rubel'].map((p) => [p, word(null, true)] as const),
  ...CJK_CURRENCY_WORDS.map(([p, currency]) => [p, word(currency)] as const),
  ...WORLD_CURRENCY_WORDS.map(([p, currency, shift]) => [p, word(currency, false, shift)] as const),
]);
