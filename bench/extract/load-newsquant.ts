/**
 * NewsQuant (CQE, EMNLP 2023; GPL-3.0): 590 news sentences with gold quantities, read from
 * ../shared at run time. Gold units are normalised to ours: currency names become ISO codes
 * ("dollar" → USD, "dollar per barrel" → USD, the rate's currency), sub-units their currency's
 * base unit ("19 cent" → 0.19 USD, see currency-names.ts), "percentage" → percent.
 */
import { normaliseCurrency } from './currency-names.js';
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

const POINT = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;

/** Loads NewsQuant, or null when the file is absent. */
export function loadNewsQuant(): NewsQuantSentence[] | null {
  const raw = readDataJson(NEWSQUANT_FILE) as RawSentence[] | null;
  if (raw === null) return null;
  return raw.map((sentence, index) => ({
    index,
    text: sentence.text,
    gold: sentence.quantities.flatMap((q) => {
      const parsed = parseGoldValue(q.value);
      if (parsed === null) return [];
      const money = currencyOf(q.normalized_unit);
      const [low, high] = money === null ? [parsed.low, parsed.high] : [parsed.low * money[1], parsed.high * money[1]];
      const unit = money?.[0] ?? (q.normalized_unit === 'percentage' ? 'percent' : q.normalized_unit === '-' ? null : q.normalized_unit);
      return [{ low, high, isRange: parsed.isRange, unit, change: q.change, isMoney: money !== null, raw: `${q.value} ${q.normalized_unit}` }];
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

/** The ISO code and base-unit factor of a money unit, "X per Y" rates included; null for anything else. */
function currencyOf(unit: string): readonly [string, number] | null {
  return normaliseCurrency(unit.split(' per ')[0] ?? unit);
}
