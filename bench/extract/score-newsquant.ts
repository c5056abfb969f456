/**
 * NewsQuant scores in CQE's way: micro P/R/F1 over the file, where P = matched / predicted (every
 * sentence's predictions count, including sentences with no gold) and R = matched / gold. Subsets
 * filter both sides: money (gold in a currency; predictions that are money), percent, ranges.
 */
import type { NewsQuantGold, NewsQuantSentence } from './load-newsquant.js';
import { countMatches, type MatchKeys } from './match-values.js';
import type { Extractor, Prediction } from './prediction.js';

/** Precision, recall and F1 in percent, with the counts they come from. */
export interface Score {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
  readonly matched: number;
  readonly predicted: number;
  readonly gold: number;
}

/** A subset: which gold and which predictions take part. */
export interface Subset {
  readonly gold: (g: NewsQuantGold) => boolean;
  readonly prediction: (p: Prediction) => boolean;
}

export const ALL: Subset = { gold: () => true, prediction: () => true };
export const MONEY: Subset = { gold: (g) => g.isMoney, prediction: (p) => p.isMoney };
export const PERCENT: Subset = { gold: (g) => g.unit === 'percent', prediction: (p) => p.unit === 'percent' };
export const RANGES: Subset = { gold: (g) => g.isRange, prediction: (p) => p.isRange };
export const MONEY_OR_PERCENT_RANGES: Subset = {
  gold: (g) => g.isRange && (g.isMoney || g.unit === 'percent'),
  prediction: (p) => p.isRange && (p.isMoney || p.unit === 'percent'),
};

/** Runs the extractor once per sentence; scoring reuses the predictions. */
export function predictAll(sentences: readonly NewsQuantSentence[], extractor: Extractor): Prediction[][] {
  return sentences.map((sentence) => extractor(sentence.text));
}

/** Scores predictions on a subset with the given match keys. */
export function scoreNewsQuant(
  sentences: readonly NewsQuantSentence[],
  predictions: readonly Prediction[][],
  subset: Subset,
  keys: MatchKeys,
): Score {
  let matched = 0;
  let predicted = 0;
  let gold = 0;
  sentences.forEach((sentence, i) => {
    const golds = sentence.gold.filter(subset.gold);
    const preds = (predictions[i] ?? []).filter(subset.prediction);
    matched += countMatches(golds, preds, keys);
    predicted += preds.length;
    gold += golds.length;
  });
  return toScore(matched, predicted, gold);
}

/** P/R/F1 in percent from counts. */
export function toScore(matched: number, predicted: number, gold: number): Score {
  const p = predicted === 0 ? 0 : (100 * matched) / predicted;
  const r = gold === 0 ? 0 : (100 * matched) / gold;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1, matched, predicted, gold };
}
