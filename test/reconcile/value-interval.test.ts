import { describe, expect, it } from 'vitest';
import type { ReferenceValue } from '../../src/data/reference-schema.js';
import { parseDecimal, shiftDecimal } from '../../src/money/decimal.js';
import { relateToReference, type Relation } from '../../src/reconcile/value-interval.js';
import type { Amount } from '../../src/types.js';

const B = 1_000_000_000;
const bn = (digits: string) => shiftDecimal(parseDecimal(digits) ?? { coefficient: 0n, exponent: 0 }, 9);

const exact = (n: string): Amount => ({ kind: 'exact', value: bn(n) });
const about = (n: string): Amount => ({ kind: 'approximate', value: bn(n) });
const nearly = (n: string): Amount => ({ kind: 'just-below', value: bn(n) });
const over = (n: string): Amount => ({ kind: 'lower-bound', value: bn(n), inclusive: false });
const upTo = (n: string): Amount => ({ kind: 'upper-bound', value: bn(n), inclusive: true });
const range = (low: string, high: string): Amount => ({ kind: 'range', low: bn(low), high: bn(high) });

const guidance60to65: ReferenceValue = { kind: 'range', low: 60 * B, high: 65 * B };
const about80: ReferenceValue = { kind: 'approximate', value: 80 * B };
const moreThan1_3: ReferenceValue = { kind: 'lower-bound', value: 1_300_000_000 };
const upTo500: ReferenceValue = { kind: 'upper-bound', value: 500 * B };
const point39_23: ReferenceValue = { kind: 'point', value: 39_230_000_000 };

describe('how a written figure relates to an official one', () => {
  it.each<[string, Amount, ReferenceValue, Relation]>([
    ['$60 billion inside $60–65B', exact('60'), guidance60to65, 'consistent'],
    ['$67 billion above $60–65B', exact('67'), guidance60to65, 'above'],
    ['$59 billion below $60–65B', exact('59'), guidance60to65, 'below'],
    ['up to $65B agrees with $60–65B', upTo('65'), guidance60to65, 'consistent'],
    ['up to $55B is below $60–65B', upTo('55'), guidance60to65, 'below'],
    ['more than $50B agrees with $60–65B', over('50'), guidance60to65, 'consistent'],
    ['more than $70B is above $60–65B', over('70'), guidance60to65, 'above'],
    ['more than $65B excludes the top of $60–65B', over('65'), guidance60to65, 'above'],
    ['at least $65B touches the top of $60–65B', { kind: 'lower-bound', value: bn('65'), inclusive: true }, guidance60to65, 'consistent'],
    ['less than $60B excludes the bottom of $60–65B', { kind: 'upper-bound', value: bn('60'), inclusive: false }, guidance60to65, 'below'],
    ['$60–65B inside $60–65B', range('60', '65'), guidance60to65, 'consistent'],
    ['$64–72B sticks out above $60–65B', range('64', '72'), guidance60to65, 'above'],
    ['$55–62B sticks out below $60–65B', range('55', '62'), guidance60to65, 'below'],
    ['about $66B touches $60–65B within 3%', about('66'), guidance60to65, 'consistent'],
    ['nearly $87B is above ~$80B', nearly('87'), about80, 'above'],
    ['nearly $82B agrees with ~$80B', nearly('82'), about80, 'consistent'],
    ['$82.4B is the top of ~$80B ± 3%', exact('82.4'), about80, 'consistent'],
    ['$82.5B is past ~$80B ± 3%', exact('82.5'), about80, 'above'],
    ['$77.6B is the bottom of ~$80B ± 3%', exact('77.6'), about80, 'consistent'],
    ['$100B is above ~$80B', exact('100'), about80, 'above'],
    ['1.3 (×1e9) agrees with more than 1.3', exact('1.3'), moreThan1_3, 'consistent'],
    ['1.43 is the end of the 10% headroom', exact('1.43'), moreThan1_3, 'consistent'],
    ['1.5 is too far above more than 1.3', exact('1.5'), moreThan1_3, 'above'],
    ['1 is below more than 1.3', exact('1'), moreThan1_3, 'below'],
    ['$500B agrees with up to $500B', exact('500'), upTo500, 'consistent'],
    ['$600B is above up to $500B', exact('600'), upTo500, 'above'],
    ['$40B is above $39.23B', exact('40'), point39_23, 'above'],
    ['about $40B agrees with $39.23B', about('40'), point39_23, 'consistent'],
    ['$39.23B equals $39.23B', exact('39.23'), point39_23, 'consistent'],
  ])('%s', (_label, amount, value, relation) => {
    expect(relateToReference(amount, value)).toBe(relation);
  });
});
