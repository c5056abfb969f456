import { assertNever } from '../assert-never.js';
import { createLineIndex, type LineIndex } from '../read/line-index.js';
import type { FileReport, Finding, Severity } from '../types.js';
import { portablePath } from './artifact-uri.js';
import { lineTextAt, toUtf8Column } from './columns.js';
import { describeEvidence } from './describe-evidence.js';
import { locateSpan } from './locate.js';
import { ruleDocUrl } from './rule-docs.js';
import { stringifyJson } from './stringify-json.js';

interface RdjsonPosition {
  readonly line: number;
  /** 1-based, in UTF-8 bytes, as reviewdog's Position requires. */
  readonly column: number;
}

interface RdjsonLocation {
  readonly path: string;
  readonly range: { readonly start: RdjsonPosition; readonly end: RdjsonPosition };
}

/** reviewdog's Diagnostic Format (rdjson): one DiagnosticResult holding every finding, columns in UTF-8 bytes. */
export function formatRdjson(reports: readonly FileReport[]): string {
  return `${stringifyJson(rdjsonDocument(reports.flatMap(rdjsonDiagnostics)), 2)}\n`;
}

/** The document around `diagnostics` (a streamed report writes them between its two halves). */
export function rdjsonDocument(diagnostics: readonly unknown[]): Record<string, unknown> {
  return { source: { name: 'capcheck' }, diagnostics };
}

/** One file's diagnostics. */
export function rdjsonDiagnostics(report: FileReport): Record<string, unknown>[] {
  const lines = createLineIndex(report.document.source);
  return report.findings.map((finding) => ({
      message: diagnosticMessage(finding),
      location: rdjsonLocation(report, lines, finding.span),
      severity: rdjsonSeverity(finding.severity),
      code: { value: finding.ruleId, url: ruleDocUrl(finding.ruleId) },
      ...(finding.related.length === 0
        ? {}
        : {
            related_locations: finding.related.map((related) => ({
              message: related.message,
              location: rdjsonLocation(report, lines, related),
            })),
          }),
  }));
}

function rdjsonLocation(report: FileReport, lines: LineIndex, span: { readonly start: number; readonly end: number }): RdjsonLocation {
  const { source } = report.document;
  const position = locateSpan(lines, span);
  return {
    path: portablePath(report.document.path),
    range: {
      start: { line: position.line, column: toUtf8Column(lineTextAt(source, span.start), position.column) },
      end: { line: position.endLine, column: toUtf8Column(lineTextAt(source, span.end), position.endColumn) },
    },
  };
}

function rdjsonSeverity(severity: Severity): 'ERROR' | 'WARNING' | 'INFO' {
  switch (severity) {
    case 'error':
      return 'ERROR';
    case 'warning':
      return 'WARNING';
    case 'info':
      return 'INFO';
    default:
      return assertNever(severity);
  }
}

function diagnosticMessage(finding: Finding): string {
  return finding.reference === null ? finding.message : `${finding.message}\n${describeEvidence(finding.reference)}`;
}
