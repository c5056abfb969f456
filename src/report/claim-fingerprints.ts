import { createHash } from 'node:crypto';
import { describePeriod } from '../reconcile/period-dates.js';
import type { FileReport } from '../types.js';
import { portablePath } from './artifact-uri.js';

/**
 * A stable identity per finding, in finding order: a hash of the rule, the file, the words the
 * finding points at and the claim (company, metric, period), never of its line, so moved text keeps it;
 * `:n` counts repeats of the same claim in the file, as CodeQL's line hashes do.
 */
export function claimFingerprints(report: FileReport): string[] {
  const seen = new Map<string, number>();
  return report.findings.map((finding) => {
    const { claim } = finding;
    const key = JSON.stringify([
      finding.ruleId,
      portablePath(report.document.path),
      finding.span.text,
      claim?.entity ?? null,
      claim?.metric ?? null,
      claim?.period ? describePeriod(claim.period) : null,
    ]);
    const hash = createHash('sha256').update(key).digest('hex').slice(0, 32);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    return `${hash}:${occurrence}`;
  });
}
