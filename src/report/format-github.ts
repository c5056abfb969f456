import { assertNever } from '../assert-never.js';
import { createLineIndex, type LineIndex } from '../read/line-index.js';
import type { FileReport, Finding, Severity } from '../types.js';
import { portablePath } from './artifact-uri.js';
import { describeEvidence } from './describe-evidence.js';
import { locateSpan } from './locate.js';
import type { FailReason } from './decide-outcome.js';
import { describeFailReason } from './describe-outcome.js';
import { escapeControls, safeLine } from './safe-text.js';
import { workflowCommand } from './workflow-command.js';

/** GitHub shows this many annotations of each type (error, warning, notice) per step and drops the rest silently. */
export const ANNOTATIONS_SHOWN_PER_TYPE = 10;

type Annotation = 'error' | 'warning' | 'notice';

/** What the github format says beyond the findings. */
export interface GithubFormatOptions {
  /** The limits the run broke: each becomes an error annotation first in the output, so it is never hidden by the cap. */
  readonly failures: readonly FailReason[];
  /** Whether the job summary will list every finding, so the overflow notice may send readers there. */
  readonly stepSummary: boolean;
}

/**
 * GitHub Actions annotations: first one error per broken limit (--fail-on, --max-warnings), then errors, then warnings, then notices, so the cap hides the least
 * important; when a type overflows, a notice (placed before the info notices, so it is shown) says how many went unseen.
 */
export function formatGithub(reports: readonly FileReport[], options: GithubFormatOptions): string {
  return githubOutput(joinAnnotations(reports.map(githubAnnotations)), options);
}

/** One file's annotation lines, by type (a streamed run gathers them: the output is ordered by type across files). */
export type GithubAnnotations = Readonly<Record<Annotation, readonly string[]>>;

/** The annotations of every file, each type in file order. */
export function joinAnnotations(files: readonly GithubAnnotations[]): GithubAnnotations {
  return { error: files.flatMap((file) => file.error), warning: files.flatMap((file) => file.warning), notice: files.flatMap((file) => file.notice) };
}

/** One file's annotations. */
export function githubAnnotations(report: FileReport): GithubAnnotations {
  const byType: Record<Annotation, string[]> = { error: [], warning: [], notice: [] };
  const lines = createLineIndex(report.document.source);
  for (const finding of report.findings) {
    const type = annotationType(finding.severity);
    const { line, column, endLine, endColumn } = locateSpan(lines, finding.span);
    const properties = [
      // GitHub's own escaping keeps a property from ending early; control characters are shown as escapes besides.
      ['file', escapeControls(portablePath(report.document.path))],
      ['line', line],
      ['col', column],
      ['endLine', endLine],
      ['endColumn', endColumn],
      ['title', `capcheck: ${finding.ruleId}`],
    ] as const;
    byType[type].push(workflowCommand(type, properties, annotationMessage(finding, lines)));
  }
  return byType;
}

/** The whole output from every file's annotations. */
export function githubOutput(annotations: GithubAnnotations, options: GithubFormatOptions): string {
  const { error: errors, warning: warnings, notice: notices } = annotations;
  const failures = options.failures.map((failure) => workflowCommand('error', [['title', 'capcheck: run failed']], `${describeFailReason(failure)}.`));
  const overflow = overflowNotice({ error: failures.length + errors.length, warning: warnings.length, notice: notices.length }, options.stepSummary);
  return [...failures, ...errors, ...warnings, ...overflow, ...notices].map((line) => `${line}\n`).join('');
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

/** The message, each related place and the evidence on a line of their own; each line's own breaks and control characters neutralised. */
function annotationMessage(finding: Finding, lines: LineIndex): string {
  const related = finding.related.map((place) => {
    const { line, column } = locateSpan(lines, place);
    return `\nLine ${line}, column ${column}: ${safeLine(place.message)}`;
  });
  return `${safeLine(finding.message)}${related.join('')}${finding.reference === null ? '' : `\n${safeLine(describeEvidence(finding.reference))}`}`;
}

/** `counts` are the annotations of each type, limit errors included: they take slots like any other. */
function overflowNotice(counts: Readonly<Record<Annotation, number>>, stepSummary: boolean): string[] {
  const cap = ANNOTATIONS_SHOWN_PER_TYPE;
  const hidden = Math.max(0, counts.error - cap) + Math.max(0, counts.warning - cap);
  if (hidden === 0 && counts.notice <= cap) return [];
  // The overflow notice takes one of the notice slots itself.
  const total = hidden + Math.max(0, counts.notice - (cap - 1));
  const rest = stepSummary ? 'The job summary lists every finding.' : 'Use --format sarif or json, or set GITHUB_STEP_SUMMARY, for the full list.';
  const message = `${total} more ${total === 1 ? 'finding is' : 'findings are'} not annotated: GitHub shows ${cap} annotations of each type per step. ${rest}`;
  return [workflowCommand('notice', [['title', 'capcheck: annotation limit']], message)];
}
