import { createLineIndex } from '../read/line-index.js';
import type { FileReport } from '../types.js';
import { locateSpan } from './locate.js';

/**
 * One line per finding, `file:line:col: severity message [rule]`, like ESLint's unix formatter:
 * 1-based UTF-16 columns (as in the JSON report), nothing before or after the findings.
 */
export function formatUnix(reports: readonly FileReport[]): string {
  const lines = reports.flatMap((report) => {
    const index = createLineIndex(report.document.source);
    return report.findings.map((finding) => {
      const { line, column } = locateSpan(index, finding.span);
      return `${report.document.path}:${line}:${column}: ${finding.severity} ${oneLine(finding.message)} [${finding.ruleId}]`;
    });
  });
  return lines.map((line) => `${line}\n`).join('');
}

/** Keeps one finding on one line, so `grep`, `sort` and editors' error parsers see it whole. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}
