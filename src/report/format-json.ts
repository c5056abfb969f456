import type { ReferenceRecord } from '../data/reference-schema.js';
import { createLineIndex } from '../read/line-index.js';
import { describePeriod } from '../reconcile/period-dates.js';
import type { Claim, FileReport } from '../types.js';
import { amountBounds, measureOf } from './figure-json.js';
import { locateSpan } from './locate.js';
import { summarize } from './summarize.js';

/** Version of the JSON contract; fields may be added, never renamed or removed. */
export const JSON_SCHEMA_VERSION = 1;

/** The machine-readable report (schemaVersion 1), as a string ending in a newline. */
export function formatJson(reports: readonly FileReport[]): string {
  const payload = {
    schemaVersion: JSON_SCHEMA_VERSION,
    files: reports.map((report) => {
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
          claim: finding.claim === null ? null : jsonClaim(finding.claim),
          reference: finding.reference === null ? null : jsonReference(finding.reference),
          message: finding.message,
          related: finding.related.map((related) => ({ ...locateSpan(lines, related), message: related.message })),
          evidence: finding.evidence ?? null,
        })),
      };
    }),
    summary: summarize(reports),
  };
  return `${JSON.stringify(payload, null, 2)}\n`;
}

function jsonClaim(claim: Claim): Record<string, unknown> {
  const { figure } = claim;
  return {
    entity: claim.entity,
    metric: claim.metric,
    period: claim.period === null ? null : describePeriod(claim.period),
    periodSource: claim.periodSource,
    value: { ...amountBounds(figure.amount), ...measureOf(figure), qualifier: figure.amount.kind },
  };
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
  };
}
