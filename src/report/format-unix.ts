import { createLineIndex } from '../read/line-index.js';
import type { FileReport, Finding } from '../types.js';
import { footingOf, footingTag } from './footing.js';
import { locateSpan } from './locate.js';
import { safeLine, safePath } from './safe-text.js';

/**
 * One line per finding, `file:line:col: severity message [rule]`, like ESLint's unix formatter:
 * 1-based UTF-16 columns (as in the JSON report), nothing before or after the findings (so the data
 * versions, which have no line of their own here, are left out). A finding resting on a record ends
 * its message with its footing in brackets. Control and bidi characters in the file name and the
 * message are escaped visibly, so a line is always one finding and never drives the terminal.
 */
export function formatUnix(reports: readonly FileReport[]): string {
  return reports.map(formatUnixFile).join('');
}

/** One file's lines, each ending in a newline. */
export function formatUnixFile(report: FileReport): string {
  const index = createLineIndex(report.document.source);
  return report.findings
    .map((finding) => {
      const { line, column } = locateSpan(index, finding.span);
      return `${safePath(report.document.path)}:${line}:${column}: ${finding.severity} ${safeLine(finding.message)}${footingSuffix(finding)} [${finding.ruleId}]\n`;
    })
    .join('');
}

/** " (footing: weak source, no company statement, confidence low)"; nothing without a record. */
function footingSuffix(finding: Finding): string {
  return finding.reference === null ? '' : ` (footing: ${footingTag(footingOf(finding.reference))})`;
}
