import { METRICS } from '../../data/record-vocabulary.js';
import type { Metric, ReferenceRecord, ReferenceScope } from '../../data/reference-schema.js';
import { decimalToNumber } from '../../money/decimal.js';
import { periodDates } from '../../reconcile/period-dates.js';
import type { Amount, EntityId, Figure, Finding } from '../../types.js';

/** The company, metric and period (with its dates and scope) a timeline draws. */
export interface TimelineSubject {
  readonly entity: EntityId;
  readonly metric: Metric;
  readonly periodLabel: string;
  readonly start: string;
  readonly end: string;
  readonly scope: ReferenceScope;
}

/** An article's figure drawn on a timeline: its value as [low, high] in the records' units, or null when counted in another unit. */
export interface TimelineFigure {
  readonly cardId: string;
  readonly text: string;
  readonly value: readonly [number, number] | null;
}

/** Every record of one company, metric and period known on any date, earliest announcement first, and the article's figures about it. */
export interface GuidanceTimeline {
  readonly id: string;
  readonly subject: TimelineSubject;
  readonly records: readonly ReferenceRecord[];
  readonly figures: readonly TimelineFigure[];
}

/** A finding with the id of its card in the panel. */
export interface CardedFinding {
  readonly finding: Finding;
  readonly cardId: string;
}

/**
 * One timeline per company, metric and period the file's checked claims are about, in order of first
 * mention, with the records of exactly that period and scope; `timelineOf` maps a card to its timeline.
 */
export function collectTimelines(
  findings: readonly CardedFinding[],
  records: readonly ReferenceRecord[],
  idPrefix: string,
): { readonly timelines: GuidanceTimeline[]; readonly timelineOf: ReadonlyMap<string, string> } {
  const groups = new Map<string, { subject: TimelineSubject; records: ReferenceRecord[]; figures: TimelineFigure[]; id: string }>();
  const timelineOf = new Map<string, string>();
  for (const { finding, cardId } of findings) {
    const claim = finding.claim;
    // Only findings about the figure itself: a GDP comparison or a growth rate points at other words.
    if (claim === null || finding.verdict === 'not-checked' || finding.span.start !== claim.figure.start) continue;
    const subject = subjectOf(finding, records);
    if (subject === null) continue;
    const key = `${subject.entity}|${subject.metric}|${subject.start}|${subject.end}|${scopeKey(subject.scope)}`;
    let group = groups.get(key);
    if (group === undefined) {
      const matching = records.filter((record) => sameSubject(record, subject)).sort(byAnnouncement);
      if (matching.length === 0) continue;
      group = { subject, records: matching, figures: [], id: `${idPrefix}${groups.size + 1}` };
      groups.set(key, group);
    }
    group.figures.push({ cardId, text: claim.figure.text, value: figureValue(claim.figure, group.records[0]) });
    timelineOf.set(cardId, group.id);
  }
  return { timelines: [...groups.values()], timelineOf };
}

/**
 * The claim's company, metric and period: the claimed period's dates when records of exactly those dates
 * exist, else the period of the record the claim was judged against (a calendar year read as a fiscal one).
 */
function subjectOf(finding: Finding, records: readonly ReferenceRecord[]): TimelineSubject | null {
  const claim = finding.claim;
  if (claim === null || !isMetric(claim.metric)) return null;
  const metric = claim.metric;
  const dates = claim.period === null ? null : periodDates(claim.entity, claim.period);
  const scope: ReferenceScope = claim.project === undefined ? { kind: 'company' } : { kind: 'project', name: claim.project.text };
  if (dates !== null) {
    const subject = { entity: claim.entity, metric, periodLabel: '', start: dates.start, end: dates.end, scope };
    const first = records.find((record) => sameSubject(record, subject));
    if (first?.period) return { ...subject, periodLabel: first.period.label };
  }
  const reference = finding.reference;
  if (reference?.period && reference.entity === claim.entity && reference.metric === metric) {
    return { entity: claim.entity, metric, periodLabel: reference.period.label, start: reference.period.start, end: reference.period.end, scope: reference.scope };
  }
  return null;
}

function sameSubject(record: ReferenceRecord, subject: TimelineSubject): boolean {
  return (
    record.entity === subject.entity &&
    record.metric === subject.metric &&
    record.period?.start === subject.start &&
    record.period.end === subject.end &&
    scopeKey(record.scope) === scopeKey(subject.scope)
  );
}

function scopeKey(scope: ReferenceScope): string {
  return scope.kind === 'company' ? 'company' : `${scope.kind}:${scope.name.toLowerCase()}`;
}

function isMetric(metric: string): metric is Metric {
  return (METRICS as readonly string[]).includes(metric);
}

function byAnnouncement(a: ReferenceRecord, b: ReferenceRecord): number {
  return a.announced < b.announced ? -1 : a.announced > b.announced ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The figure's value in the records' measure, or null when it is counted in another currency or unit. */
function figureValue(figure: Figure, record: ReferenceRecord | undefined): readonly [number, number] | null {
  if (record === undefined) return null;
  const measure = record.measure;
  const comparable =
    (figure.kind === 'money' && measure.kind === 'money' && figure.currency === measure.currency) ||
    (figure.kind === 'quantity' && measure.kind === 'quantity' && figure.unit === measure.unit);
  return comparable ? amountBounds(figure.amount) : null;
}

function amountBounds(amount: Amount): readonly [number, number] {
  if (amount.kind === 'range') return [decimalToNumber(amount.low), decimalToNumber(amount.high)];
  const value = decimalToNumber(amount.value);
  return [value, value];
}
