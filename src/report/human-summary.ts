import type { ChalkInstance } from 'chalk';
import type { Finding } from '../types.js';
import type { RunOutcome } from './decide-outcome.js';
import { countOf, describeOutcome } from './describe-outcome.js';
import { indented } from './human-text.js';
import type { ReportTally } from './report-tally.js';
import type { Summary } from './summarize.js';

/** Which findings the human report shows: all, warnings and errors (--problems-only), or errors (--quiet). */
export type HumanView = 'all' | 'problems' | 'errors';

/** The flag that asks for each view, named when the summary says what it hid. */
const VIEW_FLAG: Record<Exclude<HumanView, 'all'>, string> = { problems: '--problems-only', errors: '--quiet' };

/** True when `view` shows `finding`. */
export function isShown(finding: Finding, view: HumanView): boolean {
  if (view === 'all') return true;
  return finding.severity === 'error' || (view === 'problems' && finding.severity === 'warning');
}

/**
 * The summary: the counts of everything found (hidden or not), then why the run failed or passed,
 * then what the view hid, each wrapped to the width.
 */
export function summaryLines(tally: ReportTally, outcome: RunOutcome, view: HumanView, chalk: ChalkInstance, width: number): string[] {
  const summary: Summary = { errors: tally.errors, warnings: tally.warnings, infos: tally.infos };
  const counts = `${countOf({ severity: 'error', count: summary.errors })}, ${countOf({ severity: 'warning', count: summary.warnings })}, ${countOf({ severity: 'info', count: summary.infos })} (${tally.supported} supported, ${tally.notChecked} not checked) in ${tally.files} ${tally.files === 1 ? 'file' : 'files'}`;
  const [symbol, paint] = !outcome.passed ? ['✖', (text: string) => chalk.red.bold(text)] : summary.warnings > 0 ? ['⚠', (text: string) => chalk.yellow.bold(text)] : ['✔', (text: string) => chalk.green.bold(text)];
  const lines = indented(`${symbol} ${counts}`, width, 0, paint);
  const verdict = describeOutcome(outcome, summary);
  if (verdict !== null) lines.push(...indented(verdict, width, 2, paint));
  const hidden = describeHidden(tally, view);
  if (hidden !== null) lines.push(...indented(hidden, width, 2, (text) => chalk.dim(text)));
  return lines;
}

/** "hidden by --quiet: 3 warnings and 5 info, and 2 files with nothing else"; null when nothing was hidden. */
function describeHidden(tally: ReportTally, view: HumanView): string | null {
  if (view === 'all') return null;
  const { hidden, filesAllHidden: files } = tally;
  const parts = (['warning', 'info'] as const).filter((severity) => hidden[severity] > 0).map((severity) => countOf({ severity, count: hidden[severity] }));
  if (parts.length === 0 && files === 0) return null;
  const findings = parts.length === 0 ? 'no finding' : parts.join(' and ');
  const fileWords = files === 0 ? '' : `, and ${files} ${files === 1 ? 'file' : 'files'} with nothing else`;
  return `hidden by ${VIEW_FLAG[view]}: ${findings}${fileWords}`;
}
