/**
 * The bundled record files (data/records/), compiled with full validation (zod): for the build, which
 * writes data/build/reference.json, and for runs that merge users' record files over them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { compileRecordFiles, dataThrough, type RecordFileInput } from './compile-records.js';
import { RECORDS_FOLDER_LABEL, RECORDS_FOLDER_URL } from './load-reference.js';
import type { ReferenceDataset } from './reference-schema.js';

/** The outcome of compiling record files: a dataset, or every problem found, one line each. */
export type CompileDatasetResult = { ok: true; dataset: ReferenceDataset } | { ok: false; errors: readonly string[] };

/** The bundled record files, in name order, as compiler input. */
export function readBundledRecordFiles(): RecordFileInput[] {
  return readdirSync(RECORDS_FOLDER_URL)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ label: `${RECORDS_FOLDER_LABEL}/${name}`, json: JSON.parse(readFileSync(new URL(name, RECORDS_FOLDER_URL), 'utf8')) as unknown, origin: 'bundled' as const }));
}

/** Compiles data/records/ into a dataset (the build step, and tests). */
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
