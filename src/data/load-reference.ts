/**
 * Loads the bundled reference dataset (data/reference/records.json) and validates it
 * against its schema, so a broken file is reported in one line instead of crashing later.
 */
import { describeSchemaError, readBundledJson } from './read-bundled-json.js';
import { referenceDatasetSchema } from './reference-schema.js';
import type { ReferenceDataset } from './reference-schema.js';

/** The outcome of loading the dataset: the validated records, or a one-line error. */
export type LoadResult = { ok: true; dataset: ReferenceDataset } | { ok: false; error: string };

/** How the bundled file is named in error messages (relative to the package root). */
export const REFERENCE_FILE_LABEL = 'data/reference/records.json';

// Resolves from src/data/ and from the compiled dist/data/ alike.
const REFERENCE_FILE_URL = new URL('../../data/reference/records.json', import.meta.url);

let cached: ReferenceDataset | undefined;

/** Validates already-parsed JSON as a reference dataset; errors name `fileLabel` and the first issue's dotted path. */
export function parseReferenceDataset(json: unknown, fileLabel: string): LoadResult {
  const parsed = referenceDatasetSchema.safeParse(json);
  return parsed.success ? { ok: true, dataset: parsed.data } : { ok: false, error: describeSchemaError(parsed.error, fileLabel) };
}

/** Reads, parses and validates the bundled dataset once per process; later calls return the cached dataset. */
export function loadReferenceDataset(): LoadResult {
  if (cached !== undefined) return { ok: true, dataset: cached };
  const read = readBundledJson(REFERENCE_FILE_URL, REFERENCE_FILE_LABEL);
  if (!read.ok) return read;
  const result = parseReferenceDataset(read.json, REFERENCE_FILE_LABEL);
  if (result.ok) cached = result.dataset;
  return result;
}
