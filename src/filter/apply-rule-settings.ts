import type { CapcheckConfig } from '../config/config-schema.js';
import type { Finding } from '../types.js';

/**
 * Applies the configuration's per-rule settings: "off" drops a rule's findings; a severity
 * replaces the rule's own for its problems (a finding that agrees with the record stays info).
 */
export function applyRuleSettings(findings: readonly Finding[], rules: CapcheckConfig['rules']): Finding[] {
  if (rules === undefined) return [...findings];
  return findings.flatMap((finding) => {
    const setting = rules[finding.ruleId];
    if (setting === undefined) return [finding];
    if (setting === 'off') return [];
    return [finding.verdict === 'supported' ? finding : { ...finding, severity: setting }];
  });
}
