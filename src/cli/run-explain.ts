import { readFileSync } from 'node:fs';
import { closestName } from '../closest-name.js';
import { RULE_IDS, RULES, type RuleId } from '../reconcile/rules.js';
import { isRuleId } from '../filter/unknown-rule-names.js';
import { reportUsageError, type CliEnvironment } from './environment.js';
import { EXIT } from './exit-codes.js';

/** The package root (from src/cli/ and dist/cli/ alike): docs/ ship beside dist/, found wherever capcheck is installed, never from the working folder. */
const PACKAGE_ROOT = new URL('../../', import.meta.url);

/** `capcheck explain [rule]`: a rule's documentation page, or with no rule the list of rules. */
export function runExplain(rule: string | undefined, environment: CliEnvironment): number {
  if (rule === undefined) {
    environment.stdout.write(listRules());
    return EXIT.OK;
  }
  if (!isRuleId(rule)) {
    const suggestion = closestName(RULE_IDS, rule);
    return reportUsageError(environment, `explain: unknown rule "${rule}"${suggestion === undefined ? '' : `; did you mean "${suggestion}"?`} (known: ${RULE_IDS.join(', ')})`);
  }
  environment.stdout.write(ruleDoc(rule));
  return EXIT.OK;
}

/** One line per rule: id, default severity, summary, aligned. */
function listRules(): string {
  const width = Math.max(...RULE_IDS.map((id) => id.length));
  const lines = RULE_IDS.map((id) => `${id.padEnd(width)}  ${RULES[id].severity.padEnd(7)}  ${RULES[id].summary}`);
  return `${lines.join('\n')}\n\ncapcheck explain <rule> prints a rule's documentation, with examples.\n`;
}

/** The rule's page from docs/rules/; without it (a trimmed install), the catalogue's own words. */
function ruleDoc(id: RuleId): string {
  try {
    return readFileSync(new URL(`docs/rules/${id}.md`, PACKAGE_ROOT), 'utf8');
  } catch {
    const rule = RULES[id];
    return `# ${id}\n\nSeverity: ${rule.severity}\n\n${rule.summary}\n\nWhat to do: ${rule.help}\n`;
  }
}
