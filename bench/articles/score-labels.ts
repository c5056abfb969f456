/**
 * Scores capcheck's findings against labels exactly as ../shared/eval/articles-dev/README.md
 * defines it: a label matches the findings whose text contains its figure or lies inside it;
 * a slip (medium or high confidence) is caught by a matching error or warning; a clean figure
 * (medium or high confidence, no slip among its alternatives) is a false alarm when a matching
 * finding is an error; a verdict is exact when a matching finding carries the expected one
 * (out-of-scope: not checked, at info — no finding at all counts as not checked).
 */
import { SLIPS, type Expected, type Label } from './labels.js';
import type { FindingJson } from './run-capcheck.js';

/** How one label fared. */
export interface LabelOutcome {
  readonly label: Label;
  readonly kind: 'slip' | 'clean' | 'unscored';
  readonly matches: readonly FindingJson[];
  /** The matching finding shown for the label: the most severe, else the first. */
  readonly shown: FindingJson | null;
  readonly caught: boolean;
  readonly falseAlarm: boolean;
  readonly exact: boolean;
}

/** What capcheck said about a label, as one word for the confusion table. */
export function saidOf(outcome: LabelOutcome): string {
  const shown = outcome.shown;
  if (shown === null) return '(no finding)';
  return isNotChecked(shown) ? 'not-checked' : shown.verdict;
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * Scores one label against the findings of its page. A label whose figure is not in the rebuilt
 * page (the stored copy lacks that part of it) cannot be matched, so it is not scored rather than
 * counted as missed.
 */
export function scoreLabel(label: Label, findings: readonly FindingJson[], figureInPage = true): LabelOutcome {
  const matches = findings.filter((finding) => finding.text.includes(label.figure) || label.figure.includes(finding.text));
  const shown = [...matches].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])[0] ?? null;
  const scored = label.confidence !== 'low' && figureInPage;
  const kind = !scored ? 'unscored' : SLIPS.has(label.expected) ? 'slip' : label.alt.some((verdict) => SLIPS.has(verdict)) ? 'unscored' : 'clean';
  const accepted = new Set<Expected>([label.expected, ...label.alt]);
  const exact =
    matches.some((finding) => accepted.has(finding.verdict as Expected) || (accepted.has('out-of-scope') && isNotChecked(finding))) ||
    (matches.length === 0 && accepted.has('out-of-scope'));
  return {
    label,
    kind,
    matches,
    shown,
    caught: kind === 'slip' && matches.some((finding) => finding.severity !== 'info'),
    falseAlarm: kind === 'clean' && matches.some((finding) => finding.severity === 'error'),
    exact,
  };
}

/** A finding that says the figure was not checked: its own verdict, or an unverifiable figure at info. */
function isNotChecked(finding: FindingJson): boolean {
  return finding.verdict === 'not-checked' || (finding.verdict === 'unverifiable' && finding.severity === 'info');
}

/** The totals a corpus is judged by. */
export interface CorpusScore {
  readonly slips: number;
  readonly caught: number;
  readonly clean: number;
  readonly falseAlarms: number;
  readonly scored: number;
  readonly exact: number;
}

/** Totals over a corpus's outcomes. */
export function totals(outcomes: readonly LabelOutcome[]): CorpusScore {
  const scored = outcomes.filter((outcome) => outcome.kind !== 'unscored');
  return {
    slips: scored.filter((outcome) => outcome.kind === 'slip').length,
    caught: scored.filter((outcome) => outcome.caught).length,
    clean: scored.filter((outcome) => outcome.kind === 'clean').length,
    falseAlarms: scored.filter((outcome) => outcome.falseAlarm).length,
    scored: scored.length,
    exact: scored.filter((outcome) => outcome.exact).length,
  };
}
