/**
 * Microsoft Recognizers-Text (JS 1.3.1) as the peer, combined the way the CQE harness did:
 * the currency, dimension and percentage models, plus the number model for numbers none of them
 * covered. RT's `end` is inclusive; its currency values and unit names are mapped to ours.
 */
import { Culture, recognizeCurrency, recognizeDimension, recognizeNumber, recognizePercentage } from '@microsoft/recognizers-text-suite';
import type { Prediction } from './prediction.js';

interface RtResult {
  readonly start: number;
  readonly end: number;
  readonly typeName: string;
  readonly resolution?: { readonly value?: string | null; readonly unit?: string; readonly isoCurrency?: string } | null;
}

// RT unit names → ISO codes, where RT gives none ("Dollar" is RT's unspecified dollar, read as USD as NewsQuant does).
const CURRENCY_NAMES: ReadonlyMap<string, string> = new Map([
  ['Dollar', 'USD'], ['United States dollar', 'USD'], ['Euro', 'EUR'], ['Pound', 'GBP'], ['British pound', 'GBP'],
  ['Japanese yen', 'JPY'], ['Chinese yuan', 'CNY'], ['Rupee', 'INR'], ['Indian rupee', 'INR'], ['Swiss franc', 'CHF'],
  ['Canadian dollar', 'CAD'], ['Australian dollar', 'AUD'], ['Hong Kong dollar', 'HKD'],
]);

/** Only the currency model: the money peer. */
export function recognizersCurrency(text: string): Prediction[] {
  return (recognizeCurrency(text, Culture.English) as RtResult[]).flatMap((r) => toPrediction(r, text));
}

/** Currency, dimension, percentage and leftover numbers: the all-quantities peer. */
export function recognizersCombined(text: string): Prediction[] {
  const units = [
    ...(recognizeCurrency(text, Culture.English) as RtResult[]),
    ...(recognizeDimension(text, Culture.English) as RtResult[]),
    ...(recognizePercentage(text, Culture.English) as RtResult[]),
  ];
  const numbers = (recognizeNumber(text, Culture.English) as RtResult[]).filter(
    (n) => !units.some((u) => u.start <= n.end && n.start <= u.end),
  );
  return [...units, ...numbers].flatMap((r) => toPrediction(r, text)).sort((a, b) => a.start - b.start);
}

/** The four models called as the peer runs them, without conversion: what throughput times. */
export function recognizersRaw(text: string): unknown {
  return [
    recognizeCurrency(text, Culture.English),
    recognizeDimension(text, Culture.English),
    recognizePercentage(text, Culture.English),
    recognizeNumber(text, Culture.English),
  ];
}

/** The currency model alone, unconverted. */
export function recognizersRawCurrency(text: string): unknown {
  return recognizeCurrency(text, Culture.English);
}

function toPrediction(result: RtResult, text: string): Prediction[] {
  const raw = result.resolution?.value;
  if (raw === undefined || raw === null) return [];
  const value = Number.parseFloat(raw.replace('%', ''));
  if (!Number.isFinite(value)) return [];
  const money = result.typeName === 'currency';
  const rtUnit = result.resolution?.unit;
  const unit = money
    ? (result.resolution?.isoCurrency ?? CURRENCY_NAMES.get(rtUnit ?? '') ?? rtUnit?.toLowerCase() ?? null)
    : result.typeName === 'percentage'
      ? 'percent'
      : (rtUnit?.toLowerCase().replace(/meter$/, 'metre') ?? null);
  const end = Math.min(text.length, result.end + 1);
  return [{ start: result.start, end, low: value, high: value, isRange: false, unit, isMoney: money, change: '=' }];
}
