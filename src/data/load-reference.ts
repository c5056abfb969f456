/**
 * The reference dataset. Its source is the record files in data/records/ (one per company, edited by
 * people); the build compiles them into data/build/reference.json, which a run loads as it is — no
 * schema pass, no decimal parsing, and the schema is never loaded: only the build and users' record
 * files (compile-bundled-dataset.ts, user-records.ts) compile record files.
 */
import { readBundledJson, unbuilt } from './read-bundled-json.js';
import type { ReferenceDataset } from './reference-schema.js';

/** The outcome of loading the dataset: the records, or a one-line error. */
export type LoadResult = { ok: true; dataset: ReferenceDataset } | { ok: false; error: string };

/** How the record folder is named in messages (relative to the package root). */
export const RECORDS_FOLDER_LABEL = 'data/records';

// Both resolve from src/data/ and from the compiled dist/data/ alike.
export const RECORDS_FOLDER_URL = new URL('../../data/records/', import.meta.url);
export const BUNDLE_URL = new URL('../../data/build/reference.json', import.meta.url);
const BUNDLE_LABEL = 'data/build/reference.json';

let cached: ReferenceDataset | undefined;

/** Loads the compiled dataset once per process, as the build wrote it (see compile-bundled-dataset.ts). */
export function loadReferenceDataset(): LoadResult {
  if (cached !== undefined) return { ok: true, dataset: cached };
  const built = readBundledJson(BUNDLE_URL, BUNDLE_LABEL);
  // Written by our own build from validated files; anything else (an older build's schema) needs a new build.
  if (built.ok && (built.json as { schemaVersion?: unknown }).schemaVersion === 2) {
    cached = built.json as ReferenceDataset;
    return { ok: true, dataset: cached };
  }
  return { ok: false, error: unbuilt(built, BUNDLE_LABEL) };
}
