import type { ReferenceRecord } from '../data/reference-schema.js';

/**
 * Guidance for a period stands until the period's actual is reported: a record of guidance that
 * no later guidance replaced is read as superseded by the actual for the same company, metric
 * and period, from the day the actual was announced.
 */
export function supersedeByActuals(records: readonly ReferenceRecord[]): ReferenceRecord[] {
  const actuals = records.filter((record) => record.basis === 'actual' && record.period !== null);
  return records.map((record) => {
    if (record.basis !== 'guidance' || record.supersededBy !== null || record.period === null) return record;
    const actual = actuals.find(
      (candidate) =>
        candidate.entity === record.entity &&
        candidate.metric === record.metric &&
        candidate.period?.start === record.period?.start &&
        candidate.period?.end === record.period?.end &&
        candidate.announced > record.announced,
    );
    return actual === undefined ? record : { ...record, supersededBy: actual.id, supersededOn: actual.announced };
  });
}
