/** Multiples in words, language by language: the ratio each claims and how it is bounded. */
import { describe, expect, it } from 'vitest';
import { findMultiples } from '../../src/attribute/read-multiples.js';
import { formatDecimal } from '../../src/money/decimal.js';
import type { Amount } from '../../src/types.js';

function show(amount: Amount): string {
  switch (amount.kind) {
    case 'range':
      return `${formatDecimal(amount.low)}–${formatDecimal(amount.high)}`;
    case 'lower-bound':
      return `${amount.inclusive ? '≥' : '>'}${formatDecimal(amount.value)}`;
    case 'just-below':
      return `<~${formatDecimal(amount.value)}`;
    case 'approximate':
      return `~${formatDecimal(amount.value)}`;
    default:
      return `${amount.kind} ${formatDecimal(amount.value)}`;
  }
}

describe('findMultiples', () => {
  it.each([
    ['capex will roughly double next year', 'roughly double', '~2'],
    ['spending more than tripled over two years', 'more than tripled', '>3'],
    ['outlays rose threefold', 'threefold', '~3'],
    ['a 2.5x jump in spending', '2.5x', '~2.5'],
    ['budget is nearly twice what it spent last year', 'nearly twice', '<~2'],
    ['die Ausgaben haben sich mehr als verdoppelt', 'mehr als verdoppelt', '>2'],
    ['die Investitionen sind dreimal so hoch wie 2023', 'dreimal so hoch', '~3'],
    ['les dépenses ont plus que doublé', 'plus que doublé', '>2'],
    ['soit trois fois plus qu’en 2023', 'trois fois plus', '~3'],
    ['una inversión de más del doble', 'más del doble', '>2'],
    ['la spesa è quasi raddoppiata', 'quasi raddoppiata', '<~2'],
    ['o investimento mais do que triplicou', 'mais do que triplicou', '>3'],
    ['設備投資は前年のほぼ2倍になる', 'ほぼ2倍', '<~2'],
    ['設備投資は前年比2倍超に拡大', '2倍超', '>2'],
    ['設備投資を倍増させる', '倍増', '~2'],
    ['资本开支比去年增长一倍', '增长一倍', '~2'],
    ['资本开支将翻倍', '翻倍', '~2'],
    ['설비투자가 작년의 두 배로 늘었다', '두 배', '~2'],
    ['설비투자를 전년 대비 2배 이상 늘린다', '2배 이상', '≥2'],
  ])('%s', (sentence, text, factor) => {
    const [multiple] = findMultiples(sentence);
    expect(multiple === undefined ? null : [multiple.text, show(multiple.factor)]).toEqual([text, factor]);
  });

  it.each([
    ['double-digit growth'],
    ['the chips run 3倍 faster'],
    ['资本开支增长两倍'],
    ['모두 배당으로 돌려준다'],
    ['it raised its outlook twice'],
  ])('finds none in %j', (sentence) => {
    expect(findMultiples(sentence)).toEqual([]);
  });
});
