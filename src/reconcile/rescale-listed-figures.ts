import { decimalFromInteger, shiftDecimal } from '../money/decimal.js';
import type { Claim, Finding } from '../types.js';
import { multiplyAmount } from './convert-amount.js';
import { findScaleSlip } from './find-scale-slip.js';
import { describePeriod } from './period-dates.js';

/** How many other figures of a list must share one scale slip for a figure of no plausible size to be read at it. */
const MIN_SLIPPED_SIBLINGS = 2;

/** What the judged figures of one list (one metric word, one period) say together: read once per list. */
interface ListVerdict {
  /** The findings of the list that were judged at their written size. */
  readonly siblings: readonly Finding[];
  readonly slipped: readonly Finding[];
  readonly powers: ReadonlySet<number | null>;
}

/**
 * "132亿、92亿、71亿和65亿美元": when the other figures of a list (sharing its metric words) are all the
 * same power of ten too small, a figure of the list too far from any record to be judged is read at
 * that power too, and judged there: a probable scale-slip (warning), with what it is at that scale.
 */
export function rescaleListedFigures(claims: readonly Claim[], findings: readonly Finding[], judge: (claim: Claim) => Finding): Finding[] {
  const lists = groupLists(claims, findings);
  const verdicts = new Map<string, ListVerdict>();
  return findings.map((finding, index) => {
    const claim = claims[index];
    if (claim === undefined || finding.reason?.kind !== 'implausible') return finding;
    const key = listKey(claim);
    if (key === null) return finding;
    // An implausible figure is never among the judged siblings, so every implausible member of a list shares one verdict.
    let verdict = verdicts.get(key);
    if (verdict === undefined) {
      verdict = readList(lists.get(key) ?? []);
      verdicts.set(key, verdict);
    }
    const { siblings, slipped, powers } = verdict;
    const [power] = [...powers];
    if (slipped.length < MIN_SLIPPED_SIBLINGS || slipped.length !== siblings.length || powers.size !== 1 || power === undefined || power === null) return finding;
    const factor = shiftDecimal(decimalFromInteger(1), power);
    const rescaled = judge({ ...claim, figure: { ...claim.figure, amount: multiplyAmount(claim.figure.amount, factor), precision: shiftDecimal(claim.figure.precision, power) } });
    if (rescaled.verdict === 'not-checked') return finding;
    const others = slipped.map((other) => `"${other.span.text}"`).join(', ');
    const size = power > 0 ? `${10 ** power} times too small` : `${10 ** -power} times too large`;
    const message = `"${claim.figure.text}" is probably ${size}, like the other figures of its list (${others}); read at that scale: ${rescaled.message}`;
    const { reason: _implausible, ...rest } = finding;
    return { ...rest, ruleId: 'scale-slip', verdict: 'scale-slip', severity: 'warning', claim: rescaled.claim, reference: rescaled.reference, message, ...(rescaled.evidence ? { evidence: rescaled.evidence } : {}) };
  });
}

/** The list a claim belongs to: its metric word's place and its period; none without a period. */
function listKey(claim: Claim): string | null {
  return claim.period === null ? null : `${claim.cues.metric.start} ${describePeriod(claim.period)}`;
}

/** The findings judged at their written size, by list, in claim order: one pass, so no claim scans all others. */
function groupLists(claims: readonly Claim[], findings: readonly Finding[]): Map<string, Finding[]> {
  const lists = new Map<string, Finding[]>();
  claims.forEach((claim, index) => {
    const finding = findings[index];
    const key = listKey(claim);
    if (finding === undefined || key === null || finding.reason?.kind === 'implausible') return;
    const list = lists.get(key);
    if (list === undefined) lists.set(key, [finding]);
    else list.push(finding);
  });
  return lists;
}

function readList(siblings: readonly Finding[]): ListVerdict {
  const slipped = siblings.filter((other) => other.verdict === 'scale-slip');
  return { siblings, slipped, powers: new Set(slipped.map(powerOf)) };
}

function powerOf(finding: Finding): number | null {
  if (finding.claim === null || finding.reference === null) return null;
  return findScaleSlip(finding.claim.figure.amount, finding.claim.figure.precision, [finding.reference])?.power ?? null;
}
