/**
 * One checked figure in the human report, in either layout: the compact block for narrow terminals,
 * or a row of the table for wide ones. Both wrap to the width; a source URL stands on a line of its
 * own, never broken, so a terminal can still follow it.
 */
import type { ChalkInstance } from 'chalk';
import { companyById } from '../data/companies.js';
import { describeDate } from '../describe/describe-date.js';
import { describeReferenceValue } from '../describe/describe-value.js';
import type { LineIndex } from '../read/line-index.js';
import { describePeriod } from '../reconcile/period-dates.js';
import type { Claim, Cue, Finding } from '../types.js';
import { describeFooting, footingOf, footingTag } from './footing.js';
import { indented, severityPaint, type Paint } from './human-text.js';
import { safeLine } from './safe-text.js';
import { padEnd, wrapText } from './wrap-text.js';

/** What drawing a finding needs besides the finding. */
export interface FindingContext {
  readonly chalk: ChalkInstance;
  readonly width: number;
  readonly lines: LineIndex;
  readonly explain: boolean;
}

/** The narrowest width the wide (table) layout is used at. */
export const TABLE_MIN_WIDTH = 100;

/** Indentation of a compact block's lines under its first. */
const COMPACT_INDENT = 4;

/** Table columns: heading and width; the last (Source) takes what is left. */
const COLUMNS = [
  ['Where', 7],
  ['As written', 22],
  ['Verdict', 13],
  ['Official figure', 20],
] as const;
const GAP = 2;
const TABLE_INDENT = 2;
/** The table's notes (message, URL, footing) start under "As written". */
const NOTE_INDENT = TABLE_INDENT + COLUMNS[0][1] + GAP;

/**
 * A compact block: `  3:14  overstated  "$67 billion"`, then, indented, the official figure and
 * its source, the message, the URL and the footing.
 */
export function compactFinding(finding: Finding, context: FindingContext): string[] {
  const { chalk, width } = context;
  const position = where(finding, context.lines);
  const official = officialFigure(finding);
  // The official figure beside the figure as written: the two to compare stand on one line when they fit.
  const [first = '', ...rest] = indented(`${position} ${finding.verdict} "${safeLine(finding.span.text)}"${official === null ? '' : ` · official ${official}`}`, width, 2);
  // Wrapping folds the double spaces: the prefix to paint is matched as wrapped.
  const prefix = `  ${position} ${finding.verdict}`;
  const head = first.startsWith(prefix) ? `  ${chalk.dim(position)} ${severityPaint(chalk, finding.severity)(finding.verdict)}${first.slice(prefix.length)}` : first;
  const lines = [head, ...rest.map((line) => `  ${line}`)];
  const source = sourceOf(finding);
  // The footing in its short form beside the source it qualifies: a line saved per finding.
  const footing = finding.reference === null ? null : footingTag(footingOf(finding.reference));
  const evidence = [source, footing].filter((part) => part !== null);
  if (evidence.length > 0) lines.push(...indented(evidence.join(' · '), width, COMPACT_INDENT));
  return [...lines, ...notes(finding, context, COMPACT_INDENT, false)];
}

/** The table's heading and its rule. */
export function tableHeading(context: FindingContext): string[] {
  const headings = [...COLUMNS.map(([name, cells]) => padEnd(name, cells)), 'Source'].join(' '.repeat(GAP));
  const paint: Paint = (text) => context.chalk.bold(text);
  return [`${' '.repeat(TABLE_INDENT)}${paint(headings)}`, `${' '.repeat(TABLE_INDENT)}${context.chalk.dim('─'.repeat(context.width - TABLE_INDENT))}`];
}

/** A table row (cells wrapped within their columns), then the notes under it. */
export function tableFinding(finding: Finding, context: FindingContext): string[] {
  const { chalk } = context;
  const sourceWidth = context.width - TABLE_INDENT - COLUMNS.reduce((sum, [, cells]) => sum + cells + GAP, 0);
  const cells: readonly (readonly [string, number, Paint])[] = [
    [where(finding, context.lines), COLUMNS[0][1], (text) => chalk.dim(text)],
    [safeLine(finding.span.text), COLUMNS[1][1], (text) => text],
    [finding.verdict, COLUMNS[2][1], severityPaint(chalk, finding.severity)],
    [officialFigure(finding) ?? '—', COLUMNS[3][1], (text) => text],
    [sourceOf(finding) ?? '—', sourceWidth, (text) => text],
  ];
  const wrapped = cells.map(([text, cells]) => wrapText(text, cells));
  const height = Math.max(...wrapped.map((lines) => lines.length));
  const rows: string[] = [];
  for (let row = 0; row < height; row++) {
    const parts = cells.map(([, cellWidth, paint], column) => {
      const text = wrapped[column]?.[row] ?? '';
      // The last cell is not padded: no trailing spaces.
      return column === cells.length - 1 ? paint(text) : paint(padEnd(text, cellWidth));
    });
    rows.push(`${' '.repeat(TABLE_INDENT)}${parts.join(' '.repeat(GAP))}`.trimEnd());
  }
  return [...rows, ...notes(finding, context, NOTE_INDENT)];
}

/** The message, the source URL on a line of its own, the footing (unless given already), and with --explain the cues. */
function notes(finding: Finding, context: FindingContext, indent: number, withFooting = true): string[] {
  const { chalk, width } = context;
  const dim: Paint = (text) => chalk.dim(text);
  const lines = indented(safeLine(finding.message), width, indent);
  const url = finding.reference?.source.url ?? finding.evidence?.url;
  if (url !== undefined) lines.push(`${' '.repeat(indent)}${dim(safeLine(url))}`);
  if (withFooting && finding.reference !== null) lines.push(...indented(describeFooting(footingOf(finding.reference)), width, indent, dim));
  if (context.explain && finding.claim !== null) lines.push(...indented(describeCues(finding.claim, context.lines), width, indent, dim));
  return lines;
}

/** "3:14": where the figure starts, 1-based line and UTF-16 column. */
export function where(finding: Finding, lines: LineIndex): string {
  const { line, column } = lines.toPosition(finding.span.start);
  return `${line}:${column}`;
}

function officialFigure(finding: Finding): string | null {
  if (finding.reference) return describeReferenceValue(finding.reference);
  return finding.evidence?.figure ?? null;
}

function sourceOf(finding: Finding): string | null {
  const source = finding.reference?.source;
  if (source !== undefined) return safeLine(`${source.title}, ${describeDate(source.date)}`);
  const evidence = finding.evidence;
  return evidence === undefined ? null : safeLine(`${evidence.source}, ${/^\d{4}-\d{2}/.test(evidence.date) ? describeDate(evidence.date) : evidence.date}`);
}

/** "Read as: Meta ("Zuckerberg", subject, 3:1) · capex ("invest", 3:40) · 2025 ("this year", 3:70)". */
function describeCues(claim: Claim, lines: LineIndex): string {
  const at = (cue: Cue): string => {
    const { line, column } = lines.toPosition(cue.start);
    return `${line}:${column}`;
  };
  const { company, metric, period } = claim.cues;
  const periodPart = claim.period === null ? '' : ` · ${describePeriod(claim.period)} (${period === null ? 'assumed: no period written' : `"${period.text}", ${at(period)}`})`;
  // Cue words are the article's: shown on one line, their control characters escaped.
  return safeLine(`Read as: ${companyById(claim.entity).displayName} ("${company.text}", ${company.role}, ${at(company)}) · ${claim.metric} ("${metric.text}", ${at(metric)})${periodPart}`);
}
