/**
 * Compiles reference record files (data/records/*.json, users' --data files) into the records the
 * checker reads: values in base units, periods as dates, the supersession chain in both directions.
 * Every problem is collected as one line naming the file and the path inside it, so `capcheck data
 * validate` can list them all and a run can stop on the first.
 */
import type { z } from 'zod';
import { companyById } from './companies.js';
import { fiscalYearSpan, lastDayOfMonth, monthSpan } from './fiscal-calendar.js';
import { recordFileSchema, type RecordUnit, type WrittenPeriod, type WrittenRecord, type WrittenValue } from './record-file-schema.js';
import type { EntityId, RecordOrigin, ReferenceRecord, ReferenceValue } from './reference-schema.js';
import { describeSchemaIssue } from './read-bundled-json.js';

/** A record file as read: its name in messages, its parsed JSON, and whether it is bundled or the user's. */
export interface RecordFileInput {
  readonly label: string;
  readonly json: unknown;
  readonly origin: RecordOrigin['kind'];
}

export type CompileResult = { readonly ok: true; readonly records: readonly ReferenceRecord[] } | { readonly ok: false; readonly errors: readonly string[] };

/** Base-10 exponent and measure of each unit. */
const UNITS: Readonly<Record<RecordUnit, { readonly power: number; readonly measure: ReferenceRecord['measure'] }>> = {
  USD: { power: 0, measure: { kind: 'money', currency: 'USD' } },
  'USD million': { power: 6, measure: { kind: 'money', currency: 'USD' } },
  'USD billion': { power: 9, measure: { kind: 'money', currency: 'USD' } },
  'USD trillion': { power: 12, measure: { kind: 'money', currency: 'USD' } },
  GPU: { power: 0, measure: { kind: 'quantity', unit: 'GPU' } },
  'GPU thousand': { power: 3, measure: { kind: 'quantity', unit: 'GPU' } },
  'GPU million': { power: 6, measure: { kind: 'quantity', unit: 'GPU' } },
  MW: { power: 6, measure: { kind: 'quantity', unit: 'W' } },
  GW: { power: 9, measure: { kind: 'quantity', unit: 'W' } },
  'users million': { power: 6, measure: { kind: 'quantity', unit: 'user' } },
  'users billion': { power: 9, measure: { kind: 'quantity', unit: 'user' } },
};

/**
 * Compiles record files; records of later files replace earlier ones with the same id (users' files
 * come after the bundle). Checks each file's schema, each quote against its figure, and the chains.
 */
export function compileRecordFiles(files: readonly RecordFileInput[]): CompileResult {
  const errors: string[] = [];
  const byId = new Map<string, { record: WrittenRecord; entity: EntityId; label: string; origin: RecordOrigin['kind']; index: number }>();
  for (const file of files) {
    const parsed = recordFileSchema.safeParse(file.json);
    if (!parsed.success) {
      errors.push(...describeAll(parsed.error, file.label));
      continue;
    }
    const seen = new Set<string>();
    parsed.data.records.forEach((record, index) => {
      if (seen.has(record.id)) errors.push(`${file.label}: records.${index}.id: "${record.id}" appears twice in the file`);
      seen.add(record.id);
      const previous = byId.get(record.id);
      if (previous !== undefined && previous.origin === file.origin && previous.label !== file.label) {
        errors.push(`${file.label}: records.${index}.id: "${record.id}" is also defined in ${previous.label}`);
      }
      errors.push(...checkQuotes(record, file.label, index));
      byId.set(record.id, { record, entity: parsed.data.company, label: file.label, origin: file.origin, index });
    });
  }
  const compiled = [...byId.values()].map(({ record, entity, label, origin, index }) => {
    const period = record.period === null ? null : compilePeriod(record.period, entity);
    return { label, index, record: compileRecord(record, entity, period, { kind: origin, file: label }) };
  });
  errors.push(...linkChains(compiled));
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, records: compiled.map((entry) => entry.record) };
}

/** The newest announcement among records: the date the data runs through. */
export function dataThrough(records: readonly ReferenceRecord[]): string {
  return records.reduce((newest, record) => (record.announced > newest ? record.announced : newest), '');
}

function compileRecord(record: WrittenRecord, entity: EntityId, period: ReferenceRecord['period'], origin: RecordOrigin): ReferenceRecord {
  const unit = UNITS[record.unit];
  const sources = record.sources.map((source) => ({ ...source }));
  const first = sources[0];
  if (first === undefined) throw new Error(`record ${record.id} has no source`); // the schema requires one
  return {
    id: record.id,
    entity,
    metric: record.metric,
    basis: record.type,
    description: record.description,
    period,
    value: compileValue(record.value, unit.power),
    measure: unit.measure,
    announced: record.announced,
    supersededBy: null,
    supersededOn: null,
    supersedes: record.supersedes,
    source: first,
    sources,
    confidence: record.confidence,
    capexBasis: record.basis ?? null,
    scope: record.scope === 'company' ? { kind: 'company' } : 'segment' in record.scope ? { kind: 'segment', name: record.scope.segment } : { kind: 'project', name: record.scope.project },
    origin,
    ...(record.note === undefined ? {} : { note: record.note }),
  };
}

function compileValue(value: WrittenValue, power: number): ReferenceValue {
  if ('point' in value) return { kind: 'point', value: scale(value.point, power) };
  if ('about' in value) return { kind: 'approximate', value: scale(value.about, power), ...(value.derived === true ? { derived: true as const } : {}) };
  if ('atLeast' in value) return { kind: 'lower-bound', value: scale(value.atLeast, power) };
  if ('atMost' in value) return { kind: 'upper-bound', value: scale(value.atMost, power) };
  return { kind: 'range', low: scale(value.range[0], power), high: scale(value.range[1], power) };
}

/** An amount times 10^power, exactly: "39.23" billion is 39230000000, not 39230000000.000004. */
function scale(amount: number, power: number): number {
  const [whole = '0', fraction = ''] = String(amount).split('.');
  const digits = `${whole}${fraction.padEnd(power, '0').slice(0, power)}`;
  return Number(digits);
}

/** Dates of a written period, in the company's fiscal calendar where it names a fiscal year or quarter. */
export function compilePeriod(period: WrittenPeriod, entity: EntityId): NonNullable<ReferenceRecord['period']> {
  if (typeof period !== 'string') {
    return { label: period.label, start: period.start, end: period.end, granularity: period.start === period.end ? 'moment' : 'span' };
  }
  const asOf = /^as of (\d{4}-\d{2})(-\d{2})?$/u.exec(period);
  if (asOf !== null) {
    const [, month = '', day] = asOf;
    return day === undefined
      ? { label: period, start: `${month}-01`, end: lastDayOfMonth(Number(month.slice(0, 4)), Number(month.slice(5))), granularity: 'moment' }
      : { label: period, start: `${month}${day}`, end: `${month}${day}`, granularity: 'moment' };
  }
  const span = /^(\d{4})[–-](\d{4})$/u.exec(period);
  if (span !== null) return { label: `${span[1]}–${span[2]}`, start: `${span[1]}-01-01`, end: `${span[2]}-12-31`, granularity: 'span' };
  const quarter = /^Q([1-4]) (FY)?(\d{4})$/u.exec(period);
  if (quarter !== null) {
    const [, q = '1', fiscal, year = '0'] = quarter;
    const endMonth = fiscal === undefined ? 12 : companyById(entity).fiscalYearEndMonth;
    // The fiscal year named `year` starts the month after `endMonth` of the year before (for December: January of `year`).
    const startMonthIndex = (Number(year) - 1) * 12 + endMonth + (Number(q) - 1) * 3; // months since year 0, 0-based
    return { label: period, ...monthSpan(startMonthIndex, 3), granularity: 'quarter' };
  }
  const fiscalYear = /^FY(\d{4})$/u.exec(period);
  if (fiscalYear !== null) return { label: period, ...fiscalYearSpan(entity, Number(fiscalYear[1])), granularity: 'year' };
  return { label: period, start: `${period}-01-01`, end: `${period}-12-31`, granularity: 'year' };
}

/** Each source's quote must state the record's figure, or say why it does not. */
function checkQuotes(record: WrittenRecord, label: string, index: number): string[] {
  const wanted = writtenAmounts(record.value);
  return record.sources.flatMap((source, sourceIndex) => {
    if (source.quoteLacksFigure !== undefined) return [];
    const found = numbersIn(source.quote);
    const missing = wanted.filter((amount) => !found.some((number) => sameAmount(number, amount)));
    return missing.length === 0
      ? []
      : [`${label}: records.${index}.sources.${sourceIndex}.quote: does not contain ${missing.join(' and ')} (${record.id}); quote the figure or say why in quoteLacksFigure`];
  });
}

function writtenAmounts(value: WrittenValue): number[] {
  if ('range' in value) return [...value.range];
  if ('point' in value) return [value.point];
  if ('about' in value) return [value.about];
  if ('atLeast' in value) return [value.atLeast];
  return [value.atMost];
}

/** Numbers as a quote writes them: "1,300,000", "72.22", "$60-65B", "200,966". */
function numbersIn(quote: string): number[] {
  return [...quote.matchAll(/\d[\d,]*(?:\.\d+)?/gu)].map((match) => Number(match[0].replace(/,(?=\d{3}(?!\d))/gu, '')));
}

/** The same amount, or the same amount a scale step away ("200,966" million for 200.966 billion, "1.3 million" for 1,300,000). */
function sameAmount(found: number, wanted: number): boolean {
  return [1, 1e3, 1e-3, 1e6, 1e-6, 1e9, 1e-9].some((factor) => Math.abs(found * factor - wanted) <= Math.abs(wanted) * 1e-9);
}

interface Compiled {
  readonly label: string;
  readonly index: number;
  record: ReferenceRecord;
}

/**
 * Links each `supersedes` to its target and checks the chains: the target exists, is about the same
 * company, metric, scope and period (or an earlier moment), was announced no later, and is replaced only once; and of the
 * guidance for one company, metric, scope and period, at most one step is left in force.
 */
function linkChains(compiled: readonly Compiled[]): string[] {
  const errors: string[] = [];
  const byId = new Map(compiled.map((entry) => [entry.record.id, entry]));
  for (const entry of compiled) {
    const { record } = entry;
    const at = `${entry.label}: records.${entry.index}.supersedes`;
    if (record.supersedes === null) continue;
    const target = byId.get(record.supersedes);
    if (target === undefined) {
      errors.push(`${at}: no record "${record.supersedes}"`);
      continue;
    }
    if (target.record.supersededBy !== null) {
      errors.push(`${at}: "${record.supersedes}" is already replaced by "${target.record.supersededBy}"; a chain does not fork`);
      continue;
    }
    const problem = chainMismatch(target.record, record);
    if (problem !== null) {
      errors.push(`${at}: ${problem}`);
      continue;
    }
    target.record = { ...target.record, supersededBy: record.id, supersededOn: record.announced };
  }
  const heads = new Map<string, Compiled[]>();
  for (const entry of compiled) {
    const { record } = entry;
    if (record.basis !== 'guidance' || record.supersededBy !== null || record.period === null) continue;
    const key = `${record.entity} ${record.metric} ${scopeKey(record)} ${record.period.start}..${record.period.end}`;
    heads.set(key, [...(heads.get(key) ?? []), entry]);
  }
  for (const [key, entries] of heads) {
    // Named at the latest of them: the step that should say which one it supersedes.
    const latest = entries.reduce((a, b) => (b.record.announced >= a.record.announced ? b : a));
    if (entries.length > 1) {
      const ids = entries.map((entry) => entry.record.id).join(', ');
      errors.push(`${latest.label}: records.${latest.index}.supersedes: ${ids} are all in force for ${key.trim()}; each later step must name the one it supersedes`);
    }
  }
  return errors;
}

function chainMismatch(earlier: ReferenceRecord, later: ReferenceRecord): string | null {
  if (earlier.entity !== later.entity || earlier.metric !== later.metric) return `"${earlier.id}" is about another company or metric`;
  if (scopeKey(earlier) !== scopeKey(later)) return `"${earlier.id}" has another scope`;
  if (!samePeriodOrLaterMoment(earlier, later)) return `"${earlier.id}" is about another period`;
  if (earlier.announced > later.announced) return `"${earlier.id}" was announced after it (${earlier.announced} > ${later.announced})`;
  return null;
}

/** The same period; or, for a count as of a moment (users), a later moment: the newer count replaces the older. */
function samePeriodOrLaterMoment(earlier: ReferenceRecord, later: ReferenceRecord): boolean {
  const [before, after] = [earlier.period, later.period];
  if (before?.granularity === 'moment' && after?.granularity === 'moment') return after.start >= before.end;
  return before?.start === after?.start && before?.end === after?.end;
}

function scopeKey(record: ReferenceRecord): string {
  return record.scope.kind === 'company' ? 'company' : `${record.scope.kind}:${record.scope.name}`;
}

function describeAll(error: z.ZodError, label: string): string[] {
  return error.issues.slice(0, 20).map((issue) => describeSchemaIssue(issue, label));
}
