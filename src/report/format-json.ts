import type { ReferenceRecord } from '../data/reference-schema.js';
import { assertNever } from '../assert-never.js';
import { createLineIndex, type LineIndex } from '../read/line-index.js';
import { describePeriod } from '../reconcile/period-dates.js';
import type { Claim, Cue, DataVersions, FileReport, IsoDate, NotCheckedFindingReason } from '../types.js';
import { footingOf } from './footing.js';
import { amountBounds, measureOf } from './figure-json.js';
import { locateSpan } from './locate.js';
import { summarize, type Summary } from './summarize.js';
import { stringifyJson } from './stringify-json.js';

/** Version of the JSON contract; fields may be added, never renamed or removed. */
export const JSON_SCHEMA_VERSION = 1;

/** One input's part of the JSON report. */
export interface JsonFileReport {
  readonly path: string;
  readonly date: IsoDate;
  readonly dateSource: FileReport['dateSource'];
  readonly findings: readonly Record<string, unknown>[];
}

/** The machine-readable report (schemaVersion 1): what `--format json` prints and the library's `check` returns. */
export interface JsonReport {
  readonly schemaVersion: typeof JSON_SCHEMA_VERSION;
  readonly data: DataVersions;
  readonly files: readonly JsonFileReport[];
  readonly summary: Summary;
}

/** The machine-readable report (schemaVersion 1), as a string ending in a newline. */
export function formatJson(reports: readonly FileReport[], data: DataVersions): string {
  return `${stringifyJson(buildJsonReport(reports, data), 2)}\n`;
}

/** The JSON report as an object of plain JSON values: printing it and parsing it back gives it again. */
export function buildJsonReport(reports: readonly FileReport[], data: DataVersions): JsonReport {
  return {
    schemaVersion: JSON_SCHEMA_VERSION,
    data,
    files: reports.map(jsonFileReport),
    summary: summarize(reports),
  };
}

/** One input's part of the JSON report (also one streamed item of `files`). */
export function jsonFileReport(report: FileReport): JsonFileReport {
  const lines = createLineIndex(report.document.source);
  return {
    path: report.document.path,
    date: report.date,
    dateSource: report.dateSource,
    findings: report.findings.map((finding) => ({
      ruleId: finding.ruleId,
      verdict: finding.verdict,
      severity: finding.severity,
      text: finding.span.text,
      ...locateSpan(lines, finding.span),
      claim: finding.claim === null ? null : jsonClaim(finding.claim, lines),
      reference: finding.reference === null ? null : jsonReference(finding.reference),
      footing: finding.reference === null ? null : footingOf(finding.reference),
      message: finding.message,
      related: finding.related.map((related) => ({ ...locateSpan(lines, related), message: related.message })),
      evidence: finding.evidence ?? null,
      reason: finding.reason === undefined ? null : jsonReason(finding.reason, lines),
    })),
  };
}

function jsonClaim(claim: Claim, lines: LineIndex): Record<string, unknown> {
  const { figure, cues } = claim;
  return {
    entity: claim.entity,
    metric: claim.metric,
    period: claim.period === null ? null : describePeriod(claim.period),
    periodSource: claim.periodSource,
    value: { ...amountBounds(figure.amount), ...measureOf(figure), qualifier: figure.amount.kind },
    basis: claim.basis,
    cues: {
      company: { ...jsonCue(cues.company, lines), role: cues.company.role },
      metric: jsonCue(cues.metric, lines),
      period: cues.period === null ? null : jsonCue(cues.period, lines),
    },
  };
}

/** Words of the article that established part of a claim: as written, with positions. */
function jsonCue(cue: Cue, lines: LineIndex): Record<string, unknown> {
  return { text: cue.text, ...locateSpan(lines, cue) };
}

/** Why a figure was not checked: a stable code, the kind of measure or scope it is, and the words that say so. */
function jsonReason(reason: NotCheckedFindingReason, lines: LineIndex): Record<string, unknown> {
  switch (reason.kind) {
    case 'other-measure':
      return { code: reason.kind, measure: reason.measure, cue: jsonCue(reason.cue, lines) };
    case 'scope':
      return { code: reason.kind, scope: reason.scope, cue: jsonCue(reason.cue, lines) };
    case 'ambiguous-company':
    case 'untracked-company':
    case 'several-companies':
    case 'quarter':
    case 'table-cell':
      return { code: reason.kind, cue: jsonCue(reason.cue, lines) };
    case 'implausible':
      return { code: reason.kind, record: reason.record.id };
    case 'no-company':
    case 'no-metric':
    case 'no-period':
    case 'untied-growth':
      return { code: reason.kind };
    default:
      return assertNever(reason);
  }
}

function jsonReference(record: ReferenceRecord): Record<string, unknown> {
  const measure = record.measure.kind === 'money' ? { currency: record.measure.currency } : { unit: record.measure.unit };
  return {
    id: record.id,
    entity: record.entity,
    metric: record.metric,
    basis: record.basis,
    period: record.period?.label ?? null,
    value: { ...record.value, ...measure },
    announced: record.announced,
    source: record.source,
    // Added only for a user's record, so reports on the bundled data stay as they were.
    ...(record.origin.kind === 'user' ? { origin: record.origin } : {}),
  };
}
