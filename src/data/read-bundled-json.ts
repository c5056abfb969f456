/**
 * Reading the JSON files bundled in data/: each loader validates its own schema, and every
 * failure is one line naming the file, so a damaged install says what is wrong instead of crashing.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';

/** Parsed JSON, or one line naming the file and the problem. */
export type JsonResult = { readonly ok: true; readonly json: unknown } | { readonly ok: false; readonly error: string };

/** Reads and parses a bundled JSON file (`label` names it in errors, relative to the package). */
export function readBundledJson(url: URL, label: string): JsonResult {
  let text: string;
  try {
    text = readFileSync(url, 'utf8');
  } catch (error) {
    return { ok: false, error: `${label}: cannot read: ${describe(error)}` };
  }
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: `${label}: invalid JSON: ${describe(error)}` };
  }
}

/** One line for a failed schema check: the file, the first issue's dotted path, and its message. */
export function describeSchemaError(error: z.ZodError, label: string): string {
  const issue = error.issues[0];
  return issue === undefined ? `${label}: invalid` : describeSchemaIssue(issue, label);
}

/** One line for one schema issue: the file, the issue's dotted path, and its message. */
export function describeSchemaIssue(issue: z.core.$ZodIssue, label: string): string {
  const path = issue.path.map((key) => String(key)).join('.');
  return `${label}: ${path === '' ? '(root)' : path}: ${oneLine(issue.message)}`;
}

function describe(error: unknown): string {
  return oneLine(error instanceof Error ? error.message : String(error));
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Why a build output (data/build/) cannot be used, as one line that says how to make it. */
export function unbuilt(read: JsonResult, label: string): string {
  return `${read.ok ? `${label}: written by another version of capcheck` : read.error} (run npm run build)`;
}
