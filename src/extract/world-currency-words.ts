/**
 * English names of currencies beyond the ten majors, and of sub-units: "kronor", "shekels",
 * "Deutsche marks", "pesetas", "bitcoins", "cents", "pence". Each names its ISO code and the
 * power of ten of its unit ("50 cents" is 0.50 USD); ambiguous names map to null.
 */
import type { CurrencyCode } from '../types.js';
import { AMBIGUOUS_CJK_CURRENCY_WORDS } from './cjk-currency-words.js';

/** A currency name: `[phrase, code or null, power of ten of one unit]`. */
export type WorldCurrencyWord = readonly [phrase: string, currency: CurrencyCode | null, shift: number];

const names = (code: CurrencyCode | null, phrases: readonly string[], shift = 0): WorldCurrencyWord[] =>
  phrases.map((phrase) => [phrase, code, shift] as const);

/**
 * Bare "francs" are Swiss francs: the only franc of the contract still in use. "Cents" are US
 * cents and "pence" British pence unless a currency is named ("euro cents"); "sen" are Malaysian.
 * "Kroner", "crowns", "pesos", "dinars", "shillings" and "kr" name several currencies: null.
 */
export const WORLD_CURRENCY_WORDS: readonly WorldCurrencyWord[] = [
  ...names('SGD', ['singapore dollars', 'singapore dollar', 'singaporean dollars', 'singaporean dollar', 'sg dollars']),
  ...names('NZD', ['new zealand dollars', 'new zealand dollar', 'nz dollars', 'kiwi dollars']),
  ...names('TWD', ['taiwan dollars', 'taiwan dollar', 'new taiwan dollars', 'taiwanese dollars', 'nt dollars']),
  ...names('MXN', ['mexican pesos', 'mexican peso']),
  ...names('ARS', ['argentine pesos', 'argentinian pesos']),
  ...names('CLP', ['chilean pesos']),
  ...names('COP', ['colombian pesos']),
  ...names('PHP', ['philippine pesos', 'philippine peso']),
  ...names('EGP', ['egyptian pounds', 'egyptian pound']),
  ...names('IEP', ['irish pounds', 'punts']),
  ...names('KRW', ['won', 'korean won', 'south korean won']),
  ...names('DKK', ['danish crowns', 'danish kroner', 'danish krone']),
  ...names('NOK', ['norwegian crowns', 'norwegian kroner', 'norwegian krone']),
  ...names('SEK', ['swedish crowns', 'swedish kronor', 'swedish krona', 'kronor', 'krona']),
  ...names('ISK', ['icelandic kronur', 'icelandic krona', 'icelandic kronas']),
  ...names('CZK', ['czech crowns', 'czech korunas', 'czech koruna', 'koruna', 'korunas']),
  ...names('CHF', ['francs', 'franc']),
  ...names('FRF', ['french francs', 'french franc']),
  ...names('BEF', ['belgian francs', 'belgian franc']),
  ...names('RUB', ['rubles', 'roubles', 'ruble', 'rouble', 'russian rubles', 'russian roubles']),
  ...names('BRL', ['reais', 'brazilian reais', 'brazilian real']),
  ...names('ZAR', ['rand', 'south african rand']),
  ...names('TRY', ['lira', 'liras', 'turkish lira', 'turkish liras']),
  ...names('ITL', ['lire', 'italian lire', 'italian lira']),
  ...names('AED', ['dirhams', 'dirham', 'uae dirhams', 'emirati dirhams']),
  ...names('SAR', ['riyals', 'riyal', 'saudi riyals']),
  ...names('QAR', ['qatari riyals', 'qatari riyal']),
  ...names('KWD', ['kuwaiti dinars', 'kuwaiti dinar']),
  ...names('MYR', ['ringgit', 'malaysian ringgit']),
  ...names('THB', ['baht', 'thai baht']),
  ...names('PLN', ['zloty', 'zlotys', 'zlotych', 'polish zloty', 'zł']),
  ...names('ILS', ['shekels', 'shekel', 'new shekels', 'israeli shekels', 'new israeli shekels']),
  ...names('ESP', ['pesetas', 'peseta', 'spanish pesetas']),
  ...names('FIM', ['markka', 'markkaa', 'finnish markka', 'finnish marks']),
  ...names('NLG', ['guilders', 'guilder', 'dutch guilders']),
  ...names('DEM', ['marks', 'deutsche marks', 'deutsche mark', 'deutschmarks', 'german marks', 'd - marks']),
  ...names('ATS', ['schillings', 'austrian schillings']),
  ...names('PTE', ['escudos', 'portuguese escudos']),
  ...names('GRD', ['drachmas', 'drachmae', 'greek drachmas']),
  ...names('IDR', ['rupiah', 'indonesian rupiah']),
  ...names('VND', ['dong', 'vietnamese dong']),
  ...names('NGN', ['naira', 'nigerian naira']),
  ...names('UAH', ['hryvnia', 'hryvnias', 'hryvnas']),
  ...names('HUF', ['forints', 'forint', 'hungarian forints']),
  ...names('RON', ['lei', 'romanian lei']),
  ...names('BGN', ['leva', 'bulgarian leva']),
  ...names('KES', ['kenyan shillings', 'kenyan shilling']),
  ...names('PKR', ['pakistani rupees', 'pakistani rupee']),
  ...names('LKR', ['sri lankan rupees', 'sri lankan rupee', 'sri lanka rupees', 'lankan rupees']),
  // Bare "colon" is punctuation or anatomy: only the accented and plural forms name the currency.
  ...names('CRC', ['colones', 'colón', 'costa rican colones', 'costa rican colón', 'costa rican colon']),
  ...names('GEL', ['lari', 'laris', 'georgian lari']),
  ...names('LAK', ['kip', 'lao kip', 'laotian kip']),
  ...names('XBT', ['bitcoins', 'bitcoin', 'btc']),
  ...names('XBT', ['satoshis', 'satoshi'], -8),
  ...names('USD', ['cents', 'cent', 'us cents'], -2),
  ...names('EUR', ['euro cents', 'eurocents', 'euro cent'], -2),
  ...names('GBP', ['pence', 'penny'], -2),
  ...names('MYR', ['sen'], -2),
  ...names('CNY', ['kuai']),
  ...names(null, ['crowns', 'kroner', 'krone', 'kronen', 'pesos', 'dinars', 'shillings', 'kr', 'kr .', 'rupiahs']),
];

/**
 * Names that are as often ordinary words ("208 pounds", "the team won", "90 marks", "garlands of
 * lei", "a 50 kip load"): money only with a scale, a currency sign, or in a sentence about money.
 */
export const AMBIGUOUS_CURRENCY_WORDS: ReadonlySet<string> = new Set([
  'pounds', 'pound', 'won', 'marks', 'lei', 'dong', 'rand', 'lira', 'kip', ...AMBIGUOUS_CJK_CURRENCY_WORDS,
]);
