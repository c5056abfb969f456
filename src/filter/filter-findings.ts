import type { CapcheckConfig } from '../config/config-schema.js';
import { RULES } from '../reconcile/rules.js';
import { sortFindings } from '../report/sort-findings.js';
import type { FileReport, Finding } from '../types.js';
import { rawHtmlSource } from '../read/markdown/raw-html-source.js';
import { applyDirectives } from './apply-directives.js';
import { applyRuleSettings } from './apply-rule-settings.js';
import { findDirectives, type Directive } from './find-directives.js';
import { isRuleId, unknownRuleNames } from './unknown-rule-names.js';

/** What the user chose about which findings to keep. */
export interface FilterSettings {
  readonly rules: CapcheckConfig['rules'];
  readonly reportUnusedDisableDirectives: boolean;
}

/**
 * The findings a user sees for one file: per-rule settings applied, then the file's
 * `<!-- capcheck-disable… -->` comments (Markdown and HTML only: plain text has no comments),
 * with unused directives reported when asked, and rule names no rule has always.
 */
export function filterFindings(report: FileReport, settings: FilterSettings): FileReport {
  const configured = applyRuleSettings(report.findings, settings.rules);
  const { document } = report;
  if (document.format === 'text') return { ...report, findings: configured };
  // In Markdown only raw HTML holds comments: one quoted in code, or escaped, is an example, not an instruction.
  const directives = findDirectives(document.format === 'markdown' ? rawHtmlSource(document) : document.source);
  const { findings, unused } = applyDirectives(document.source, configured, directives);
  // A directive naming only unknown rules is reported once, for its names, not again as unused.
  const unusedReported = settings.reportUnusedDisableDirectives ? unused.filter(namesAKnownRule).map(unusedDirective) : [];
  const reported = applyRuleSettings([...directives.flatMap(unknownRuleNames), ...unusedReported], settings.rules);
  return { ...report, findings: sortFindings([...findings, ...reported]) };
}

/** A directive naming no rule names every rule. */
function namesAKnownRule(directive: Directive): boolean {
  return directive.rules.length === 0 || directive.rules.some(isRuleId);
}

function unusedDirective(directive: Directive): Finding {
  const rules = directive.rules.length === 0 ? '' : ` (${directive.rules.join(', ')})`;
  return {
    ruleId: 'unused-disable-directive',
    verdict: 'unused',
    severity: RULES['unused-disable-directive'].severity,
    span: directive.span,
    claim: null,
    reference: null,
    message: `Unused capcheck-${directive.kind} directive${rules}: it silences no finding.`,
    related: [],
  };
}
