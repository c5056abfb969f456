import type { ReferenceRecord, ReferenceValue } from '../data/reference-schema.js';
import { compareDecimals, decimalFromInteger } from '../money/decimal.js';
import type { Amount, Claim, EntityId, Finding, IsoDate, Severity, Verdict } from '../types.js';
import { isAnnouncedBy, isInForce, isSupersededBy } from './in-force.js';
import { composeMessage, type Judgement } from './compose-message.js';
import { periodDates, recordCoversPeriod, recordInSameNamedYear } from './period-dates.js';
import { relateToReference } from './value-interval.js';

const SEVERITY: Record<Verdict, Severity> = {
  supported: 'info',
  overstated: 'error',
  understated: 'error',
  outdated: 'error',
  'period-slip': 'error',
  misattributed: 'error',
  unverifiable: 'warning',
};

/** What a claim is judged against: the records, the article's date, and the companies it names. */
export interface ReconcileContext {
  readonly records: readonly ReferenceRecord[];
  readonly date: IsoDate;
  readonly mentionedEntities: ReadonlySet<EntityId>;
}

/**
 * Judges one claim against the records in force on the article's date, in this order:
 * supported by one of them; matching a superseded record (outdated); matching the same
 * company's figure for another period (period-slip) or another company's (misattributed);
 * else over- or understated against the closest record in force; else unverifiable.
 */
export function reconcileClaim(claim: Claim, context: ReconcileContext): Finding {
  return toFinding(claim, judge(claim, context));
}

function judge(claim: Claim, { records, date, mentionedEntities }: ReconcileContext): Judgement {
  const { figure, entity, metric, period } = claim;
  if (metric === null) return { verdict: 'unverifiable', reason: 'untracked-metric', reference: null };

  const sameMetric = records.filter((record) => record.metric === metric && isAnnouncedBy(record, date));
  const claimed = period === null ? null : periodDates(entity, period);
  const samePeriod = sameMetric.filter((record) => record.entity === entity && recordCoversPeriod(record, claimed));

  if (figure.kind !== 'money' && figure.kind !== 'quantity') {
    return { verdict: 'unverifiable', reason: 'untracked-metric', reference: null };
  }
  const comparable = (record: ReferenceRecord): boolean =>
    figure.kind === 'money'
      ? record.measure.kind === 'money' && record.measure.currency === figure.currency
      : record.measure.kind === 'quantity' && record.measure.unit === figure.unit;
  const supports = (record: ReferenceRecord): boolean =>
    comparable(record) && relateToReference(figure.amount, record.value) === 'consistent';

  const inForce = samePeriod.filter((record) => isInForce(record, date));
  if (inForce.length > 0 && !inForce.some(comparable)) {
    return { verdict: 'unverifiable', reason: 'other-currency', reference: newest(inForce) };
  }

  const supporting = newest(inForce.filter(supports));
  if (supporting) return { verdict: 'supported', reference: supporting };

  const stale = samePeriod.find((record) => isSupersededBy(record, date) && supports(record));
  const current = newest(inForce);
  if (stale && current) return { verdict: 'outdated', reference: current, matched: stale };

  // Slips need a specific figure: "more than $50 billion" agrees with too much to point anywhere.
  const specific = figure.amount.kind !== 'lower-bound' && figure.amount.kind !== 'upper-bound';
  if (specific) {
    const otherPeriod = sameMetric.find(
      (record) => record.entity === entity && !recordCoversPeriod(record, claimed) && isInForce(record, date) && supports(record),
    );
    if (otherPeriod) return { verdict: 'period-slip', reference: otherPeriod, inForce: current };
    // Another company's figure counts only when the article names that company, or repeats its exact range.
    const otherEntity = sameMetric.find(
      (record) =>
        record.entity !== entity &&
        (mentionedEntities.has(record.entity) || repeatsRange(figure.amount, record.value)) &&
        recordInSameNamedYear(record, period) &&
        isInForce(record, date) &&
        supports(record),
    );
    if (otherEntity) return { verdict: 'misattributed', reference: otherEntity, inForce: current };
  }

  const missed = missedRecord(claim, inForce.filter(comparable));
  if (missed) return missed;

  const latestElsewhere = newest(sameMetric.filter((record) => record.entity === entity && isInForce(record, date)));
  return { verdict: 'unverifiable', reason: 'no-record', reference: null, hint: latestElsewhere };
}

/** Over- or understated against the newest record in force (an actual, once reported). */
function missedRecord(claim: Claim, candidates: readonly ReferenceRecord[]): Judgement | null {
  let best: { record: ReferenceRecord; relation: 'above' | 'below' } | null = null;
  for (const record of candidates) {
    const relation = relateToReference(claim.figure.amount, record.value);
    if (relation === 'consistent') continue;
    if (best === null || record.announced > best.record.announced) best = { record, relation };
  }
  if (best === null) return null;
  return { verdict: best.relation === 'above' ? 'overstated' : 'understated', reference: best.record };
}

/** Whether a written range states exactly an official range (same ends). */
function repeatsRange(amount: Amount, value: ReferenceValue): boolean {
  return (
    amount.kind === 'range' &&
    value.kind === 'range' &&
    compareDecimals(amount.low, decimalFromInteger(value.low)) === 0 &&
    compareDecimals(amount.high, decimalFromInteger(value.high)) === 0
  );
}

/** The most recently announced record (ties: the later id, for a total order). */
function newest(records: readonly ReferenceRecord[]): ReferenceRecord | null {
  let latest: ReferenceRecord | null = null;
  for (const record of records) {
    if (latest === null || record.announced > latest.announced || (record.announced === latest.announced && record.id > latest.id)) {
      latest = record;
    }
  }
  return latest;
}

function toFinding(claim: Claim, judgement: Judgement): Finding {
  const severity = judgement.verdict === 'unverifiable' && judgement.reason === 'untracked-metric' ? 'info' : SEVERITY[judgement.verdict];
  return {
    ruleId: judgement.verdict,
    verdict: judgement.verdict,
    severity,
    claim,
    reference: judgement.reference,
    message: composeMessage(claim, judgement),
    related: [],
  };
}
