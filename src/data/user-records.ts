/**
 * Users' own record files (`--data FILE`, `data: [...]` in the configuration): the same schema as
 * data/records/, compiled together with the bundled files so a user's record replaces the bundled
 * one with the same id, and chains are checked across both. Every problem is one line naming the file.
 */
import { readFileSync } from 'node:fs';
import { describeFileError } from '../read/read-input.js';
import { compileRecordFiles, dataThrough, type RecordFileInput } from './compile-records.js';
import { readBundledRecordFiles } from './compile-bundled-dataset.js';
import { loadReferenceDataset, RECORDS_FOLDER_LABEL } from './load-reference.js';
import type { ReferenceDataset } from './reference-schema.js';

/** A user's record file: where to read it, and how messages and findings name it. */
export interface UserDataFile {
  readonly path: string;
  readonly label: string;
}

/** The dataset with users' records merged in, or every problem found (one line each). */
export type UserDatasetResult = { readonly ok: true; readonly dataset: ReferenceDataset } | { readonly ok: false; readonly errors: readonly string[] };

/** Reads and parses each user file; a missing file or invalid JSON is one line naming it (the others are still read). */
export function readUserRecordFiles(files: readonly UserDataFile[]): { inputs: RecordFileInput[]; errors: string[] } {
  const inputs: RecordFileInput[] = [];
  const errors: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file.path, 'utf8');
    } catch (error) {
      errors.push(`${file.label}: ${describeFileError(error)}`);
      continue;
    }
    try {
      inputs.push({ label: file.label, json: JSON.parse(text) as unknown, origin: 'user' });
    } catch (error) {
      errors.push(`${file.label}: not valid JSON: ${(error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''}`);
    }
  }
  return { inputs, errors };
}

/**
 * The reference dataset, with `files` merged over the bundle. Without user files it is the bundled
 * dataset as built; with them, data/records/ and the user files are compiled together.
 */
export function loadDatasetWithUserData(files: readonly UserDataFile[]): UserDatasetResult {
  if (files.length === 0) {
    const bundled = loadReferenceDataset();
    return bundled.ok ? bundled : { ok: false, errors: [bundled.error] };
  }
  const user = readUserRecordFiles(files);
  let bundled: RecordFileInput[];
  try {
    bundled = readBundledRecordFiles();
  } catch (error) {
    return { ok: false, errors: [`${RECORDS_FOLDER_LABEL}: cannot read: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const compiled = compileRecordFiles([...bundled, ...user.inputs]);
  // Files that could not be read come first, then every problem of those that could.
  if (!compiled.ok || user.errors.length > 0) return { ok: false, errors: [...user.errors, ...(compiled.ok ? [] : compiled.errors)] };
  const through = dataThrough(compiled.records);
  return { ok: true, dataset: { schemaVersion: 2, version: through, dataThrough: through, records: [...compiled.records] } };
}
