import { editDistance } from '../closest-name.js';
/**
 * Questions about the reference records, for `capcheck data`: which records match a filter, the
 * whole chain a record belongs to, the ids close to one that does not exist, and what the dataset
 * covers. Pure functions over compiled records.
 */
import { companyById } from './companies.js';
import type { SourceClass } from './record-file-schema.js';
import { SOURCE_CLASSES } from './record-vocabulary.js';
import type { EntityId, Metric, ReferenceRecord } from './reference-schema.js';

/** `capcheck data list` filters; each one given must match, and they combine. */
export interface RecordFilter {
  /** An entity id ("META") or the company's name ("Meta"), any case. */
  readonly company?: string;
  readonly metric?: string;
  /** A period label ("FY2026", "Q1 2026"), or a year: every period naming or spanning it. */
  readonly period?: string;
}

/** The records that match every filter given, in dataset order. */
export function filterRecords(records: readonly ReferenceRecord[], filter: RecordFilter): ReferenceRecord[] {
  return records.filter(
    (record) =>
      (filter.company === undefined || matchesCompany(record.entity, filter.company)) &&
      (filter.metric === undefined || record.metric === filter.metric.toLowerCase()) &&
      (filter.period === undefined || matchesPeriod(record, filter.period)),
  );
}

function matchesCompany(entity: EntityId, wanted: string): boolean {
  const name = wanted.trim().toLowerCase();
  return entity.toLowerCase() === name || companyById(entity).displayName.toLowerCase() === name;
}

/** "2025" matches "2025", "FY2025", "Q3 2025", "as of 2025-10-29" and "2024–2026"; anything else matches the label. */
function matchesPeriod(record: ReferenceRecord, wanted: string): boolean {
  const label = record.period?.label;
  if (label === undefined) return false;
  const filter = wanted.trim();
  if (label.toLowerCase() === filter.toLowerCase()) return true;
  if (!/^\d{4}$/u.test(filter)) return false;
  const year = Number(filter);
  const span = /^(\d{4})[–-](\d{4})$/u.exec(label);
  if (span !== null) return Number(span[1]) <= year && year <= Number(span[2]);
  return (label.match(/\d{4}/gu) ?? []).slice(0, 1).some((named) => Number(named) === year);
}

/** Every step of the chain `record` is part of, earliest first (just the record when it stands alone). */
export function chainOf(records: readonly ReferenceRecord[], record: ReferenceRecord): ReferenceRecord[] {
  const byId = new Map(records.map((each) => [each.id, each]));
  let first = record;
  const seen = new Set<string>([first.id]);
  while (first.supersedes !== null) {
    const earlier = byId.get(first.supersedes);
    if (earlier === undefined || seen.has(earlier.id)) break;
    seen.add(earlier.id);
    first = earlier;
  }
  const chain = [first];
  for (let step = first; step.supersededBy !== null; ) {
    const later = byId.get(step.supersededBy);
    if (later === undefined || chain.includes(later)) break;
    chain.push(later);
    step = later;
  }
  return chain;
}

/** Up to `limit` ids close to `wanted`: sharing its start, or a few edits away. */
export function suggestIds(records: readonly ReferenceRecord[], wanted: string, limit = 3): string[] {
  const target = wanted.toUpperCase();
  return records
    .map((record) => ({ id: record.id, distance: record.id.startsWith(target) || target.startsWith(record.id) ? 0 : editDistance(record.id, target) }))
    .filter((candidate) => candidate.distance <= Math.max(2, Math.floor(target.length / 4)))
    .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((candidate) => candidate.id);
}

/** What the dataset holds for one company and metric. */
export interface CoverageRow {
  readonly company: EntityId;
  readonly metric: Metric;
  readonly records: number;
  /** The newest announcement among them. */
  readonly newestAnnouncement: string;
  /** The label of the period that ends last (null when none of them has a period). */
  readonly latestPeriod: string | null;
}

/** The share of records whose cited (first) source is of each class. */
export interface ClassShare {
  readonly class: SourceClass;
  readonly records: number;
  /** 0–1. */
  readonly share: number;
}

export interface Coverage {
  readonly dataThrough: string;
  readonly records: number;
  readonly rows: readonly CoverageRow[];
  readonly sourceClasses: readonly ClassShare[];
}

/** Per company and metric (in company, then metric order): counts, the newest announcement, the latest period; and the source classes. */
export function computeCoverage(records: readonly ReferenceRecord[], dataThrough: string): Coverage {
  const groups = new Map<string, ReferenceRecord[]>();
  for (const record of records) {
    const key = `${record.entity}\u0000${record.metric}`;
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  const rows = [...groups.values()].map((group): CoverageRow => {
    const [head] = group as [ReferenceRecord, ...ReferenceRecord[]];
    const newest = group.reduce((latest, record) => (record.announced > latest ? record.announced : latest), '');
    const withPeriod = group.filter((record) => record.period !== null);
    const latest = withPeriod.reduce<ReferenceRecord | null>((best, record) => (best === null || (record.period?.end ?? '') > (best.period?.end ?? '') ? record : best), null);
    return { company: head.entity, metric: head.metric, records: group.length, newestAnnouncement: newest, latestPeriod: latest?.period?.label ?? null };
  });
  rows.sort((a, b) => a.company.localeCompare(b.company) || a.metric.localeCompare(b.metric));
  const sourceClasses = SOURCE_CLASSES.map((sourceClass) => {
    const count = records.filter((record) => record.source.class === sourceClass).length;
    return { class: sourceClass, records: count, share: records.length === 0 ? 0 : count / records.length };
  });
  return { dataThrough, records: records.length, rows, sourceClasses };
}
