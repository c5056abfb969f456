import { Chalk, type ChalkInstance } from 'chalk';
import { describeDataVersions } from '../describe/describe-data.js';
import { describeDate } from '../describe/describe-date.js';
import { createLineIndex } from '../read/line-index.js';
import type { DataVersions, FileReport } from '../types.js';
import type { RunOutcome } from './decide-outcome.js';
import { compactFinding, TABLE_MIN_WIDTH, tableFinding, tableHeading, where, type FindingContext } from './human-finding.js';
import { isShown, summaryLines, type HumanView } from './human-summary.js';
import { indented, severityPaint } from './human-text.js';
import { DATE_SOURCE_NOTES } from '../describe/describe-date-source.js';
import { safeLine, safePath } from './safe-text.js';
import { tallyReports, type ReportTally } from './report-tally.js';

export type { HumanView } from './human-summary.js';

/** How the human report is drawn. */
export interface HumanFormatOptions {
  /** Colour escapes on or off; the CLI decides from the terminal and NO_COLOR/FORCE_COLOR. */
  readonly color: boolean;
  /**
   * Terminal width in columns: no line is longer, except one holding a URL longer than the width
   * (never broken, so it stays clickable). Below 100 the compact layout, else the table; below 40, drawn for 40.
   */
  readonly width: number;
  /** Show, under each checked figure, the words that established its company, metric and period. */
  readonly explain: boolean;
  /** The data the run checked against, named under the summary line. */
  readonly data: DataVersions;
  /** Whether the run passed and why not, said under the summary line. */
  readonly outcome: RunOutcome;
  /** Which findings to show; the summary still counts them all and says what was hidden. */
  readonly view: HumanView;
}

/** Narrower than this, the report is drawn as if this wide: a verdict and its figure must fit a line. */
const MIN_WIDTH = 40;

/** The report for people: per file, each checked figure with its evidence, then the summary. */
export function formatHuman(reports: readonly FileReport[], options: HumanFormatOptions): string {
  let text = '';
  let previous: HumanSection | null = null;
  for (const report of reports) {
    const section = formatHumanSection(report, options);
    if (section === null) continue;
    text += joinHumanSection(previous, section);
    previous = section;
  }
  return `${text}${humanSummary(previous !== null, tallyReports(reports, options.view), options)}`;
}

/** What stands before `section`: nothing first; files with no figure follow each other line by line, so with many files each takes one line. */
export function joinHumanSection(previous: HumanSection | null, section: HumanSection): string {
  return `${sectionGap(previous?.kind ?? null, section.kind)}${section.text}`;
}

/** What goes between two sections, by their kinds: nothing before the first, one line between files with no figure, else a blank line. */
export function sectionGap(previous: HumanSection['kind'] | null, kind: HumanSection['kind']): string {
  if (previous === null) return '';
  return kind === 'no-figure' && previous === 'no-figure' ? '\n' : '\n\n';
}

/** The closing summary and data versions, after a blank line when any file was shown. */
export function humanSummary(anyShown: boolean, tally: ReportTally, options: HumanFormatOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const width = Math.max(MIN_WIDTH, options.width);
  const summary = [...summaryLines(tally, options.outcome, options.view, chalk, width), ...indented(describeDataVersions(options.data), width, 0, (text) => chalk.dim(text))];
  return `${anyShown ? '\n\n' : ''}${summary.join('\n')}\n`;
}

/** A file's section of the human report; null when the view hides everything in it. */
export function formatHumanSection(report: FileReport, options: Omit<HumanFormatOptions, 'outcome'>): HumanSection | null {
  return formatFile(report, new Chalk({ level: options.color ? 1 : 0 }), Math.max(MIN_WIDTH, options.width), options);
}

/** A file's part of the report: a one-line note that it has no figure, or its findings. */
export interface HumanSection {
  readonly kind: 'no-figure' | 'findings';
  readonly text: string;
}

/** A file's section; null when the view hides everything in it. */
function formatFile(report: FileReport, chalk: ChalkInstance, width: number, options: Omit<HumanFormatOptions, 'outcome'>): HumanSection | null {
  const findings = report.findings.filter((finding) => isShown(finding, options.view));
  if (findings.length === 0 && options.view !== 'all') return null;
  // A file name is shown as it is, but for its control characters (a newline must not start a line of its own).
  const path = safePath(report.document.path);
  // A file with no figure takes one line: with many files, the ones with nothing to say stay short.
  if (report.findings.length === 0) return { kind: 'no-figure', text: indented(`${path}: no figure found`, width, 0, (text) => chalk.dim(text)).join('\n') };
  const header = indented(`${path} (as of ${describeDate(report.date)}, ${DATE_SOURCE_NOTES[report.dateSource]}${report.dateSource === 'default' ? '; pass --date to check as of publication' : ''})`, width, 0).map((line, index) =>
    index === 0 && line.startsWith(path) ? `${chalk.underline(path)}${chalk.dim(line.slice(path.length))}` : chalk.dim(line),
  );
  const lines = createLineIndex(report.document.source);
  const context: FindingContext = { chalk, width, lines, explain: options.explain };
  // A finding about the whole file (stale data) stands under the header: it has no figure to show.
  const fileNotes = findings
    .filter((finding) => finding.verdict === 'stale-data')
    .flatMap((finding) => {
      const label = `${finding.severity} ${finding.ruleId}`;
      const [first = '', ...rest] = indented(`${label}: ${safeLine(finding.message)}`, width, 2, (text) => text, 4);
      return [first.replace(label, severityPaint(chalk, finding.severity)(label)), ...rest];
    });
  const checked = findings.filter((finding) => finding.verdict !== 'not-checked' && finding.verdict !== 'stale-data');
  const notChecked = findings.filter((finding) => finding.verdict === 'not-checked');
  const body =
    checked.length === 0
      ? indented('No figure capcheck could check.', width, 2, (text) => chalk.dim(text))
      : width < TABLE_MIN_WIDTH
        ? checked.flatMap((finding) => compactFinding(finding, context))
        : [...tableHeading(context), ...checked.flatMap((finding) => tableFinding(finding, context))];
  // Figures not checked are listed one each, after the checked ones: they are context, not verdicts.
  const unchecked =
    notChecked.length === 0
      ? []
      : [chalk.dim(`Not checked (${notChecked.length}):`), ...notChecked.flatMap((finding) => indented(`${where(finding, lines)} ${safeLine(finding.message)}`, width, 2, (text) => chalk.dim(text), 4))];
  return { kind: 'findings', text: [...header, ...fileNotes, ...body, ...unchecked].join('\n') };
}
