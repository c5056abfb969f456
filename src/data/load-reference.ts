/**
 * The reference dataset. Its source is the record files in data/records/ (one per company, edited by
 * people); the build compiles them into data/build/reference.json, which a run loads as it is — no
 * schema pass, no decimal parsing. A checkout that has not been built compiles the files instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { compileRecordFiles, dataThrough, type RecordFileInput } from './compile-records.js';
import { readBundledJson } from './read-bundled-json.js';
import type { ReferenceDataset } from './reference-schema.js';

/** The outcome of loading the dataset: the records, or a one-line error. */
export type LoadResult = { ok: true; dataset: ReferenceDataset } | { ok: false; error: string };

/** The outcome of compiling record files: a dataset, or every problem found, one line each. */
export type CompileDatasetResult = { ok: true; dataset: ReferenceDataset } | { ok: false; errors: readonly string[] };

/** How the record folder is named in messages (relative to the package root). */
export const RECORDS_FOLDER_LABEL = 'data/records';

// Both resolve from src/data/ and from the compiled dist/data/ alike.
const RECORDS_FOLDER_URL = new URL('../../data/records/', import.meta.url);
export const BUNDLE_URL = new URL('../../data/build/reference.json', import.meta.url);

let cached: ReferenceDataset | undefined;

/** The bundled record files, in name order, as compiler input. */
export function readBundledRecordFiles(): RecordFileInput[] {
  return readdirSync(RECORDS_FOLDER_URL)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ label: `${RECORDS_FOLDER_LABEL}/${name}`, json: JSON.parse(readFileSync(new URL(name, RECORDS_FOLDER_URL), 'utf8')) as unknown, origin: 'bundled' as const }));
}

/** Compiles data/records/ into a dataset (the build step, and a checkout that has not been built). */
export function compileBundledDataset(): CompileDatasetResult {
  let files: RecordFileInput[];
  try {
    files = readBundledRecordFiles();
  } catch (error) {
    return { ok: false, errors: [`${RECORDS_FOLDER_LABEL}: cannot read: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const compiled = compileRecordFiles(files);
  if (!compiled.ok) return compiled;
  const through = dataThrough(compiled.records);
  return { ok: true, dataset: { schemaVersion: 2, version: through, dataThrough: through, records: [...compiled.records] } };
}

/** Loads the compiled dataset once per process (compiling data/records/ when no build output exists). */
export function loadReferenceDataset(): LoadResult {
  if (cached !== undefined) return { ok: true, dataset: cached };
  const built = readBundledJson(BUNDLE_URL, 'data/build/reference.json');
  // Written by our own build from validated files; anything else (an older build's schema) is compiled afresh.
  if (built.ok && (built.json as { schemaVersion?: unknown }).schemaVersion === 2) {
    cached = built.json as ReferenceDataset;
    return { ok: true, dataset: cached };
  }
  const compiled = compileBundledDataset();
  if (!compiled.ok) return { ok: false, error: compiled.errors[0] ?? `${RECORDS_FOLDER_LABEL}: invalid` };
  cached = compiled.dataset;
  return { ok: true, dataset: cached };
}
