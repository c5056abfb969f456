import type { Finding, Verdict } from '../../types.js';

/**
 * How the page names a verdict: a symbol and the verdict's word, always together, so a verdict is
 * never told by colour alone.
 */
const VERDICT_SYMBOLS: Readonly<Record<Verdict, string>> = {
  supported: '✔',
  overstated: '✖',
  understated: '✖',
  outdated: '✖',
  'period-slip': '✖',
  misattributed: '✖',
  'currency-slip': '✖',
  'scale-slip': '✖',
  unverifiable: '?',
  inconsistent: '⚠',
  'not-checked': '○',
  unused: 'ℹ',
  'stale-data': '⚠',
};

/** "✖ overstated", "✔ supported", "○ not checked". */
export function verdictLabel(verdict: Verdict): string {
  return `${VERDICT_SYMBOLS[verdict]} ${verdict === 'not-checked' ? 'not checked' : verdict}`;
}

/** How many findings have one verdict. */
export interface VerdictCount {
  readonly verdict: Verdict;
  readonly count: number;
}

/** The verdicts present in `findings`, in the order of the Verdict union, with how many findings have each. */
export function countVerdicts(findings: readonly Finding[]): VerdictCount[] {
  return mergeVerdictCounts([findings.map((finding) => ({ verdict: finding.verdict, count: 1 }))]);
}

/** Several files' verdict counts as one list, in the order of the Verdict union. */
export function mergeVerdictCounts(lists: readonly (readonly VerdictCount[])[]): VerdictCount[] {
  const counts = new Map<Verdict, number>();
  for (const list of lists) for (const { verdict, count } of list) counts.set(verdict, (counts.get(verdict) ?? 0) + count);
  return (Object.keys(VERDICT_SYMBOLS) as Verdict[]).filter((verdict) => counts.has(verdict)).map((verdict) => ({ verdict, count: counts.get(verdict) ?? 0 }));
}
