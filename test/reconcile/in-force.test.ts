import { describe, expect, it } from 'vitest';
import type { ReferenceRecord } from '../../src/data/reference-schema.js';
import { isAnnouncedBy, isInForce, isSupersededBy } from '../../src/reconcile/in-force.js';
import { referenceRecord } from '../data/reference-record.js';

function record(announced: string, supersededOn: string | null): ReferenceRecord {
  return referenceRecord({
    id: 'TEST-RECORD-1',
    entity: 'META',
    metric: 'capex',
    basis: 'guidance',
    description: 'capex guidance',
    period: { label: '2025', start: '2025-01-01', end: '2025-12-31' },
    value: { kind: 'range', low: 60, high: 65 },
    measure: { kind: 'money', currency: 'USD' },
    announced,
    supersededBy: supersededOn === null ? null : 'TEST-RECORD-2',
    supersededOn,
    source: { url: 'https://example.org/x', title: 't', publisher: 'p', date: announced, quote: 'a quote of some length' },
  });
}

describe('which records stand on a date', () => {
  it.each([
    ['announced that day', record('2025-01-24', null), '2025-01-24', true],
    ['not yet announced', record('2025-01-24', null), '2025-01-23', false],
    ['replaced the same day: both stand', record('2025-01-24', '2025-04-30'), '2025-04-30', true],
    ['replaced the day before', record('2025-01-24', '2025-04-30'), '2025-05-01', false],
    ['month-only announcement counts from the 1st', record('2025-09', null), '2025-09-01', true],
    ['month-only announcement, the month before', record('2025-09', null), '2025-08-31', false],
    ['replaced some day in September: still stands on the 30th', record('2025-06-11', '2025-09'), '2025-09-30', true],
    ['replaced some day in September: gone in October', record('2025-06-11', '2025-09'), '2025-10-01', false],
  ])('%s', (_label, subject, date, expected) => {
    expect(isInForce(subject, date)).toBe(expected);
    expect(isInForce(subject, date)).toBe(isAnnouncedBy(subject, date) && !isSupersededBy(subject, date));
  });
});
