/**
 * Stale data: an article dated well after capcheck's newest record for a company and metric it
 * checks may be judged against guidance that has since changed. Each such finding says so, and one
 * file-level `stale-data` finding names the companies.
 */
import { companyById } from '../data/companies.js';
import { METRICS } from '../data/record-vocabulary.js';
import type { EntityId, Metric, ReferenceRecord } from '../data/reference-schema.js';
import { describeDate } from '../describe/describe-date.js';
import { METRIC_NAMES } from '../describe/metric-names.js';
import type { Finding, IsoDate } from '../types.js';
import { lastDay } from './in-force.js';
import { RULES } from './rules.js';

/**
 * How many days an article may be dated after the newest record for a company and metric before
 * its findings are called stale: companies restate guidance each quarter, and news right after a
 * release repeats that release, so the first month after it is not stale.
 */
export const STALE_AFTER_DAYS = 30;

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (negative when `to` is earlier); a month-only date counts as its last day. */
export function daysAfter(from: string, to: IsoDate): number {
  const time = (date: string) => Date.parse(`${lastDay(date)}T00:00:00Z`);
  return Math.round((time(to) - time(from)) / DAY_MS);
}

/** Whether an article of `articleDate` is stale against a newest record announced on `newestAnnounced`. */
export function isStale(articleDate: IsoDate, newestAnnounced: string): boolean {
  return daysAfter(newestAnnounced, articleDate) > STALE_AFTER_DAYS;
}

/** The newest announcement among a company's records of a metric (any period or scope); null when it has none. */
export function newestAnnouncement(records: readonly ReferenceRecord[], entity: EntityId, metric: Metric): string | null {
  let newest: string | null = null;
  for (const record of records) {
    if (record.entity !== entity || record.metric !== metric) continue;
    if (newest === null || lastDay(record.announced) > lastDay(newest)) newest = record.announced;
  }
  return newest;
}

/**
 * The company and metric of a finding that rests on guidance in the records; null for findings that do
 * not (contradictions, GDP, totals) and for those judged against a reported result, which is final.
 */
export function recordSubject(finding: Finding): { readonly entity: EntityId; readonly metric: Metric } | null {
  const { claim, reference } = finding;
  if (claim === null) return null;
  if (finding.ruleId === 'inconsistent' || finding.ruleId === 'gdp-comparison' || finding.ruleId === 'not-checked') return null;
  // A finding rests on the records when it cites one, or says none had been published.
  if (reference === null && finding.verdict !== 'unverifiable') return null;
  // A reported result is final: later guidance does not change it.
  if (reference?.basis === 'actual') return null;
  const metric = isMetric(claim.metric) ? claim.metric : (reference?.metric ?? null);
  return metric === null ? null : { entity: claim.entity, metric };
}

function isMetric(metric: string): metric is Metric {
  return (METRICS as readonly string[]).includes(metric);
}

/** "Meta's capex". */
function subjectName(entity: EntityId, metric: Metric): string {
  return `${companyById(entity).displayName}'s ${METRIC_NAMES[metric]}`;
}

/** What a stale finding adds to its message: the newest record's date, and that it may have changed. */
export function staleNote(entity: EntityId, metric: Metric, newest: string): string {
  const changed = metric === 'capex' || metric === 'revenue' ? 'guidance may have changed since' : 'the figure may have changed since';
  return `capcheck's newest record for ${subjectName(entity, metric)} is from ${describeDate(newest)}; ${changed}.`;
}

/**
 * Marks the findings of one article that rest on stale records (the message gains a note) and adds one
 * file-level `stale-data` finding naming the companies and metrics, at the start of the file. Pure.
 */
export function markStaleFindings(findings: readonly Finding[], records: readonly ReferenceRecord[], date: IsoDate, dataThrough: string): Finding[] {
  const stale = new Map<string, { entity: EntityId; metric: Metric; newest: string }>();
  const marked = findings.map((finding) => {
    const subject = recordSubject(finding);
    if (subject === null) return finding;
    const newest = newestAnnouncement(records, subject.entity, subject.metric);
    if (newest === null || !isStale(date, newest)) return finding;
    stale.set(`${subject.entity}/${subject.metric}`, { ...subject, newest });
    return { ...finding, message: `${finding.message} ${staleNote(subject.entity, subject.metric, newest)}` };
  });
  if (stale.size === 0) return marked;
  return [staleDataFinding([...stale.values()], date, dataThrough), ...marked];
}

function staleDataFinding(subjects: readonly { entity: EntityId; metric: Metric; newest: string }[], date: IsoDate, dataThrough: string): Finding {
  const named = subjects.map((subject) => `${subjectName(subject.entity, subject.metric)} (${describeDate(subject.newest)})`);
  const list = named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
  const message =
    `Guidance may have changed since capcheck's data (through ${describeDate(dataThrough)}): ` +
    `the article (${describeDate(date)}) is more than ${STALE_AFTER_DAYS} days after its newest ${named.length === 1 ? 'record' : 'records'} for ${list}.`;
  return {
    ruleId: 'stale-data',
    verdict: 'stale-data',
    severity: RULES['stale-data'].severity,
    // About the file, not a figure: the start of the file, as every format needs a position.
    span: { text: '', start: 0, end: 0 },
    claim: null,
    reference: null,
    message,
    related: [],
  };
}
