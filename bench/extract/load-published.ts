/**
 * The published scores CQE's authors released (evaluation_output CSVs), read from ../shared so the
 * table quotes them as published (Python RT 1.0.2a2, 2023), never re-run here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from './shared-data.js';

/** F1 by "model|type" ("CQE-Numparser|value" → 92.0). */
export type PublishedScores = ReadonlyMap<string, number>;

/** Loads one published CSV (tab-separated: index, P, R, F1, model, type); empty when absent. */
export function loadPublished(file: string): PublishedScores {
  const path = join(DATA_DIR, 'cqe-newsquant', file);
  const scores = new Map<string, number>();
  if (!existsSync(path)) return scores;
  for (const line of readFileSync(path, 'utf8').split('\n').slice(1)) {
    const [, , , f1, model, type] = line.split('\t');
    if (f1 !== undefined && model !== undefined && type !== undefined) scores.set(`${model}|${type.trim()}`, Number(f1));
  }
  return scores;
}
