import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/extract-figures.js';
import { extractListMemberFigures } from '../../src/extract/list-member-figures.js';
import { extractUnitColumnFigures } from '../../src/extract/unit-column-figures.js';
import { extractWrittenFigures, type WindowStats } from '../../src/extract/written-figures.js';
import { parseDecimal } from '../../src/money/decimal.js';
import type { Figure } from '../../src/types.js';
import { countedArray, growth } from './count-work.js';

/** Article shapes, each a unit repeated: the work on them must at most double when the article doubles. */
const SHAPES: readonly (readonly [string, string])[] = [
  ['paragraphs of prose', 'Meta said it expects capital expenditures of $65 billion in 2025, up 20% from a year earlier.\n\n'],
  ['one paragraph of many figures', 'Meta plans $65 billion, Amazon $100 billion and 50,000 GPUs; '],
  ['table rows under a unit header', 'Company 2025 (Mrd. $) 2026 (Mrd. $)\nMeta 65 105\nAmazon 83 100\nOracle $25 billion 30\n\n'],
  ['lists of name–number pairs', 'Amazon plans 200 billion, Microsoft 180, Meta 125 and Alphabet 105 billion dollars.\n\n'],
  ['numbers paired respectively', 'Meta and Amazon plan respectively 65 and 100 billion dollars.\n\n'],
];

const BILLION = parseDecimal('1000000000') ?? { coefficient: 1n, exponent: 9 };

/** Element reads of the written figures while the table and list readers look for bare numbers beside them. */
function figureReads(unit: string, size: number): number {
  const text = unit.repeat(size);
  const figures = extractWrittenFigures(text);
  const counter = { reads: 0 };
  const counted = countedArray(figures, counter);
  extractUnitColumnFigures(text, counted, () => ({ value: BILLION, currency: 'USD' }));
  extractListMemberFigures(text, counted, () => null);
  return counter.reads + 1;
}

function peakTokens(unit: string, size: number): number {
  const stats: WindowStats = { peakTokens: 0 };
  extractWrittenFigures(unit.repeat(size), [], undefined, stats);
  return stats.peakTokens;
}

describe('extract: work grows linearly with the article', () => {
  it.each(SHAPES)('bare numbers are checked against the figures in near-linear reads: %s', (_name, unit) => {
    // Binary search: n log n reads, a little over double when n doubles.
    expect(growth((size) => figureReads(unit, size), 1000)).toBeLessThan(2.4);
  });

  it.each(SHAPES.filter(([name]) => name !== 'one paragraph of many figures'))('tokens held at once do not grow with the article: %s', (_name, unit) => {
    expect(peakTokens(unit, 20_000)).toBe(peakTokens(unit, 10_000));
  });

  it('holds a paragraph\'s tokens, no more, when the article is one paragraph', () => {
    const unit = SHAPES[1]?.[1] ?? '';
    expect(growth((size) => peakTokens(unit, size), 5000)).toBeLessThan(2.1);
  });

  it('reads the same figures from the whole article as from each paragraph on its own', () => {
    const unit = SHAPES[0]?.[1] ?? '';
    const single: readonly Figure[] = extractFigures(unit);
    expect(extractFigures(unit.repeat(3000))).toHaveLength(single.length * 3000);
  });
});
