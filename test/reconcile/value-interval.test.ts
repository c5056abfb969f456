import { describe, expect, it } from 'vitest';
import type { ReferenceValue } from '../../src/data/reference-schema.js';
import { extractFigures } from '../../src/extract/extract-figures.js';
import { amountsOverlap, relateToReference, type Relation } from '../../src/reconcile/value-interval.js';

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
