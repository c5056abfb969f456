/**
 * The Recognizers-Text English CurrencyModel spec (180 cases, MIT), scored the way RT's own
 * runner does: a case passes when the money predictions equal its results one-to-one on span
 * (RT's inclusive End + 1), value (CQE tolerance) and currency (ISO code; names without one go
 * through currency-names.ts, so "Dollar" is USD and "Cent" 34 is 0.34 USD; unlisted names stay).
 * Spans are compared without a leading qualifier, since RT never includes one, and cover what RT's
 * own spans cover: the number, its scale and every currency word ("420 million finnish markka"),
 * hyphenated forms up to the currency ("12-cent" of "12-cent-a-share").
 */
import { CURRENCY_CODES } from '../../src/types.js';
import { normaliseCurrency } from './currency-names.js';
import { close } from './match-values.js';
import type { Extractor, Prediction } from './prediction.js';
import { readDataJson } from './shared-data.js';

interface SpecCase {
  readonly Input: string;
  readonly NotSupported?: string;
  readonly NotSupportedByDesign?: string;
  readonly Results: readonly {
    readonly Start: number;
    readonly End: number;
    readonly Resolution: { readonly value: string | null; readonly unit: string; readonly isoCurrency?: string };
  }[];
}

/** Passed / total on all cases, the JS-supported ones, and those whose currencies the figure contract can name. */
export interface SpecScore {
  readonly all: readonly [number, number];
  readonly jsSupported: readonly [number, number];
  readonly inContract: readonly [number, number];
  readonly failures: readonly string[];
}

export const CURRENCY_SPEC_FILE = 'recognizers-text/NumberWithUnit__English__CurrencyModel.json';
const CONTRACT: ReadonlySet<string> = new Set(CURRENCY_CODES);

/** Loads the spec, or null when absent. */
export function loadCurrencySpec(): SpecCase[] | null {
  return readDataJson(CURRENCY_SPEC_FILE) as SpecCase[] | null;
}

/** Scores one extractor (whose money predictions are compared) on every case. */
export function scoreCurrencySpec(cases: readonly SpecCase[], extractor: Extractor): SpecScore {
  const tally = { all: [0, 0], js: [0, 0], contract: [0, 0] } as Record<'all' | 'js' | 'contract', [number, number]>;
  const failures: string[] = [];
  cases.forEach((spec, index) => {
    const gold = spec.Results.map((r) => {
      const named = r.Resolution.isoCurrency === undefined ? normaliseCurrency(r.Resolution.unit) : null;
      return {
        start: r.Start,
        end: r.End + 1,
        value: r.Resolution.value === null ? Number.NaN : Number(r.Resolution.value) * (named?.[1] ?? 1),
        unit: r.Resolution.isoCurrency ?? named?.[0] ?? r.Resolution.unit,
      };
    });
    const predictions = extractor(spec.Input).filter((p) => p.isMoney);
    const pass = passes(gold, predictions);
    const jsSupported = !(spec.NotSupported ?? '').includes('javascript') && spec.NotSupportedByDesign === undefined;
    const inContract = gold.every((g) => CONTRACT.has(g.unit) && Number.isFinite(g.value));
    bump(tally.all, pass);
    if (jsSupported) bump(tally.js, pass);
    if (inContract) bump(tally.contract, pass);
    if (!pass) failures.push(`#${index} ${JSON.stringify(spec.Input.slice(0, 90))}: gold ${gold.map((g) => `${g.value} ${g.unit} [${g.start},${g.end})`).join('; ') || 'none'} | got ${predictions.map((p) => `${p.low} ${p.unit} [${p.start},${p.end})`).join('; ') || 'none'}`);
  });
  return { all: tally.all, jsSupported: tally.js, inContract: tally.contract, failures };
}

function passes(gold: readonly { start: number; end: number; value: number; unit: string }[], predictions: readonly Prediction[]): boolean {
  if (gold.length !== predictions.length) return false;
  return gold.every((g, i) => {
    const p = predictions[i];
    return p !== undefined && !p.isRange && p.start === g.start && p.end === g.end && close(p.low, g.value) && p.unit === g.unit;
  });
}

function bump(counter: [number, number], pass: boolean): void {
  counter[0] += pass ? 1 : 0;
  counter[1] += 1;
}
