import { describe, expect, it } from 'vitest';
import { decideOutcome, type Thresholds } from '../../src/report/decide-outcome.js';
import { describeOutcome } from '../../src/report/describe-outcome.js';

const DEFAULT: Thresholds = { failOn: 'error', maxWarnings: null };

describe('decideOutcome and describeOutcome', () => {
  it.each([
    ['nothing found', [0, 0, 0], DEFAULT, true, null],
    ['only supported figures', [0, 0, 5], DEFAULT, true, null],
    ['one error', [1, 0, 0], DEFAULT, false, 'failed: 1 error reaches --fail-on error'],
    ['errors and warnings under --fail-on error: only errors are named', [2, 3, 1], DEFAULT, false, 'failed: 2 errors reach --fail-on error'],
    ['warnings pass under --fail-on error, and say why', [0, 3, 1], DEFAULT, true, 'passed: no finding reaches --fail-on error'],
    ['errors and warnings reach --fail-on warning', [1, 3, 2], { failOn: 'warning', maxWarnings: null }, false, 'failed: 1 error and 3 warnings reach --fail-on warning'],
    ['one warning reaches --fail-on warning', [0, 1, 0], { failOn: 'warning', maxWarnings: null }, false, 'failed: 1 warning reaches --fail-on warning'],
    ['info reaches --fail-on info', [0, 0, 2], { failOn: 'info', maxWarnings: null }, false, 'failed: 2 info reach --fail-on info'],
    ['warnings exceed --max-warnings 0', [0, 3, 0], { failOn: 'error', maxWarnings: 0 }, false, 'failed: 3 warnings exceed --max-warnings 0'],
    ['one warning exceeds --max-warnings 0', [0, 1, 0], { failOn: 'error', maxWarnings: 0 }, false, 'failed: 1 warning exceeds --max-warnings 0'],
    ['warnings within --max-warnings pass, and say so', [0, 2, 0], { failOn: 'error', maxWarnings: 2 }, true, 'passed: no finding reaches --fail-on error, 2 warnings within --max-warnings 2'],
    ['both thresholds crossed: both named', [1, 4, 0], { failOn: 'error', maxWarnings: 1 }, false, 'failed: 1 error reaches --fail-on error; 4 warnings exceed --max-warnings 1'],
  ] as const)('%s', (_, [errors, warnings, infos], thresholds, passed, words) => {
    const summary = { errors, warnings, infos };
    const outcome = decideOutcome(summary, thresholds);
    expect(outcome.passed).toBe(passed);
    expect(describeOutcome(outcome, summary)).toBe(words);
  });

  it('lists a fail-on reason with only the severities that reached it', () => {
    const outcome = decideOutcome({ errors: 0, warnings: 2, infos: 7 }, { failOn: 'info', maxWarnings: null });
    expect(outcome).toEqual({
      passed: false,
      thresholds: { failOn: 'info', maxWarnings: null },
      reasons: [{ kind: 'fail-on', failOn: 'info', counts: [{ severity: 'warning', count: 2 }, { severity: 'info', count: 7 }] }],
    });
  });
});
