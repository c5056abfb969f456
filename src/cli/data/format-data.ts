/**
 * Reporters of `capcheck data`: pure functions from records to the text printed, as plain tables
 * (one line per row, no borders) or JSON.
 */
import Table from 'cli-table3';
import { companyById } from '../../data/companies.js';
import type { Coverage } from '../../data/query-records.js';
import type { ReferenceRecord } from '../../data/reference-schema.js';
import { describeReferenceValue } from '../../describe/describe-value.js';

import type { DataFormat } from './data-formats.js';

/** A table without borders: columns separated by two spaces, one line per row. */
function plainTable(head: readonly string[]): Table.Table {
  return new Table({
    head: [...head],
    chars: {
      top: '', 'top-mid': '', 'top-left': '', 'top-right': '',
      bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
      left: '', 'left-mid': '', mid: '', 'mid-mid': '',
      right: '', 'right-mid': '', middle: '  ',
    },
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0, compact: true },
  });
}

/** Trailing spaces of the last column are trimmed, so the output diffs cleanly. */
function render(table: Table.Table): string {
  return `${table.toString().split('\n').map((line) => line.trimEnd()).join('\n')}\n`;
}

/** `data list`: one line per record. */
export function formatRecordList(records: readonly ReferenceRecord[], format: DataFormat): string {
  if (format === 'json') return `${JSON.stringify({ records: records.map(listEntry) }, null, 2)}\n`;
  if (records.length === 0) return 'No records match.\n';
  const table = plainTable(['ID', 'Company', 'Metric', 'Type', 'Period', 'Value', 'Announced', 'Source', 'Confidence']);
  for (const record of records) {
    const entry = listEntry(record);
    table.push([entry.id, entry.company, entry.metric, entry.type, entry.period ?? '—', entry.value, entry.announced, entry.sourceClass, entry.confidence]);
  }
  return `${render(table)}${records.length} record${records.length === 1 ? '' : 's'}\n`;
}

function listEntry(record: ReferenceRecord) {
  return {
    id: record.id,
    company: record.entity,
    metric: record.metric,
    type: record.basis,
    period: record.period?.label ?? null,
    value: describeReferenceValue(record),
    announced: record.announced,
    sourceClass: record.source.class,
    confidence: record.confidence,
    ...(record.origin.kind === 'user' ? { origin: record.origin } : {}),
  };
}

/** `data show`: the record, its sources and its whole chain, for people. */
export function formatRecordDetail(record: ReferenceRecord, chain: readonly ReferenceRecord[]): string {
  const scope = record.scope.kind === 'company' ? 'company-wide' : `${record.scope.kind}: ${record.scope.name}`;
  const period = record.period === null ? 'none' : `${record.period.label} (${record.period.start} to ${record.period.end}, ${record.period.granularity})`;
  const lines = [
    `${record.id}: ${companyById(record.entity).displayName} ${record.metric} ${record.basis}`,
    `  Description  ${record.description}`,
    `  Period       ${period}`,
    `  Value        ${describeReferenceValue(record)}`,
    `  Announced    ${record.announced}`,
    `  Confidence   ${record.confidence}`,
    `  Basis        ${record.capexBasis ?? 'not stated'}`,
    `  Scope        ${scope}`,
    `  Origin       ${record.origin.kind === 'user' ? 'your data' : 'bundled'}: ${record.origin.file}`,
  ];
  if (record.note !== undefined) lines.push(`  Note         ${record.note}`);
  lines.push('', `Sources (${record.sources.length}):`);
  record.sources.forEach((source, index) => {
    lines.push(`  ${index + 1}. ${source.title}`, `     ${source.publisher}, ${source.date}, ${source.class}`, `     ${source.url}`, `     "${source.quote}"`);
    if (source.quoteLacksFigure !== undefined) lines.push(`     Quote lacks the figure: ${source.quoteLacksFigure}`);
    if (source.note !== undefined) lines.push(`     Note: ${source.note}`);
  });
  lines.push('');
  if (chain.length <= 1) {
    lines.push('Chain: none (it neither replaces nor is replaced by another record)');
  } else {
    lines.push(`Chain (${chain.length} steps, earliest first; * is this record):`);
    const table = plainTable([]);
    for (const step of chain) {
      const state = step.supersededBy === null ? (step.basis === 'guidance' ? 'in force' : 'final') : `superseded ${step.supersededOn ?? ''}`.trim();
      table.push([step.id === record.id ? '  *' : '', step.announced, step.id, step.basis, describeReferenceValue(step), state]);
    }
    lines.push(render(table).trimEnd());
  }
  return `${lines.join('\n')}\n`;
}

/** `data show --format json`: the compiled record and its chain. */
export function formatRecordDetailJson(record: ReferenceRecord, chain: readonly ReferenceRecord[]): string {
  return `${JSON.stringify({ record, chain: chain.map((step) => ({ id: step.id, announced: step.announced, basis: step.basis, value: describeReferenceValue(step) })) }, null, 2)}\n`;
}

/** `data coverage`: one line per company and metric, then the source classes. */
export function formatCoverage(coverage: Coverage, format: DataFormat): string {
  if (format === 'json') return `${JSON.stringify(coverage, null, 2)}\n`;
  const table = plainTable(['Company', 'Metric', 'Records', 'Newest announcement', 'Latest period']);
  for (const row of coverage.rows) table.push([row.company, row.metric, String(row.records), row.newestAnnouncement, row.latestPeriod ?? '—']);
  const classes = coverage.sourceClasses.map((each) => `${each.class} ${each.records} (${(each.share * 100).toFixed(0)}%)`).join(', ');
  return `${render(table)}\n${coverage.records} records, data through ${coverage.dataThrough}.\nCited source class: ${classes}.\n`;
}
