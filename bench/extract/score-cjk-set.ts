/**
 * Scores an extractor on capcheck's own Japanese/Chinese/Korean set (cjk-money-set.ts) in the
 * NewsQuant way: micro P/R/F1, one-to-one per sentence, every prediction counted. Values are
 * compared in base units (yen, watts, users), so predictions come straight from the figures.
 */
import { extractFigures } from '../../src/extract/extract-figures.js';
import { decimalToNumber } from '../../src/money/decimal.js';
import type { Figure } from '../../src/types.js';
import type { CjkGoldFigure, CjkGoldSentence } from './cjk-money-set.js';
import { countMatches, type GoldValue, type MatchKeys } from './match-values.js';
import { changeOf } from './capcheck-adapter.js';
import type { Prediction } from './prediction.js';
import { toScore, type Score } from './score-newsquant.js';

/** The set's scores: value only, value and unit (currency), and value, unit and qualifier. */
export interface CjkSetScores {
  readonly value: Score;
  readonly valueUnit: Score;
  readonly valueUnitChange: Score;
  /** Value and unit, per language. */
  readonly byLanguage: Readonly<Record<CjkGoldSentence['language'], Score>>;
}

/** A gold figure in the matcher's shape. */
export function toGoldValue(figure: CjkGoldFigure): GoldValue {
  return { low: figure.low, high: figure.high ?? figure.low, isRange: figure.high !== undefined, unit: figure.unit, change: figure.change };
}

/** One extracted figure as a prediction in base units; the unit is its currency, "percent" or its quantity unit. */
export function toBasePrediction(figure: Figure): Prediction {
  const amount = figure.amount;
  const [low, high] = amount.kind === 'range' ? [amount.low, amount.high] : [amount.value, amount.value];
  const unit = figure.kind === 'money' ? figure.currency : figure.kind === 'percent' ? 'percent' : figure.unit;
  return {
    start: figure.start,
    end: figure.end,
    low: decimalToNumber(low),
    high: decimalToNumber(high),
    isRange: amount.kind === 'range',
    unit,
    isMoney: figure.kind === 'money',
    change: changeOf(figure),
  };
}

/** Scores `extract` (capcheck's extractor by default) on the sentences. */
export function scoreCjkSet(
  sentences: readonly CjkGoldSentence[],
  extract: (text: string) => readonly Figure[] = extractFigures,
): CjkSetScores {
  const predictions = sentences.map((sentence) => extract(sentence.text).map(toBasePrediction));
  const score = (keys: MatchKeys, language?: CjkGoldSentence['language']): Score => {
    let matched = 0;
    let predicted = 0;
    let gold = 0;
    sentences.forEach((sentence, i) => {
      if (language !== undefined && sentence.language !== language) return;
      const preds = predictions[i] ?? [];
      matched += countMatches(sentence.figures.map(toGoldValue), preds, keys);
      predicted += preds.length;
      gold += sentence.figures.length;
    });
    return toScore(matched, predicted, gold);
  };
  const valueUnit = { unit: true, change: false };
  return {
    value: score({ unit: false, change: false }),
    valueUnit: score(valueUnit),
    valueUnitChange: score({ unit: true, change: true }),
    byLanguage: { ja: score(valueUnit, 'ja'), zh: score(valueUnit, 'zh'), ko: score(valueUnit, 'ko') },
  };
}

/** Each sentence whose figures are not all matched on value, unit and qualifier, with what was found. */
export function listCjkMisses(sentences: readonly CjkGoldSentence[], extract: (text: string) => readonly Figure[] = extractFigures): string[] {
  const misses: string[] = [];
  for (const sentence of sentences) {
    const preds = extract(sentence.text).map(toBasePrediction);
    const matched = countMatches(sentence.figures.map(toGoldValue), preds, { unit: true, change: true });
    if (matched === sentence.figures.length && preds.length === matched) continue;
    const show = (f: { low: number; high: number; unit: string | null; change: string }): string =>
      `${f.change}${f.low === f.high ? f.low : `${f.low}–${f.high}`} ${f.unit ?? ''}`;
    misses.push(`${sentence.text}\n  gold: ${sentence.figures.map((g) => show(toGoldValue(g))).join('; ')}\n  got:  ${preds.map(show).join('; ')}`);
  }
  return misses;
}
