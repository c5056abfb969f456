/**
 * Where the labelled sets live: `../shared/data/extraction` beside the repository. They are
 * never copied into the repo (NewsQuant is GPL-3.0); the benchmark reads them at run time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file's compiled place (build/bench/bench/extract). */
export const REPO_ROOT = findRepoRoot(dirname(fileURLToPath(import.meta.url)));

/** The labelled-data folder, `<repo>/../shared/data/extraction`. */
export const DATA_DIR = resolve(REPO_ROOT, '..', 'shared', 'data', 'extraction');

/** Reads a JSON file under the data folder (stripping a BOM), or null when it is absent. */
export function readDataJson(relativePath: string): unknown {
  const path = join(DATA_DIR, relativePath);
  if (!existsSync(path)) return null;
  return JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as unknown;
}

function findRepoRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return from;
    dir = parent;
  }
  return dir;
}
