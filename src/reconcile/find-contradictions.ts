import { assertNever } from '../assert-never.js';
import { describeValue } from '../describe/describe-value.js';
import { decimalToNumber, scaleFactors, shiftDecimal } from '../money/decimal.js';
import type { Amount, Claim, ClaimRestatement, CurrencyCode, Evidence, Figure, Finding, IsoDate, RelatedLocation, Verdict } from '../types.js';
import { companyById } from '../data/companies.js';
import { checkConversion, type ConversionCheck } from './check-conversion.js';
import { multiplyAmount } from './convert-amount.js';
import { TOLERANCE } from './tolerance.js';
import { describeRate, rateNote } from './compose-message.js';
import type { CurrencyConverter } from './currency-converter.js';
import { describePeriod } from './period-dates.js';
import { RULES } from './rules.js';
import { spanOf } from './span-of.js';
import { amountsOverlap, floatSpan, spansApart } from './value-interval.js';

/** The claims of one article with what they need to be compared with each other. */
export interface ContradictionContext {
  readonly claims: readonly Claim[];
  readonly restatements: readonly ClaimRestatement[];
  readonly date: IsoDate;
  readonly fx: CurrencyConverter;
  /** Figures the official records support: of two statements that disagree, the other one is the slip. */
  readonly supported: ReadonlySet<Figure>;
  /** Figures the official records already show wrong: that they also contradict the article adds nothing. */
  readonly refuted: ReadonlySet<Figure>;
}

/**
 * Findings that compare an article with itself: bracketed conversions checked against the
 * official rate; the same figure stated in two currencies at a rate far from the official one
 * (currency-slip); the same figure stated with different values (inconsistent). Each points at
 * the earlier statement as its related location.
 */
export function findContradictions(context: ContradictionContext): Finding[] {
  const findings = context.restatements.flatMap((pair) => checkRestatement(pair, context));
  for (const group of groupByTopic(context.claims).values()) {
    const [first, ...later] = group;
    if (first === undefined) continue;
    for (const claim of later) {
      const finding = compareStatements(first, claim, context);
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

function checkRestatement({ original, restated }: ClaimRestatement, context: ContradictionContext): Finding[] {
  if (original.figure.kind !== 'money' || restated.figure.kind !== 'money') return [];
  const check = checkConversion(original.figure, restated.figure, context.date, context.fx);
  const subject = `"${restated.figure.text}" restates "${original.figure.text}"`;
  if (check === null) {
    // Still a figure about the company: say why its conversion could not be checked.
    const message = `${subject}; no official ${original.figure.currency}/${restated.figure.currency} rate is bundled for the article's date, so the conversion is not checked.`;
    return [{ ...finding(restated, 'unverifiable', message, original, 'converted from here'), severity: 'info' }];
  }
  const message = `${subject} ${describeCheck(check, original.figure.amount, restated.figure.currency)}`;
  return [{ ...finding(restated, verdictOf(check), message, original, 'converted from here'), evidence: rateEvidence(check) }];
}

/** A later statement of the same topic against the first one: another currency, or another value. */
function compareStatements(first: Claim, later: Claim, context: ContradictionContext): Finding | null {
  const [firstFigure, laterFigure] = [first.figure, later.figure];
  if (firstFigure.kind === 'money' && laterFigure.kind === 'money' && firstFigure.currency !== laterFigure.currency) {
    const [foreignClaim, officialClaim] = isOfficialCurrency(firstFigure.currency) ? [later, first] : [first, later];
    const [foreign, official] = [foreignClaim.figure, officialClaim.figure];
    if (foreign.kind !== 'money' || official.kind !== 'money') return null;
    const check = checkConversion(foreign, official, context.date, context.fx);
    if (check === null || check.kind === 'right') return null;
    const message = `"${later.figure.text}" and "${first.figure.text}" state ${topic(first)} in two currencies ${describeCheck(check, foreign.amount, official.currency)}`;
    const verdict = check.kind === 'scale' ? 'scale-slip' : 'currency-slip';
    // When the official-currency figure agrees with the records, the conversion is the slip; otherwise that figure is.
    const [slip, cause] = context.supported.has(official) ? [foreignClaim, officialClaim] : [officialClaim, foreignClaim];
    return { ...finding(slip, verdict, message, cause, cause === first ? 'first stated here' : 'stated again here'), evidence: rateEvidence(check) };
  }
  if (amountsOverlap(firstFigure, laterFigure)) return null;
  const power = scaleApart(firstFigure, laterFigure);
  if (power !== null && !context.refuted.has(firstFigure) && !context.refuted.has(laterFigure)) {
    // Of two statements ten (a thousand, ten thousand) times apart, the one the records do not support is the slip.
    const [slip, cause] = context.supported.has(laterFigure) ? [first, later] : [later, first];
    const message = `"${slip.figure.text}" and "${cause.figure.text}" state ${topic(first)} with the same digits ${10 ** Math.abs(power)} times apart: one of them has the wrong scale.`;
    return { ...finding(slip, 'scale-slip', message, cause, cause === first ? 'first stated here' : 'stated again here'), severity: 'warning' };
  }
  if (context.refuted.has(laterFigure)) return null;
  const message = `"${later.figure.text}" contradicts "${first.figure.text}", stated earlier for ${topic(first)}.`;
  return finding(later, 'inconsistent', message, first, 'first stated here');
}

/** Powers of ten a writer slips by: a decimal mark or 亿 for 十亿 (1), million for billion (3), 万 for 億 (4). */
const SCALE_FACTORS = scaleFactors([1, -1, 3, -3, 4, -4]);

/** The power p with later × 10^p agreeing with the first statement, when their digits are the same at another scale; else null. */
function scaleApart(first: Figure, later: Figure): number | null {
  // Most powers put the two figures far apart: decided in floats, before any interval is built.
  const [firstSpan, laterSpan] = [floatSpan(first.amount), floatSpan(later.amount)];
  const found = SCALE_FACTORS.find(({ power, factor }) => {
    if (firstSpan !== null && laterSpan !== null && spansApart(firstSpan, laterSpan, 10 ** power)) return false;
    return amountsOverlap(first, { amount: multiplyAmount(later.amount, factor), precision: shiftDecimal(later.precision, power) });
  });
  return found?.power ?? null;
}

/** The ECB rate a conversion was checked against, as evidence. */
function rateEvidence(check: ConversionCheck): Evidence {
  const { official } = check;
  return { figure: describeRate(official.rate, official.from, official.to), source: official.source, date: official.rateDate, url: official.sourceUrl };
}

function verdictOf(check: ConversionCheck): Exclude<Verdict, 'unused' | 'not-checked'> {
  switch (check.kind) {
    case 'right':
      return 'supported';
    case 'scale':
      return 'scale-slip';
    case 'wrong-rate':
      return 'currency-slip';
    default:
      return assertNever(check);
  }
}

/** The arithmetic of a conversion check, as the end of a sentence. */
function describeCheck(check: ConversionCheck, converted: Amount, target: CurrencyCode): string {
  const implied = describeRate(check.implied, check.official.from, check.official.to, check.official.rate);
  const official = rateNote(check.official);
  switch (check.kind) {
    case 'right':
      return `at ${implied}, within ${percent(decimalToNumber(TOLERANCE.CONVERSION_RATE))} of ${official}.`;
    case 'scale': {
      const right = describeValue(multiplyAmount(converted, check.official.rate), { kind: 'money', currency: target });
      return `at ${implied}: ${10 ** Math.abs(check.power)} times ${check.power > 0 ? 'too much' : 'too little'}; at ${official} it is ${right}.`;
    }
    case 'wrong-rate': {
      const probable = check.probable ? `; probably converted at the ${check.probable.label}` : '';
      return `at an implied ${implied}, ${percent(decimalToNumber(check.difference))} off ${official}${probable}.`;
    }
    default:
      return assertNever(check);
  }
}

function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}

/** Claims about the same company, metric and period, in document order. */
function groupByTopic(claims: readonly Claim[]): Map<string, Claim[]> {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    // An earlier value presented as such ("up from …") is not a second statement of the same figure;
    // a plan and a result for the same year may differ, and both be right.
    if (claim.figure.kind === 'percent' || claim.earlier !== null) continue;
    const key = `${claim.entity}|${claim.metric}|${claim.period === null ? '-' : describePeriod(claim.period)}|${claim.figure.kind}|${claim.basis === 'reported' ? 'result' : 'plan'}`;
    const group = groups.get(key);
    if (group) group.push(claim);
    else groups.set(key, [claim]);
  }
  return groups;
}

/** "Meta's 2025 capex". */
function topic(claim: Claim): string {
  const period = claim.period === null ? '' : ` ${describePeriod(claim.period)}`;
  return `${companyById(claim.entity).displayName}'s${period} ${claim.metric}`;
}

function isOfficialCurrency(currency: CurrencyCode): boolean {
  return currency === 'USD';
}

function finding(claim: Claim, verdict: Exclude<Verdict, 'unused' | 'not-checked'>, message: string, relatedClaim: Claim, relatedMessage: string): Finding {
  const related: RelatedLocation = { start: relatedClaim.figure.start, end: relatedClaim.figure.end, message: relatedMessage };
  return { ruleId: verdict, verdict, severity: RULES[verdict].severity, span: spanOf(claim.figure), claim, reference: null, message, related: [related] };
}
