import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from '../src/closest-name.js';
import { RULE_IDS } from '../src/reconcile/rules.js';

describe('closestName', () => {
  it.each([
    ['overstatd', 'overstated'],
    ['OVERSTATED', 'overstated'],
    ['period_slip', 'period-slip'],
    ['unverifiabel', 'unverifiable'],
    ['stale', undefined],
    ['xyz', undefined],
    ['', undefined],
  ])('%s → %s', (wanted, expected) => {
    expect(closestName(RULE_IDS, wanted)).toBe(expected);
  });
});

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['total', 'totals', 1],
  ])('%s ↔ %s is %i, both ways', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});
