import type { ChalkInstance } from 'chalk';
import type { FileReport, Finding, Severity } from '../types.js';
import type { RunOutcome } from './decide-outcome.js';
import { countOf, describeOutcome } from './describe-outcome.js';
import { indented } from './human-text.js';
import { summarize } from './summarize.js';

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
export function summaryLines(reports: readonly FileReport[], outcome: RunOutcome, view: HumanView, chalk: ChalkInstance, width: number): string[] {
  const summary = summarize(reports);
  const all = reports.flatMap((report) => report.findings);
  const supported = all.filter((finding) => finding.verdict === 'supported').length;
  const notChecked = all.filter((finding) => finding.verdict === 'not-checked').length;
  const counts = `${countOf({ severity: 'error', count: summary.errors })}, ${countOf({ severity: 'warning', count: summary.warnings })}, ${countOf({ severity: 'info', count: summary.infos })} (${supported} supported, ${notChecked} not checked) in ${reports.length} ${reports.length === 1 ? 'file' : 'files'}`;
  const [symbol, paint] = !outcome.passed ? ['✖', (text: string) => chalk.red.bold(text)] : summary.warnings > 0 ? ['⚠', (text: string) => chalk.yellow.bold(text)] : ['✔', (text: string) => chalk.green.bold(text)];
  const lines = indented(`${symbol} ${counts}`, width, 0, paint);
  const verdict = describeOutcome(outcome, summary);
  if (verdict !== null) lines.push(...indented(verdict, width, 2, paint));
  const hidden = describeHidden(reports, view);
  if (hidden !== null) lines.push(...indented(hidden, width, 2, (text) => chalk.dim(text)));
  return lines;
}

/** "hidden by --quiet: 3 warnings and 5 info, and 2 files with nothing else"; null when nothing was hidden. */
function describeHidden(reports: readonly FileReport[], view: HumanView): string | null {
  if (view === 'all') return null;
  const hidden: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let files = 0;
  for (const report of reports) {
    const shown = report.findings.filter((finding) => isShown(finding, view));
    if (shown.length === 0) files++;
    for (const finding of report.findings) if (!isShown(finding, view)) hidden[finding.severity]++;
  }
  const parts = (['warning', 'info'] as const).filter((severity) => hidden[severity] > 0).map((severity) => countOf({ severity, count: hidden[severity] }));
  if (parts.length === 0 && files === 0) return null;
  const findings = parts.length === 0 ? 'no finding' : parts.join(' and ');
  const fileWords = files === 0 ? '' : `, and ${files} ${files === 1 ? 'file' : 'files'} with nothing else`;
  return `hidden by ${VIEW_FLAG[view]}: ${findings}${fileWords}`;
}
