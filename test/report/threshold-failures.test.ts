import { describe, expect, it } from 'vitest';
import { describeThresholdFailure, thresholdFailures, type Thresholds } from '../../src/report/threshold-failures.js';

const counts = (errors: number, warnings: number, infos: number) => ({ errors, warnings, infos });

describe('thresholdFailures', () => {
  it.each<[string, ReturnType<typeof counts>, Thresholds, string[]]>([
    ['clean', counts(0, 0, 0), { failOn: 'error', maxWarnings: null }, []],
    ['warnings pass --fail-on error', counts(0, 3, 1), { failOn: 'error', maxWarnings: null }, []],
    ['errors fail --fail-on error', counts(2, 3, 1), { failOn: 'error', maxWarnings: null }, ['2 errors reach --fail-on error']],
    ['--fail-on warning counts errors too', counts(1, 2, 5), { failOn: 'warning', maxWarnings: null }, ['3 findings reach --fail-on warning']],
    ['--fail-on info counts everything', counts(0, 0, 1), { failOn: 'info', maxWarnings: null }, ['1 finding reaches --fail-on info']],
    ['warnings at the limit pass', counts(0, 2, 0), { failOn: 'error', maxWarnings: 2 }, []],
    ['--max-warnings 0 with one warning', counts(0, 1, 0), { failOn: 'error', maxWarnings: 0 }, ['1 warning, more than --max-warnings 0 allows']],
    ['both limits, --fail-on first', counts(1, 3, 0), { failOn: 'error', maxWarnings: 2 }, ['1 error reaches --fail-on error', '3 warnings, more than --max-warnings 2 allows']],
  ])('%s', (_, summary, thresholds, expected) => {
    expect(thresholdFailures(summary, thresholds).map(describeThresholdFailure)).toEqual(expected);
  });
});
