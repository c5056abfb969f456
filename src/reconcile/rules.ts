/**
 * The rule catalogue: every rule id a finding can carry, its default severity and its
 * documentation. Reporters (SARIF rules, help text) read it from here.
 */

/** Documentation of one rule. */
export interface RuleDoc {
  readonly severity: 'error' | 'warning' | 'info';
  /** One line: what the rule reports. */
  readonly summary: string;
  /** What to do about it. */
  readonly help: string;
}

export const RULES = {
  supported: {
    severity: 'info',
    summary: 'The figure agrees with the official figure in force on the article date.',
    help: 'Nothing to do; the finding records the evidence.',
  },
  overstated: {
    severity: 'error',
    summary: 'The figure is above the official figure in force on the article date.',
    help: 'Use the official figure, or say whose estimate the larger number is.',
  },
  understated: {
    severity: 'error',
    summary: 'The figure is below the official figure in force on the article date.',
    help: 'Use the official figure, or say whose estimate the smaller number is.',
  },
  outdated: {
    severity: 'error',
    summary: 'The figure repeats guidance that had been superseded by the article date.',
    help: 'Use the newer guidance, or date the older one ("in January, Meta guided …").',
  },
  'period-slip': {
    severity: 'error',
    summary: "The figure is the company's figure for another period (a fiscal year read as a calendar year, last year's as this year's).",
    help: 'State the period the figure belongs to.',
  },
  misattributed: {
    severity: 'error',
    summary: "The figure is another company's figure for that year.",
    help: 'Attribute the figure to the company that gave it.',
  },
  unverifiable: {
    severity: 'warning',
    summary: 'No official figure for that company, metric and period had been published by the article date.',
    help: 'Give the source of the figure, or mark it as an estimate.',
  },
  'currency-slip': {
    severity: 'error',
    summary: 'The figure carries the wrong currency, or was converted at a rate far from the official one of the day.',
    help: 'Keep the official currency, or convert at the ECB reference rate of the article date.',
  },
  'scale-slip': {
    severity: 'error',
    summary: 'The digits are the official figure but the magnitude is off (million for billion, a misplaced decimal separator).',
    help: 'Fix the scale word or the decimal separator.',
  },
  'not-checked': {
    severity: 'info',
    summary: 'The figure is reported, not checked: its words do not establish a tracked company, metric and period, or it measures something without official records.',
    help: 'Nothing to do; if it is a claim about a company\'s capex, name the company, the metric and the period next to it.',
  },
  inconsistent: {
    severity: 'warning',
    summary: 'The article states the same figure with different values in different places.',
    help: 'Make the places agree, or say why they differ.',
  },
  'revenue-share': {
    severity: 'error',
    summary: 'A share of revenue that the official figures do not bear out.',
    help: 'Recompute the share from the official capex and revenue figures shown.',
  },
  total: {
    severity: 'error',
    summary: "A total over several companies that the sum of their official figures for the year does not bear out.",
    help: 'Recompute the total from the companies\' figures shown, or name the companies and the year it covers.',
  },
  growth: {
    severity: 'error',
    summary: 'A growth rate or multiple that the official figures do not bear out.',
    help: 'Recompute the change from the official figures shown.',
  },
  'gdp-comparison': {
    severity: 'error',
    summary: "A comparison with countries' GDP that World Bank figures do not bear out.",
    help: 'Compare with the GDP figures shown, for the latest year available on the article date.',
  },
  'stale-data': {
    severity: 'warning',
    summary: "The article is dated more than 30 days after capcheck's newest record for a company and metric it checks: guidance may have changed since.",
    help: 'Check the companies named against their latest statements, or update capcheck and its data.',
  },
  'unused-disable-directive': {
    severity: 'warning',
    summary: 'A capcheck-disable comment silences no finding (reported with --report-unused-disable-directives).',
    help: 'Remove the comment, or fix the rules it names.',
  },
  'unknown-rule-in-directive': {
    severity: 'warning',
    summary: 'A capcheck-disable comment names a rule capcheck does not have, so it silences nothing for that name.',
    help: 'Spell the rule as `capcheck explain` lists it, or remove the name.',
  },
} as const satisfies Record<string, RuleDoc>;

/** Every rule a finding can carry. */
export type RuleId = keyof typeof RULES;

/** Rule ids in a stable order, for reporters that list them all. */
export const RULE_IDS = Object.keys(RULES) as RuleId[];
