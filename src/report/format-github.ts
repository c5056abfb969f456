import { assertNever } from '../assert-never.js';
import { createLineIndex, type LineIndex } from '../read/line-index.js';
import type { FileReport, Finding, Severity } from '../types.js';
import { portablePath } from './artifact-uri.js';
import { describeEvidence } from './describe-evidence.js';
import { locateSpan } from './locate.js';
import { workflowCommand } from './workflow-command.js';

/** GitHub shows this many annotations of each type (error, warning, notice) per step and drops the rest silently. */
export const ANNOTATIONS_SHOWN_PER_TYPE = 10;

type Annotation = 'error' | 'warning' | 'notice';
const ORDER: readonly Annotation[] = ['error', 'warning', 'notice'];

/**
 * GitHub Actions annotations, errors first, then warnings, then notices, so the cap hides the least
 * important; when a type overflows, a notice (placed before the info notices, so it is shown) says how many went unseen.
 */
export function formatGithub(reports: readonly FileReport[]): string {
  const byType = new Map<Annotation, string[]>(ORDER.map((type) => [type, []]));
  for (const report of reports) {
    const lines = createLineIndex(report.document.source);
    for (const finding of report.findings) {
      const type = annotationType(finding.severity);
      const { line, column, endLine, endColumn } = locateSpan(lines, finding.span);
      const properties = [
        ['file', portablePath(report.document.path)],
        ['line', line],
        ['col', column],
        ['endLine', endLine],
        ['endColumn', endColumn],
        ['title', `capcheck: ${finding.ruleId}`],
      ] as const;
      byType.get(type)?.push(workflowCommand(type, properties, annotationMessage(finding, lines)));
    }
  }
  const errors = byType.get('error') ?? [];
  const warnings = byType.get('warning') ?? [];
  const notices = byType.get('notice') ?? [];
  const overflow = overflowNotice(errors.length, warnings.length, notices.length);
  return [...errors, ...warnings, ...overflow, ...notices].map((line) => `${line}\n`).join('');
}

function annotationType(severity: Severity): Annotation {
  switch (severity) {
    case 'error':
      return 'error';
    case 'warning':
      return 'warning';
    case 'info':
      return 'notice';
    default:
      return assertNever(severity);
  }
}

function annotationMessage(finding: Finding, lines: LineIndex): string {
  const related = finding.related.map((place) => {
    const { line, column } = locateSpan(lines, place);
    return `\nLine ${line}, column ${column}: ${place.message}`;
  });
  return `${finding.message}${related.join('')}${finding.reference === null ? '' : `\n${describeEvidence(finding.reference)}`}`;
}

function overflowNotice(errors: number, warnings: number, notices: number): string[] {
  const cap = ANNOTATIONS_SHOWN_PER_TYPE;
  const hidden = Math.max(0, errors - cap) + Math.max(0, warnings - cap);
  if (hidden === 0 && notices <= cap) return [];
  // The overflow notice takes one of the notice slots itself.
  const total = hidden + Math.max(0, notices - (cap - 1));
  const message = `${total} more ${total === 1 ? 'finding is' : 'findings are'} not annotated: GitHub shows ${cap} annotations of each type per step. The job summary lists every finding.`;
  return [workflowCommand('notice', [['title', 'capcheck: annotation limit']], message)];
}
