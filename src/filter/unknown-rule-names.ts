import { closestName } from '../closest-name.js';
import { RULE_IDS, RULES, type RuleId } from '../reconcile/rules.js';
import type { Finding } from '../types.js';
import type { Directive } from './find-directives.js';

/** Whether a name in a directive is one of capcheck's rules. */
export function isRuleId(name: string): name is RuleId {
  return (RULE_IDS as readonly string[]).includes(name);
}

/** One warning per rule name a directive gives that capcheck does not have: a typo would otherwise silence nothing, silently. */
export function unknownRuleNames(directive: Directive): Finding[] {
  // Names are searched after "capcheck-<kind>", so a name is never found inside the directive's own keyword.
  const namesFrom = directive.span.text.indexOf(directive.kind) + directive.kind.length;
  return directive.rules.flatMap((name) => {
    if (isRuleId(name)) return [];
    const start = directive.span.start + directive.span.text.indexOf(name, namesFrom);
    const suggestion = closestName(RULE_IDS, name);
    return [
      {
        ruleId: 'unknown-rule-in-directive',
        verdict: 'unused',
        severity: RULES['unknown-rule-in-directive'].severity,
        span: { text: name, start, end: start + name.length },
        claim: null,
        reference: null,
        message: `Unknown rule "${name}" in a capcheck-${directive.kind} directive: it silences nothing.${suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`}`,
        related: [],
      },
    ];
  });
}
