import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReferenceValue } from '../../src/data/reference-schema.js';
import { extractFigures } from '../../src/extract/extract-figures.js';
import { decimalFromInteger, multiplyDecimals, shiftDecimal, type Decimal } from '../../src/money/decimal.js';
import { multiplyAmount } from '../../src/reconcile/convert-amount.js';
import { amountsOverlap, floatSpan, relateToReference, spansApart, type Relation } from '../../src/reconcile/value-interval.js';
import type { Amount } from '../../src/types.js';

const B = 1_000_000_000;

const guidance60to65: ReferenceValue = { kind: 'range', low: 60 * B, high: 65 * B };
const about80: ReferenceValue = { kind: 'approximate', value: 80 * B };
/** Amazon's 2025 plan as implied by a quarter's run rate × 4: never stated, so read with ± 10%. */
const derived105_2: ReferenceValue = { kind: 'approximate', value: 105_200_000_000, derived: true };
const stated105_2: ReferenceValue = { kind: 'approximate', value: 105_200_000_000 };
const moreThan1_3M: ReferenceValue = { kind: 'lower-bound', value: 1_300_000 };
const upTo500: ReferenceValue = { kind: 'upper-bound', value: 500 * B };
const point39_23: ReferenceValue = { kind: 'point', value: 39_230_000_000 };
const point72_22: ReferenceValue = { kind: 'point', value: 72_220_000_000 };

/** The relation of a figure as the extractor reads it (amount and written precision) to an official value. */
function relate(written: string, value: ReferenceValue, official: 'tolerant' | 'nominal' = 'tolerant'): Relation {
  const [figure] = extractFigures(written);
  if (figure === undefined) throw new Error(`no figure in "${written}"`);
  return relateToReference(figure.amount, value, figure.precision, official);
}

describe('how a written figure relates to an official one', () => {
  it.each<[string, ReferenceValue, Relation]>([
    ['$60 billion', guidance60to65, 'consistent'],
    ['$67 billion', guidance60to65, 'above'],
    ['$59 billion', guidance60to65, 'below'],
    ['$60-65 billion', guidance60to65, 'consistent'],
    ['$64-72 billion', guidance60to65, 'above'],
    ['$55-62 billion', guidance60to65, 'below'],
    ['about $66 billion', guidance60to65, 'consistent'],
    ['nearly $87 billion', about80, 'above'],
    ['nearly $82 billion', about80, 'consistent'],
    ['$100 billion', about80, 'above'],
    ['$500 billion', upTo500, 'consistent'],
    ['$600 billion', upTo500, 'above'],
    ['$100 billion', derived105_2, 'consistent'],
    ['$100 billion', stated105_2, 'below'],
    ['$94 billion', derived105_2, 'below'],
    ['$116 billion', derived105_2, 'consistent'],
    ['$117 billion', derived105_2, 'above'],
  ])('%s against %j → %s', (written, value, relation) => {
    expect(relate(written, value)).toBe(relation);
  });
});

describe('a figure agrees with every value that rounds to it at the precision written', () => {
  it.each<[string, ReferenceValue, Relation]>([
    ['$39.2 billion', point39_23, 'consistent'],
    ['$39.23 billion', point39_23, 'consistent'],
    ['$39 billion', point39_23, 'consistent'],
    ['$39.3 billion', point39_23, 'above'],
    ['$40 billion', point39_23, 'above'],
    ['about $40 billion', point39_23, 'consistent'],
    ['$72 billion', point72_22, 'consistent'],
    ['$72.2 billion', point72_22, 'consistent'],
    ['$72.3 billion', point72_22, 'above'],
    ['$82.4 billion', about80, 'consistent'],
    ['$82.5 billion', about80, 'above'],
    ['$77.6 billion', about80, 'consistent'],
    ['$65.0 billion', guidance60to65, 'consistent'],
    ['$65.4 billion', guidance60to65, 'above'],
  ])('%s against %j → %s', (written, value, relation) => {
    expect(relate(written, value)).toBe(relation);
  });
});

describe('"up to" claims a ceiling and "at least" or "more than" a floor', () => {
  it.each<[string, ReferenceValue, Relation]>([
    ['up to $65 billion', guidance60to65, 'consistent'],
    ['up to $60 billion', guidance60to65, 'consistent'],
    ['up to $72 billion', guidance60to65, 'above'],
    ['up to $55 billion', guidance60to65, 'below'],
    ['as much as $145 billion', { kind: 'range', low: 125 * B, high: 145 * B }, 'consistent'],
    ['at least $60 billion', guidance60to65, 'consistent'],
    ['at least $65 billion', guidance60to65, 'consistent'],
    ['more than $60 billion', guidance60to65, 'consistent'],
    ['more than $55 billion', guidance60to65, 'consistent'],
    ['more than $50 billion', guidance60to65, 'below'],
    ['more than $70 billion', guidance60to65, 'above'],
    ['more than $65 billion', guidance60to65, 'above'],
    ['less than $60 billion', guidance60to65, 'below'],
    ['less than $100 billion', guidance60to65, 'consistent'],
    ['more than 1.3 million GPUs', moreThan1_3M, 'consistent'],
    ['1.43 million GPUs', moreThan1_3M, 'consistent'],
    ['1.5 million GPUs', moreThan1_3M, 'above'],
    ['1 million GPUs', moreThan1_3M, 'below'],
  ])('%s against %j → %s', (written, value, relation) => {
    expect(relate(written, value)).toBe(relation);
  });
});

describe('a converted figure is compared with the official numbers themselves', () => {
  it.each<[string, ReferenceValue, 'tolerant' | 'nominal', Relation]>([
    ['$73 billion', { kind: 'approximate', value: 75 * B }, 'tolerant', 'consistent'],
    ['$73 billion', { kind: 'approximate', value: 75 * B }, 'nominal', 'below'],
    ['$75 billion', { kind: 'approximate', value: 75 * B }, 'nominal', 'consistent'],
  ])('%s against %j (%s) → %s', (written, value, official, relation) => {
    expect(relate(written, value, official)).toBe(relation);
  });
});

describe('two written figures can both hold when they agree at the precision written', () => {
  it.each<[string, string, boolean]>([
    ['$72 billion', '$72.2 billion', true],
    ['$72 billion', '$72.22 billion', true],
    ['$105.2 billion', '$103 billion', false],
    ['$60-65 billion', '$66 billion', false],
    ['$60-65 billion', 'about $66 billion', true],
    ['up to $72 billion', '$70 billion', true],
    ['at least $75 billion', '$70 billion', false],
  ])('%s and %s → %s', (a, b, overlap) => {
    const [first] = extractFigures(a);
    const [second] = extractFigures(b);
    if (first === undefined || second === undefined) throw new Error('no figure');
    expect(amountsOverlap(first, second)).toBe(overlap);
  });
});

describe('spansApart: a float screen that never calls overlapping figures apart', () => {
  it('whenever it says two figures are apart, amountsOverlap finds them apart too', () => {
    const positive = fc.tuple(fc.bigInt({ min: 1n, max: 10n ** 15n }), fc.integer({ min: -6, max: 12 })).map(([coefficient, exponent]) => shiftDecimal({ coefficient, exponent: 0 }, exponent));
    /** A figure as written: any kind with two finite ends, its precision anywhere from far finer to far coarser than its value. */
    const written = (value: fc.Arbitrary<Decimal>) =>
      fc.tuple(fc.constantFrom('exact', 'approximate', 'just-below', 'range'), value, fc.integer({ min: 100, max: 300 }), positive).map(([kind, value, spread, precision]): { amount: Amount; precision: Decimal } => ({
        amount: kind === 'range' ? { kind, low: value, high: multiplyDecimals(value, shiftDecimal(decimalFromInteger(spread), -2)) } : { kind, value },
        precision,
      }));
    // The second figure near the first × 10^-power, off by a factor of 1/10 to 10: across the screen's own bound of 4.
    const pair = fc
      .tuple(written(positive), fc.constantFrom(1, -1, 3, -3, 4, -4), fc.integer({ min: 10, max: 1000 }))
      .chain(([first, power, percent]) => {
        const base = first.amount.kind === 'range' ? first.amount.low : first.amount.value;
        const near = multiplyDecimals(shiftDecimal(base, -power), shiftDecimal(decimalFromInteger(percent), -2));
        return written(fc.constant(near)).map((second) => ({ first, second, power }));
      });
    let apart = 0;
    fc.assert(
      fc.property(pair, ({ first, second, power }) => {
        const [firstSpan, secondSpan] = [floatSpan(first.amount), floatSpan(second.amount)];
        if (firstSpan === null || secondSpan === null || !spansApart(firstSpan, secondSpan, 10 ** power)) return;
        apart += 1;
        const scaled = { amount: multiplyAmount(second.amount, shiftDecimal(decimalFromInteger(1), power)), precision: shiftDecimal(second.precision, power) };
        expect(amountsOverlap(first, scaled)).toBe(false);
      }),
      { numRuns: 3000 },
    );
    expect(apart).toBeGreaterThan(100);
  });

  const exact = (value: number): Amount => ({ kind: 'exact', value: decimalFromInteger(value) });
  it.each<[string, Amount, Amount, number, boolean]>([
    ['72 and 72 × 10 are apart', exact(72), exact(72), 10, true],
    ['72 and 72 × 1000 are apart', exact(72), exact(72), 1000, true],
    ['720 and 72 × 10 may overlap', exact(720), exact(72), 10, false],
    ['60–65 and 6 × 10 may overlap', { kind: 'range', low: decimalFromInteger(60), high: decimalFromInteger(65) }, exact(6), 10, false],
    ['100 and 38 may overlap (within 4×, left to the exact test)', exact(100), exact(38), 1, false],
  ])('%s', (_, first, second, factor, expected) => {
    const [firstSpan, secondSpan] = [floatSpan(first), floatSpan(second)];
    expect(firstSpan !== null && secondSpan !== null && spansApart(firstSpan, secondSpan, factor)).toBe(expected);
  });

  it.each<[string, Amount]>([
    ['at least 5', { kind: 'lower-bound', value: decimalFromInteger(5), inclusive: true }],
    ['under 5', { kind: 'upper-bound', value: decimalFromInteger(5), inclusive: false }],
    ['0', exact(0)],
  ])('leaves "%s" to the exact test', (_, amount) => {
    expect(floatSpan(amount)).toBeNull();
  });
});
