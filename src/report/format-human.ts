import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { assertNever } from '../assert-never.js';
import { describeDate } from '../describe/describe-date.js';
import { describeReferenceValue } from '../describe/describe-value.js';
import { companyById } from '../data/companies.js';
import { createLineIndex, type LineIndex } from '../read/line-index.js';
import { describePeriod } from '../reconcile/period-dates.js';
import type { Claim, Cue, DataVersions, FileReport, Finding, Severity } from '../types.js';
import { describeDataVersions } from '../describe/describe-data.js';
import { describeFooting, footingOf } from './footing.js';
import { summarize } from './summarize.js';

/** How the human report is drawn. */
export interface HumanFormatOptions {
  /** Colour escapes on or off; the CLI decides from the terminal and NO_COLOR/FORCE_COLOR. */
  readonly color: boolean;
  /** Terminal width in columns, to wrap the table. */
  readonly width: number;
  /** Show, under each checked figure, the words that established its company, metric and period. */
  readonly explain: boolean;
  /** The data the run checked against, named under the summary line. */
  readonly data: DataVersions;
}

const DATE_SOURCE_NOTE: Record<FileReport['dateSource'], string> = {
  option: 'from --date',
  document: "the article's own date",
  default: "today: the article states no date; pass --date to check as of publication",
};

/** The report for people: per file, a table of every claim with its evidence, then a summary line. */
export function formatHuman(reports: readonly FileReport[], options: HumanFormatOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const sections = reports.map((report) => formatFile(report, chalk, options));
  return `${[...sections, `${summaryLine(reports, chalk)}\n${chalk.dim(describeDataVersions(options.data))}`].join('\n\n')}\n`;
}

function formatFile(report: FileReport, chalk: ChalkInstance, options: HumanFormatOptions): string {
  const header = `${chalk.underline(report.document.path)} ${chalk.dim(`(as of ${describeDate(report.date)}, ${DATE_SOURCE_NOTE[report.dateSource]})`)}`;
  const lines = createLineIndex(report.document.source);
  // A finding about the whole file (stale data) stands under the header: it has no figure to show.
  const aboutFile = report.findings.filter((finding) => finding.verdict === 'stale-data');
  const fileNotes = aboutFile.map((finding) => `\n  ${paint(chalk, finding.severity, `${finding.severity} ${finding.ruleId}`)}: ${finding.message}`).join('');
  const checked = report.findings.filter((finding) => finding.verdict !== 'not-checked' && finding.verdict !== 'stale-data');
  const notChecked = report.findings.filter((finding) => finding.verdict === 'not-checked');
  // Figures not checked are listed one line each, under the table: they are context, not verdicts.
  const unchecked = notChecked.map((finding) => {
    const { line, column } = lines.toPosition(finding.span.start);
    return `  ${chalk.dim(`${line}:${column}`)} ${chalk.dim(finding.message)}`;
  });
  const uncheckedBlock = unchecked.length === 0 ? '' : `\n${chalk.dim(`Not checked (${unchecked.length}):`)}\n${unchecked.join('\n')}`;
  if (checked.length === 0) {
    const none = report.findings.length === 0 ? 'No figure found.' : 'No figure capcheck could check.';
    return `${header}${fileNotes}\n  ${chalk.dim(none)}${uncheckedBlock}`;
  }
  const widths = columnWidths(options.width);
  const table = new Table({
    head: ['Where', 'As written', 'Verdict', 'Official figure', 'Source'],
    colWidths: widths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: options.color ? ['bold'] : [], border: options.color ? ['grey'] : [], compact: false },
  });
  for (const finding of checked) {
    const { line, column } = lines.toPosition(finding.span.start);
    table.push([
      `${line}:${column}`,
      finding.span.text,
      paint(chalk, finding.severity, finding.verdict),
      finding.reference ? describeReferenceValue(finding.reference) : (finding.evidence?.figure ?? '—'),
      sourceCell(finding),
    ]);
    const sourceUrl = finding.reference?.source.url ?? finding.evidence?.url;
    const url = sourceUrl === undefined ? '' : `\n${chalk.dim(sourceUrl)}`;
    const footing = finding.reference === null ? '' : `\n${chalk.dim(describeFooting(footingOf(finding.reference)))}`;
    const cues = options.explain && finding.claim !== null ? `\n${chalk.dim(describeCues(finding.claim, lines))}` : '';
    table.push([{ colSpan: 5, content: `${finding.message}${url}${footing}${cues}` }]);
  }
  return `${header}${fileNotes}\n${table.toString()}${uncheckedBlock}`;
}

/** "Read as: Meta ("Zuckerberg", subject, 3:1) · capex ("invest", 3:40) · 2025 ("this year", 3:70)". */
function describeCues(claim: Claim, lines: LineIndex): string {
  const at = (cue: Cue): string => {
    const { line, column } = lines.toPosition(cue.start);
    return `${line}:${column}`;
  };
  const { company, metric, period } = claim.cues;
  const periodPart = claim.period === null ? '' : ` · ${describePeriod(claim.period)} (${period === null ? 'assumed: no period written' : `"${period.text}", ${at(period)}`})`;
  return `Read as: ${companyById(claim.entity).displayName} ("${company.text}", ${company.role}, ${at(company)}) · ${claim.metric} ("${metric.text}", ${at(metric)})${periodPart}`;
}

function sourceCell(finding: Finding): string {
  const source = finding.reference?.source;
  if (source !== undefined) return `${source.title}, ${describeDate(source.date)}`;
  const evidence = finding.evidence;
  return evidence === undefined ? '—' : `${evidence.source}, ${/^\d{4}-\d{2}/.test(evidence.date) ? describeDate(evidence.date) : evidence.date}`;
}

function paint(chalk: ChalkInstance, severity: Severity, text: string): string {
  switch (severity) {
    case 'error':
      return chalk.red.bold(text);
    case 'warning':
      return chalk.yellow(text);
    case 'info':
      return chalk.green(text);
    default:
      return assertNever(severity);
  }
}

function summaryLine(reports: readonly FileReport[], chalk: ChalkInstance): string {
  const { errors, warnings, infos } = summarize(reports);
  const all = reports.flatMap((report) => report.findings);
  const supported = all.filter((finding) => finding.verdict === 'supported').length;
  const notChecked = all.filter((finding) => finding.verdict === 'not-checked').length;
  const files = `${reports.length} ${plural(reports.length, 'file')}`;
  const counts = `${plural(errors, 'error', true)}, ${plural(warnings, 'warning', true)}, ${plural(infos, 'info', true)} (${supported} supported, ${notChecked} not checked)`;
  if (errors > 0) return chalk.red.bold(`✖ ${counts} in ${files}`);
  if (warnings > 0) return chalk.yellow.bold(`⚠ ${counts} in ${files}`);
  return chalk.green.bold(`✔ ${counts} in ${files}`);
}

function plural(count: number, word: string, withCount = false): string {
  const noun = count === 1 || word === 'info' ? word : `${word}s`;
  return withCount ? `${count} ${noun}` : noun;
}

/** Splits the terminal width over the five columns, keeping each readable. */
function columnWidths(width: number): number[] {
  const usable = Math.max(100, width) - 6;
  const fixed = [9, 24, 15, 20];
  const source = Math.max(30, usable - fixed.reduce((sum, each) => sum + each, 0));
  return [...fixed, source];
}
