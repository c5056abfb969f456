/**
 * Microsoft Recognizers-Text (JS 1.3.1) as the peer, combined the way the CQE harness did:
 * the currency, dimension and percentage models, plus the number model for numbers none of them
 * covered. RT's `end` is inclusive; its currency values and unit names are mapped to ours
 * by the table gold is mapped with (currency-names.ts: "Dollar" → USD, "Cent" 34 → 0.34 USD).
 */
import { Culture, recognizeCurrency, recognizeDimension, recognizeNumber, recognizePercentage } from '@microsoft/recognizers-text-suite';
import { normaliseCurrency } from './currency-names.js';
import type { Prediction } from './prediction.js';

interface RtResult {
  readonly start: number;
  readonly end: number;
  readonly typeName: string;
  readonly resolution?: { readonly value?: string | null; readonly unit?: string; readonly isoCurrency?: string } | null;
}

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
  const parsed = Number.parseFloat(raw.replace('%', ''));
  if (!Number.isFinite(parsed)) return [];
  const money = result.typeName === 'currency';
  const rtUnit = result.resolution?.unit;
  const named = money ? normaliseCurrency(rtUnit ?? '') : null;
  const value = parsed * (named?.[1] ?? 1);
  const unit = money
    ? (named?.[0] ?? result.resolution?.isoCurrency ?? rtUnit?.toLowerCase() ?? null)
    : result.typeName === 'percentage'
      ? 'percent'
      : (rtUnit?.toLowerCase().replace(/meter$/, 'metre') ?? null);
  const end = Math.min(text.length, result.end + 1);
  return [{ start: result.start, end, low: value, high: value, isRange: false, unit, isMoney: money, change: '=' }];
}
