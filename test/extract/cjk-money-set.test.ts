/**
 * capcheck's own Japanese/Chinese/Korean labelled set (bench/extract/cjk-money-set.ts): well-formed,
 * large enough, and extracted at least as well as the floors below, so the extractor cannot
 * silently regress on it. Raise a floor when the extractor improves.
 */
import { describe, expect, it } from 'vitest';
import { CJK_MONEY_SET } from '../../bench/extract/cjk-money-set.js';
import { scoreCjkSet } from '../../bench/extract/score-cjk-set.js';
import { CURRENCY_CODES } from '../../src/types.js';

const UNITS: ReadonlySet<string> = new Set<string>([...CURRENCY_CODES, 'GPU', 'W', 'user', 'percent']);
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;

describe('the CJK money set', () => {
  const figures = CJK_MONEY_SET.flatMap((sentence) => sentence.figures);

  it('holds at least 100 figures, a quarter or more in each language', () => {
    expect(figures.length).toBeGreaterThanOrEqual(100);
    for (const language of ['ja', 'zh', 'ko'] as const) {
      const count = CJK_MONEY_SET.filter((s) => s.language === language).flatMap((s) => s.figures).length;
      expect(count, language).toBeGreaterThanOrEqual(25);
    }
  });

  it.each(CJK_MONEY_SET.map((sentence) => [sentence.text, sentence] as const))('%s is well-formed', (_, sentence) => {
    expect(sentence.text).toMatch(CJK);
    // Japanese and Chinese end sentences with 。！？, Korean with the Latin stops.
    expect(sentence.text).toMatch(sentence.language === 'ko' ? /[.!?]$/u : /[。！？]$/u);
    expect(sentence.figures.length).toBeGreaterThan(0);
    for (const figure of sentence.figures) {
      expect(UNITS.has(figure.unit), figure.unit).toBe(true);
      expect(Number.isFinite(figure.low) && figure.low > 0).toBe(true);
      if (figure.high !== undefined) expect(figure.high).toBeGreaterThan(figure.low);
    }
  });

  it('has no sentence twice', () => {
    expect(new Set(CJK_MONEY_SET.map((s) => s.text)).size).toBe(CJK_MONEY_SET.length);
  });

  it('is extracted above its floors', () => {
    const scores = scoreCjkSet(CJK_MONEY_SET);
    expect(scores.valueUnit.p).toBeGreaterThanOrEqual(FLOORS.valueUnitPrecision);
    expect(scores.valueUnit.r).toBeGreaterThanOrEqual(FLOORS.valueUnitRecall);
    expect(scores.valueUnitChange.f1).toBeGreaterThanOrEqual(FLOORS.allKeysF1);
  });
});

/** Today's scores, rounded down: value+unit precision and recall, and F1 on value, unit and qualifier. */
const FLOORS = { valueUnitPrecision: 99, valueUnitRecall: 99, allKeysF1: 99 };
