import type { FileReport, Severity } from '../types.js';
import { isShown, type HumanView } from './human-summary.js';

/**
 * What the closing lines of a run count, over every file: small and additive, so a streamed run keeps
 * only this to the end instead of the reports.
 */
export interface ReportTally {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly supported: number;
  readonly notChecked: number;
  /** Findings the view hid, by severity (errors are always shown). */
  readonly hidden: Readonly<Record<Severity, number>>;
  /** Files whose every finding the view hid. */
  readonly filesAllHidden: number;
}

/** The tally of no file. */
export const EMPTY_TALLY: ReportTally = { files: 0, errors: 0, warnings: 0, infos: 0, supported: 0, notChecked: 0, hidden: { error: 0, warning: 0, info: 0 }, filesAllHidden: 0 };

/** One file's tally under `view`. */
export function tallyReport(report: FileReport, view: HumanView): ReportTally {
  const count: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const hidden: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let supported = 0;
  let notChecked = 0;
  let shown = 0;
  for (const finding of report.findings) {
    count[finding.severity]++;
    if (finding.verdict === 'supported') supported++;
    if (finding.verdict === 'not-checked') notChecked++;
    if (isShown(finding, view)) shown++;
    else hidden[finding.severity]++;
  }
  return { files: 1, errors: count.error, warnings: count.warning, infos: count.info, supported, notChecked, hidden, filesAllHidden: view !== 'all' && shown === 0 ? 1 : 0 };
}

/** Two tallies as one. */
export function addTallies(left: ReportTally, right: ReportTally): ReportTally {
  return {
    files: left.files + right.files,
    errors: left.errors + right.errors,
    warnings: left.warnings + right.warnings,
    infos: left.infos + right.infos,
    supported: left.supported + right.supported,
    notChecked: left.notChecked + right.notChecked,
    hidden: { error: left.hidden.error + right.hidden.error, warning: left.hidden.warning + right.hidden.warning, info: left.hidden.info + right.hidden.info },
    filesAllHidden: left.filesAllHidden + right.filesAllHidden,
  };
}

/** The tally of every report. */
export function tallyReports(reports: readonly FileReport[], view: HumanView): ReportTally {
  return reports.reduce((tally, report) => addTallies(tally, tallyReport(report, view)), EMPTY_TALLY);
}
