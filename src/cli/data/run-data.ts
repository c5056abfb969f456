/**
 * The actions of `capcheck data`: each loads the dataset (users' --data files merged over the
 * bundle), asks it one question, and prints the answer. Bad data or an unknown id is one line, exit 2.
 */
import { loadReferenceDataset } from '../../data/load-reference.js';
import { chainOf, computeCoverage, filterRecords, suggestIds, type RecordFilter } from '../../data/query-records.js';
import type { ReferenceDataset } from '../../data/reference-schema.js';
import { loadDatasetWithUserData } from '../../data/user-records.js';
import { writeErrorLine, type CliEnvironment } from '../environment.js';
import { EXIT } from '../exit-codes.js';
import { userDataFiles } from '../settings.js';
import type { DataFormat } from './data-formats.js';
import { formatCoverage, formatRecordDetail, formatRecordDetailJson, formatRecordList } from './format-data.js';

/** Options every `data` subcommand accepts. */
export interface DataOptions {
  /** Users' record files, merged over the bundle (repeatable). */
  readonly data?: readonly string[];
}

export interface DataListOptions extends DataOptions, RecordFilter {
  readonly format?: DataFormat;
}

export interface DataFormatOptions extends DataOptions {
  readonly format?: DataFormat;
}

/** The dataset with --data merged in; null after printing every problem, one line each. */
function loadDataset(paths: readonly string[] | undefined, environment: CliEnvironment): ReferenceDataset | null {
  const loaded = loadDatasetWithUserData(userDataFiles(paths, undefined, null, environment.cwd()));
  if (loaded.ok) return loaded.dataset;
  for (const error of loaded.errors) writeErrorLine(environment, error);
  return null;
}

/** `capcheck data list`: the records matching every filter given. */
export function runDataList(options: DataListOptions, environment: CliEnvironment): number {
  const dataset = loadDataset(options.data, environment);
  if (dataset === null) return EXIT.USAGE;
  const filter: RecordFilter = { ...(options.company === undefined ? {} : { company: options.company }), ...(options.metric === undefined ? {} : { metric: options.metric }), ...(options.period === undefined ? {} : { period: options.period }) };
  environment.stdout.write(formatRecordList(filterRecords(dataset.records, filter), options.format ?? 'table'));
  return EXIT.OK;
}

/** `capcheck data show ID`: one record, its sources and its chain. */
export function runDataShow(id: string, options: DataFormatOptions, environment: CliEnvironment): number {
  const dataset = loadDataset(options.data, environment);
  if (dataset === null) return EXIT.USAGE;
  const record = dataset.records.find((each) => each.id === id) ?? dataset.records.find((each) => each.id === id.toUpperCase());
  if (record === undefined) {
    const close = suggestIds(dataset.records, id);
    environment.stderr.write(`capcheck: no record "${id}"${close.length > 0 ? `; did you mean ${close.join(', ')}?` : ' (see capcheck data list)'}\n`);
    return EXIT.USAGE;
  }
  const chain = chainOf(dataset.records, record);
  environment.stdout.write(options.format === 'json' ? formatRecordDetailJson(record, chain) : formatRecordDetail(record, chain));
  return EXIT.OK;
}

/** `capcheck data coverage`: what the dataset holds per company and metric, and how it is sourced. */
export function runDataCoverage(options: DataFormatOptions, environment: CliEnvironment): number {
  const dataset = loadDataset(options.data, environment);
  if (dataset === null) return EXIT.USAGE;
  environment.stdout.write(formatCoverage(computeCoverage(dataset.records, dataset.dataThrough), options.format ?? 'table'));
  return EXIT.OK;
}

/** `capcheck data validate FILE...`: every problem of the files merged over the bundle, or one line saying they are fine. */
export function runDataValidate(files: readonly string[], options: DataOptions, environment: CliEnvironment): number {
  const paths = [...(options.data ?? []), ...files];
  const dataset = loadDataset(paths, environment);
  if (dataset === null) return EXIT.USAGE;
  const bundled = loadReferenceDataset();
  const bundledIds = new Set(bundled.ok ? bundled.dataset.records.map((record) => record.id) : []);
  const theirs = dataset.records.filter((record) => record.origin.kind === 'user');
  const replacing = theirs.filter((record) => bundledIds.has(record.id)).length;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  environment.stdout.write(
    `OK: ${plural(paths.length, 'file')}, ${plural(theirs.length, 'record')} (${replacing} replacing bundled ones, ${theirs.length - replacing} new); ${dataset.records.length} records in all, data through ${dataset.dataThrough}\n`,
  );
  return EXIT.OK;
}
