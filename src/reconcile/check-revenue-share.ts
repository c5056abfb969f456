import type { ReferenceRecord } from '../data/reference-schema.js';
import { companyById } from '../data/companies.js';
import { describeAnnounced, userDataNote } from '../describe/describe-origin.js';
import { describeReferenceValue, describeValue } from '../describe/describe-value.js';
import { divideDecimals } from '../money/divide.js';
import { compareDecimals, decimalFromInteger, shiftDecimal, type Decimal } from '../money/decimal.js';
import type { Claim, Finding, IsoDate } from '../types.js';
import { isAnnouncedBy, isInForce } from './in-force.js';
import { newestRecord } from './newest-record.js';
import { describePeriod, periodDates, recordCoversPeriod } from './period-dates.js';
import { RULES } from './rules.js';
import { spanOf } from './span-of.js';
import { referenceInterval, relateToInterval, type ValueInterval } from './value-interval.js';

/**
 * Checks "capex is X% of revenue": the company's capex in force for the period, divided by the
 * revenue known on the article's date (the latest reported year) and, once reported, by the
 * period's own revenue. The verdict rests on what was known on the date; hindsight is shown.
 */
export function checkRevenueShare(claim: Claim, records: readonly ReferenceRecord[], date: IsoDate): Finding {
  const claimed = claim.period === null ? null : periodDates(claim.entity, claim.period);
  if (claim.period?.kind === 'quarter') {
    return finding(claim, 'unverifiable', null, `"${claim.figure.text}" is about ${describePeriod(claim.period)}; capcheck has no quarterly figures to compute it from.`);
  }
  const ofEntity = records.filter((record) => record.entity === claim.entity);
  const capex = newestRecord(ofEntity.filter((record) => record.metric === 'capex' && recordCoversPeriod(record, claimed) && isInForce(record, date)));
  const revenues = ofEntity.filter((record) => record.metric === 'revenue' && record.period !== null);
  const knownRevenue = latestPeriod(revenues.filter((record) => isAnnouncedBy(record, date)));
  const periodRevenue = revenues.find((record) => record !== knownRevenue && recordCoversPeriod(record, claimed)) ?? null;
  const company = companyById(claim.entity).displayName;
  if (capex === null || knownRevenue === null) {
    const missing = capex === null ? `capex for ${claim.period === null ? 'that period' : 'the period'}` : 'revenue';
    return finding(claim, 'unverifiable', null, `No official ${company} ${missing} had been published by the article's date to compute "${claim.figure.text}" from.`);
  }
  const share = shareInterval(capex, knownRevenue);
  const relation = relateToInterval(claim.figure.amount, share, claim.figure.precision);
  // Until the period's own revenue is reported, a smaller share may rest on a larger revenue to come.
  const ownRevenueKnown = recordCoversPeriod(knownRevenue, claimed) || (periodRevenue !== null && isAnnouncedBy(periodRevenue, date));
  if (relation === 'below' && !ownRevenueKnown) {
    return finding(
      claim,
      'unverifiable',
      null,
      `"${claim.figure.text}" is below ${company}'s capex for ${capex.period?.label ?? 'the period'} over its latest reported revenue (${describeShare(knownRevenue, share, `the latest reported by the article date${userDataNote(knownRevenue)}`)}); the period's own revenue, not yet reported, may be larger.`,
    );
  }
  const verdict = relation === 'consistent' ? 'supported' : relation === 'above' ? 'overstated' : 'understated';
  const computations = [describeShare(knownRevenue, share, `the latest reported by the article date${userDataNote(knownRevenue)}`)];
  if (periodRevenue !== null) {
    computations.push(describeShare(periodRevenue, shareInterval(capex, periodRevenue), `reported ${describeAnnounced(periodRevenue)}`));
  }
  const lead = verdict === 'supported' ? 'agrees with the official figures' : `${verdict === 'overstated' ? 'overstates' : 'understates'} the share`;
  const basis = capex.basis === 'guidance' ? ' guidance' : '';
  const capexText = `${company}'s capex${basis} for ${capex.period?.label ?? 'the period'} (${describeReferenceValue(capex)}, ${describeAnnounced(capex)})`;
  return finding(claim, verdict, knownRevenue, `"${claim.figure.text}" ${lead}: ${capexText} is ${computations.join(', and ')}.`);
}

/** Capex over revenue, as percentage points, widened as the capex figure is (a range, or ~). */
function shareInterval(capex: ReferenceRecord, revenue: ReferenceRecord): ValueInterval {
  const numerator = referenceInterval(capex.value);
  const denominator = revenue.value.kind === 'range' ? decimalFromInteger(revenue.value.low) : decimalFromInteger(revenue.value.value);
  const percent = (value: Decimal) => shiftDecimal(divideDecimals(value, denominator), 2);
  return { low: percent(numerator.low), high: numerator.high === null ? null : percent(numerator.high) };
}

function describeShare(revenue: ReferenceRecord, share: ValueInterval, when: string): string {
  // An exact capex (a reported actual) gives one share, not a range from a number to itself.
  const sharePoints =
    share.high === null
      ? { kind: 'lower-bound' as const, value: share.low, inclusive: true }
      : compareDecimals(share.low, share.high) === 0
        ? { kind: 'exact' as const, value: share.low }
        : { kind: 'range' as const, low: share.low, high: share.high };
  const shareText = describeValue(sharePoints, { kind: 'percent' });
  return `${shareText} of its ${revenue.period?.label ?? ''} revenue of ${describeReferenceValue(revenue)} (${when})`;
}

/** The revenue record of the latest period. */
function latestPeriod(records: readonly ReferenceRecord[]): ReferenceRecord | null {
  let latest: ReferenceRecord | null = null;
  for (const record of records) if (latest === null || (record.period?.end ?? '') > (latest.period?.end ?? '')) latest = record;
  return latest;
}

function finding(claim: Claim, verdict: 'supported' | 'overstated' | 'understated' | 'unverifiable', reference: ReferenceRecord | null, message: string): Finding {
  const severity = verdict === 'supported' ? 'info' : verdict === 'unverifiable' ? 'warning' : RULES['revenue-share'].severity;
  return { ruleId: 'revenue-share', verdict, severity, span: spanOf(claim.figure), claim, reference, message, related: [] };
}
