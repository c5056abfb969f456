/**
 * NewsQuant (CQE, EMNLP 2023; GPL-3.0): 590 news sentences with gold quantities, read from
 * ../shared at run time. Gold units are normalised to ours: currency names become ISO codes
 * ("dollar" → USD, "dollar per barrel" → USD, the rate's currency), "percentage" → percent.
 */
import type { GoldValue } from './match-values.js';
import { readDataJson } from './shared-data.js';

/** One NewsQuant sentence and its gold quantities. */
export interface NewsQuantSentence {
  readonly index: number;
  readonly text: string;
  readonly gold: readonly NewsQuantGold[];
}

/** A gold quantity, with the subset it belongs to. */
export interface NewsQuantGold extends GoldValue {
  readonly isMoney: boolean;
  readonly raw: string;
}

interface RawSentence {
  readonly text: string;
  readonly quantities: readonly { readonly value: string; readonly change: string; readonly normalized_unit: string }[];
}

export const NEWSQUANT_FILE = 'cqe-newsquant/formatted_test_set__NewsQuant.json';

const CURRENCIES: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['united states dollar', 'USD'], ['euro', 'EUR'], ['pound sterling', 'GBP'], ['japanese yen', 'JPY'],
  ['chinese yuan', 'CNY'], ['indian rupee', 'INR'], ['swiss franc', 'CHF'], ['canadian dollar', 'CAD'], ['australian dollar', 'AUD'],
  ['hong kong dollar', 'HKD'], ['cent', 'cent'], ['sen', 'sen'], ['pence', 'pence'], ['shekel', 'ILS'], ['malaysian ringgit', 'MYR'],
  ['danish krone', 'DKK'], ['south african rand', 'ZAR'], ['new zealand dollar', 'NZD'], ['singaporean dollar', 'SGD'],
]);
const POINT = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;

/** Loads NewsQuant, or null when the file is absent. */
export function loadNewsQuant(): NewsQuantSentence[] | null {
  const raw = readDataJson(NEWSQUANT_FILE) as RawSentence[] | null;
  if (raw === null) return null;
  return raw.map((sentence, index) => ({
    index,
    text: sentence.text,
    gold: sentence.quantities.flatMap((q) => {
      const value = parseGoldValue(q.value);
      if (value === null) return [];
      const currency = currencyOf(q.normalized_unit);
      const unit = currency ?? (q.normalized_unit === 'percentage' ? 'percent' : q.normalized_unit === '-' ? null : q.normalized_unit);
      return [{ ...value, unit, change: q.change, isMoney: currency !== null, raw: `${q.value} ${q.normalized_unit}` }];
    }),
  }));
}

/** "1.5e9" → a point; "62.0-68.0" or "-5--3" → a range. */
function parseGoldValue(value: string): { low: number; high: number; isRange: boolean } | null {
  if (POINT.test(value)) return { low: Number(value), high: Number(value), isRange: false };
  const cut = value.indexOf('-', 1);
  const low = Number(value.slice(0, cut));
  const high = Number(value.slice(cut + 1));
  return cut > 0 && Number.isFinite(low) && Number.isFinite(high) ? { low, high, isRange: true } : null;
}

/** The ISO code of a money unit, "X per Y" rates included; null for anything else. */
function currencyOf(unit: string): string | null {
  const head = unit.split(' per ')[0] ?? unit;
  return CURRENCIES.get(head.toLowerCase()) ?? null;
}
