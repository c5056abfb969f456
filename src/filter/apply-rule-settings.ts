import type { CapcheckConfig } from '../config/config-schema.js';
import type { Finding } from '../types.js';

/**
 * Applies the configuration's per-rule settings: "off" drops a rule's findings; a severity
 * replaces the rule's own for its problems. Findings that report no problem (a figure that
 * agrees, a figure about an untracked metric) stay info.
 */
export function applyRuleSettings(findings: readonly Finding[], rules: CapcheckConfig['rules']): Finding[] {
  if (rules === undefined) return [...findings];
  return findings.flatMap((finding) => {
    const setting = rules[finding.ruleId];
    if (setting === undefined) return [finding];
    if (setting === 'off') return [];
    return [finding.severity === 'info' ? finding : { ...finding, severity: setting }];
  });
}
