import { decimalFromInteger, shiftDecimal } from '../money/decimal.js';
import type { Claim, Finding } from '../types.js';
import { multiplyAmount } from './convert-amount.js';
import { findScaleSlip } from './find-scale-slip.js';
import { describePeriod } from './period-dates.js';

/** How many other figures of a list must share one scale slip for a figure of no plausible size to be read at it. */
const MIN_SLIPPED_SIBLINGS = 2;

/**
 * "132亿、92亿、71亿和65亿美元": when the other figures of a list (sharing its metric words) are all the
 * same power of ten too small, a figure of the list too far from any record to be judged is read at
 * that power too, and judged there: a probable scale-slip (warning), with what it is at that scale.
 */
export function rescaleListedFigures(claims: readonly Claim[], findings: readonly Finding[], judge: (claim: Claim) => Finding): Finding[] {
  const judged = claims.map((claim, index) => ({ claim, finding: findings[index] }));
  return findings.map((finding, index) => {
    const claim = claims[index];
    if (claim === undefined || finding.reason?.kind !== 'implausible') return finding;
    const listed = (other: Claim): boolean => other !== claim && other.cues.metric.start === claim.cues.metric.start && samePeriod(other, claim);
    const siblings = judged.flatMap((each) => (each.finding !== undefined && listed(each.claim) && each.finding.reason?.kind !== 'implausible' ? [each.finding] : []));
    const slipped = siblings.filter((other) => other.verdict === 'scale-slip');
    const powers = new Set(slipped.map(powerOf));
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

function samePeriod(a: Claim, b: Claim): boolean {
  return a.period !== null && b.period !== null && describePeriod(a.period) === describePeriod(b.period);
}

function powerOf(finding: Finding): number | null {
  if (finding.claim === null || finding.reference === null) return null;
  return findScaleSlip(finding.claim.figure.amount, finding.claim.figure.precision, [finding.reference])?.power ?? null;
}
