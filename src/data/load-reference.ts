/**
 * Loads the bundled reference dataset (data/reference/records.json) and validates it
 * against its schema, so a broken file is reported in one line instead of crashing later.
 */
import { readFileSync } from 'node:fs';
import { referenceDatasetSchema } from './reference-schema.js';
import type { ReferenceDataset } from './reference-schema.js';

/** The outcome of loading the dataset: the validated records, or a one-line error. */
export type LoadResult = { ok: true; dataset: ReferenceDataset } | { ok: false; error: string };

/** How the bundled file is named in error messages (relative to the package root). */
export const REFERENCE_FILE_LABEL = 'data/reference/records.json';

// Resolves from src/data/ and from the compiled dist/data/ alike.
const REFERENCE_FILE_URL = new URL('../../data/reference/records.json', import.meta.url);

let cached: ReferenceDataset | undefined;

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Validates already-parsed JSON as a reference dataset; errors name `fileLabel` and the first issue's dotted path. */
export function parseReferenceDataset(json: unknown, fileLabel: string): LoadResult {
  const parsed = referenceDatasetSchema.safeParse(json);
  if (parsed.success) return { ok: true, dataset: parsed.data };
  const issue = parsed.error.issues[0];
  if (issue === undefined) return { ok: false, error: `${fileLabel}: invalid reference dataset` };
  const path = issue.path.map((key) => String(key)).join('.');
  return { ok: false, error: `${fileLabel}: ${path === '' ? '(root)' : path}: ${oneLine(issue.message)}` };
}

/** Reads, parses and validates the bundled dataset once per process; later calls return the cached dataset. */
export function loadReferenceDataset(): LoadResult {
  if (cached !== undefined) return { ok: true, dataset: cached };
  let text: string;
  try {
    text = readFileSync(REFERENCE_FILE_URL, 'utf8');
  } catch (error) {
    return { ok: false, error: `${REFERENCE_FILE_LABEL}: cannot read: ${oneLine(describe(error))}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `${REFERENCE_FILE_LABEL}: invalid JSON: ${oneLine(describe(error))}` };
  }
  const result = parseReferenceDataset(json, REFERENCE_FILE_LABEL);
  if (result.ok) cached = result.dataset;
  return result;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
