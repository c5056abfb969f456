/**
 * What each corpus must reach (issue 10): at least 90% of the real slips caught (an error or a
 * warning on the figure), while false alarms stay at most 2% of clean figures (issue 8).
 */
import type { Targets } from './print-report.js';

export const TARGETS: { readonly dev: Targets; readonly added: Targets } = {
  dev: { maxFalseAlarmShare: 0.02, minCaughtShare: 0.9 },
  added: { maxFalseAlarmShare: 0.02, minCaughtShare: 0.9 },
};
