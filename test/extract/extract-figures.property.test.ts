import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/extract-figures.js';

/** The laws every extraction obeys, whatever the input. */
function checkLaws(input: string): void {
  const figures = extractFigures(input);
  let previousEnd = 0;
  for (const figure of figures) {
    expect(figure.start).toBeGreaterThanOrEqual(previousEnd);
    expect(figure.end).toBeGreaterThan(figure.start);
    expect(figure.end).toBeLessThanOrEqual(input.length);
    expect(figure.text).toBe(input.slice(figure.start, figure.end));
    previousEnd = figure.end;
  }
}

const pieces = [
  '$', 'US$', 'USD', 'EUR', '€', '£', 'GBP', 'C$', '¥', '~', '+', '%', '-', '–', '—', ',', '.', ':', '/', "'",
  ' ', ' ', ' ', '\n', '\n\n', '0', '7', '12', '60', '1,234', '1,234.5', '2025', '3.3', '999999999999999999999999999',
  'billion', 'million', 'bn', 'B', 'm', 'k', 'T', 'trillion', 'thousand', 'billions', 'hundred',
  'a', 'an', 'another', 'half', 'one', 'twenty', 'five', 'and', 'to', 'between', 'from', 'by', 'of',
  'about', 'nearly', 'more than', 'over', 'up to', 'at least', 'under', 'just',
  'GPUs', 'GPU', 'H100', 'H100s', 'Nvidia', 'chips', 'GW', 'MW', 'gigawatt', 'users', 'monthly', 'active',
  'people', 'percent', 'per', 'cent', 'dollars', 'euros', 'pounds', 'yen', 'Canadian', 'plus', 'FY', 'Q4',
  'capex', 'spend', 'hours', '🚀', 'é',
  '億', '亿', '억', '万', '만', '兆', '조', '千', '천', 'ドル', '美元', '달러', '円', '元', '원', '～', '〜', 'から', '至', '에서', '까지',
  '約', '以上', '個の', '人', '명', 'ユーザー', '％', '年', '第', '１０００', '１，６３０', '投資', '资本支出',
];
const grammarText = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));
const spacedGrammarText = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(' '));

describe('extractFigures: laws', () => {
  it('holds for arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (input) => checkLaws(input)), { numRuns: 500 });
  });

  it('holds for strings built from figure-like pieces', () => {
    fc.assert(fc.property(fc.oneof(grammarText, spacedGrammarText), (input) => checkLaws(input)), { numRuns: 2000 });
  });

  it('holds for digit, space and punctuation runs', () => {
    const runs = fc.stringMatching(/^[0-9 ,.\-–$%+]{0,120}$/);
    fc.assert(fc.property(runs, (input) => checkLaws(input)), { numRuns: 500 });
  });

  it('is deterministic', () => {
    fc.assert(fc.property(grammarText, (input) => {
      expect(extractFigures(input)).toEqual(extractFigures(input));
    }), { numRuns: 200 });
  });
});

describe('extractFigures: linear time (sanity bound, not a benchmark)', () => {
  // A fixed pseudo-random generator keeps the inputs reproducible.
  const runOf = (alphabet: string, length: number): string => {
    let seed = 12345;
    let out = '';
    for (let i = 0; i < length; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      out += alphabet[seed % alphabet.length];
    }
    return out;
  };

  it.each([
    ['random digits and spaces', runOf('0123456789 ', 100_000)],
    ['one long digit run', '7'.repeat(100_000)],
    ['digit groups', '1,000'.repeat(20_000)],
    ['dollar ranges', '$1-2B '.repeat(16_000)],
    ['qualifier chains', 'more than '.repeat(10_000)],
    ['unit-less numbers with gap words', '5 Nvidia H100 '.repeat(8_000)],
    ['CJK compounds', '1兆2000億円、'.repeat(10_000)],
    ['CJK text with glued numbers', 'メタは6000億ドルを'.repeat(8_000)],
    ['Latin words glued to CJK', 'GPUを'.repeat(20_000)],
    ['bare CJK scales in a sentence about money', '投資2000亿'.repeat(12_000)],
  ])('handles 100,000 characters of %s in well under a second', (_name, input) => {
    const started = performance.now();
    const figures = extractFigures(input);
    const elapsed = performance.now() - started;
    expect(figures.length).toBeGreaterThanOrEqual(0);
    expect(elapsed).toBeLessThan(2000);
  });
});
