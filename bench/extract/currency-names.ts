/**
 * One table turning the currency names of the labelled sets and of Recognizers-Text into ISO
 * codes and base units, applied alike to gold and to every system: sub-units become a hundredth
 * of their currency ("Cent" 34 → 0.34 USD, "pence" → GBP, "sen" → MYR, "Satoshi" → 1e-8 XBT), and
 * a bare "Franc" is CHF, as capcheck reads bare francs. Names not listed keep their own spelling.
 */

/** A currency name (lower-case) → its ISO code and the factor to its base unit. */
const NAMES: ReadonlyMap<string, readonly [string, number]> = new Map([
  ['dollar', ['USD', 1]], ['united states dollar', ['USD', 1]], ['euro', ['EUR', 1]], ['pound', ['GBP', 1]],
  ['pound sterling', ['GBP', 1]], ['british pound', ['GBP', 1]], ['japanese yen', ['JPY', 1]], ['chinese yuan', ['CNY', 1]],
  ['rupee', ['INR', 1]], ['indian rupee', ['INR', 1]], ['swiss franc', ['CHF', 1]], ['franc', ['CHF', 1]],
  ['canadian dollar', ['CAD', 1]], ['australian dollar', ['AUD', 1]], ['hong kong dollar', ['HKD', 1]],
  ['shekel', ['ILS', 1]], ['malaysian ringgit', ['MYR', 1]], ['danish krone', ['DKK', 1]], ['south african rand', ['ZAR', 1]],
  ['new zealand dollar', ['NZD', 1]], ['singaporean dollar', ['SGD', 1]], ['singapore dollar', ['SGD', 1]],
  ['peseta', ['ESP', 1]], ['netherlands guilder', ['NLG', 1]], ['finnish markka', ['FIM', 1]], ['bitcoin', ['XBT', 1]],
  ['turkish lira', ['TRY', 1]], ['mexican peso', ['MXN', 1]],
  ['cent', ['USD', 0.01]], ['pence', ['GBP', 0.01]], ['penny', ['GBP', 0.01]], ['sen', ['MYR', 0.01]], ['satoshi', ['XBT', 1e-8]],
]);

/** The ISO code and base-unit factor of a currency name, or null when the name is not a listed currency. */
export function normaliseCurrency(name: string): readonly [string, number] | null {
  return NAMES.get(name.toLowerCase()) ?? null;
}
