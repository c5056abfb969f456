import type { ReportingDescriptor } from 'sarif';
import { RULE_IDS, RULES } from '../reconcile/rules.js';
import type { RuleId } from '../types.js';
import { ruleDocUrl } from './rule-docs.js';
import { sarifLevel } from './sarif-level.js';

/** One SARIF rule per rule id a finding can carry, seen or not, in the catalogue's order (results point at them by index). */
export const SARIF_RULES: readonly ReportingDescriptor[] = RULE_IDS.map((id) => {
  const rule = RULES[id];
  return {
    id,
    name: ruleName(id),
    shortDescription: { text: rule.summary },
    fullDescription: { text: `${rule.summary} ${rule.help}` },
    help: { text: rule.help, markdown: `${rule.summary}\n\n**What to do:** ${rule.help}` },
    helpUri: ruleDocUrl(id),
    defaultConfiguration: { level: sarifLevel(rule.severity) },
  };
});

/** "period-slip" → "PeriodSlip": SARIF names are readable identifiers, ids stay kebab-case. */
function ruleName(id: RuleId): string {
  return id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}
