import { describeDate } from '../describe/describe-date.js';
import { describeReferenceValue } from '../describe/describe-value.js';
import { createLineIndex } from '../read/line-index.js';
import type { DataVersions, FileReport, Finding } from '../types.js';
import { describeDataVersions } from '../describe/describe-data.js';
import { footingOf, footingTag } from './footing.js';
import { portablePath } from './artifact-uri.js';
import { locateSpan } from './locate.js';
import { summarize, type Summary } from './summarize.js';
import type { FailReason } from './decide-outcome.js';
import { describeFailReason } from './describe-outcome.js';
import { safeLine } from './safe-text.js';

const HEADER = '| Where | As written | Verdict | Official figure | Source | Message |\n| --- | --- | --- | --- | --- | --- |';

/** Markdown for `$GITHUB_STEP_SUMMARY`: counts, then a table of every finding, which annotations cannot show past their cap. */
export function formatGithubStepSummary(reports: readonly FileReport[], data: DataVersions, failures: readonly FailReason[] = []): string {
  return githubStepSummary(reports.flatMap(stepSummaryRows), { files: reports.length, ...summarize(reports) }, data, failures);
}

/** One file's rows of the findings table. */
export function stepSummaryRows(report: FileReport): string[] {
  const lines = createLineIndex(report.document.source);
  return report.findings.map((finding) => {
    const { line, column } = locateSpan(lines, finding.span);
    return row([
      `${portablePath(report.document.path)}:${line}:${column}`,
      finding.span.text,
      `${finding.verdict} (${finding.severity})`,
      finding.reference === null ? '—' : describeReferenceValue(finding.reference),
    ], sourceCell(finding), finding.message);
  });
}

/** The summary from every file's rows and the counts of the files and their findings. */
export function githubStepSummary(rows: readonly string[], counted: Summary & { readonly files: number }, data: DataVersions, failures: readonly FailReason[]): string {
  const { errors, warnings, infos, files } = counted;
  const counts = `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, ${infos} info in ${files} ${files === 1 ? 'file' : 'files'}.`;
  const table = rows.length === 0 ? '' : `\n${HEADER}\n${rows.join('\n')}\n`;
  const verdict = failures.length === 0 ? '' : `\n\n**Failed:** ${failures.map(describeFailReason).join('; ')}.`;
  return `### capcheck\n\n${counts}${verdict}\n\n${escapeMarkdown(describeDataVersions(data))}.\n${table}`;
}

function row(cells: readonly string[], source: string, message: string): string {
  return `| ${[...cells.map(escapeMarkdown), source, escapeMarkdown(message)].join(' | ')} |`;
}

function sourceCell(finding: Finding): string {
  if (finding.reference === null) return '—';
  const { source } = finding.reference;
  return `[${escapeMarkdown(source.title)}](${escapeUrl(source.url)}), ${describeDate(source.date)} (${escapeMarkdown(footingTag(footingOf(finding.reference)))})`;
}

/**
 * Keeps article text literal in a table cell: on one line (no row ending early), no pipes ending the cell,
 * no `$…$` maths, no emphasis, code or HTML, and control characters escaped visibly.
 */
export function escapeMarkdown(text: string): string {
  return safeLine(text.replace(/\s*[\r\n]+\s*/g, ' ')).replace(/[\\`*_[\]<>|$~&#]/g, (character) => `\\${character}`);
}

/** Characters a URL must not carry raw inside `(…)` of a Markdown link: spaces, controls, bidi controls, brackets, pipes. */
const URL_UNSAFE = /[\u0000-\u0020\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069()<>|]/g;

/** Keeps a URL inside `(…)` of a Markdown link, percent-encoding what could end or disguise it. */
function escapeUrl(url: string): string {
  return url.replace(URL_UNSAFE, (character) => {
    const code = character.charCodeAt(0);
    return code < 0x80 ? `%${code.toString(16).toUpperCase().padStart(2, '0')}` : encodeURIComponent(character);
  });
}
