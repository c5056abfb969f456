/**
 * The GDP table a run compares with. Its source is data/gdp/gdp.json (derived from the World Bank
 * CSV by scripts/derive-gdp.mjs); the build validates it and writes data/build/gdp.json in the form
 * the checker uses (see gdp-built.ts), which a run loads as it is — no schema pass, and the schema
 * is never loaded: only the build (derive-gdp-table.ts) reads the source file.
 *
 * A table imported with `capcheck data gdp import` (user data, so checked when loaded) replaces the
 * bundled one when it reaches at least as far (its last year ≥ the bundled last year): a release
 * whose bundled figures are newer than an old import wins.
 */
import { readBundledJson, unbuilt } from './read-bundled-json.js';
import type { GdpTable } from './gdp.js';
import { BUILT_GDP_FORMAT, checkBuiltGdpTable, decodeGdpTable, type BuiltGdpTable } from './gdp-built.js';
import { createLayeredLoader, readImportedTable, type LayeredTableKind } from './layered-table.js';
import type { DataOrigin } from './user-data.js';

/** Which GDP data a run used: `bundled` or the imported table's path, and its last year. */
export type GdpOrigin = DataOrigin<number>;

/** The outcome of loading the table: the economies' series and where they came from, or a one-line error naming the file. */
export type GdpLoadResult = { ok: true; table: GdpTable; origin: GdpOrigin } | { ok: false; error: string };

/** How the bundled file is named in error messages (relative to the package root). */
export const GDP_FILE_LABEL = 'data/gdp/gdp.json';
export const GDP_BUILD_LABEL = 'data/build/gdp.json';

// Both resolve from src/data/ and from the compiled dist/data/ alike.
export const GDP_FILE_URL = new URL('../../data/gdp/gdp.json', import.meta.url);
export const GDP_BUILD_URL = new URL('../../data/build/gdp.json', import.meta.url);

/** Where to look for an imported table; without a folder only the bundled table is used. */
export interface GdpLoadOptions {
  readonly dataDir?: string | null;
}

let bundled: GdpTable | undefined;

/** The bundled table, once per process: the build output as it is (derive-gdp-table.ts makes it from the source file). */
export function loadBundledGdpTable(): { ok: true; table: GdpTable } | { ok: false; error: string } {
  if (bundled !== undefined) return { ok: true, table: bundled };
  const built = readBundledJson(GDP_BUILD_URL, GDP_BUILD_LABEL);
  // Written by our own build from the validated source; another layout (an older build) needs a new build.
  if (built.ok && (built.json as { format?: unknown } | null)?.format === BUILT_GDP_FORMAT) {
    bundled = decodeGdpTable(built.json as BuiltGdpTable);
    return { ok: true, table: bundled };
  }
  return { ok: false, error: unbuilt(built, GDP_BUILD_LABEL) };
}

const gdpKind: LayeredTableKind<GdpTable, number> = {
  userFile: 'gdp',
  download: 'the World Bank file',
  check: checkBuiltGdpTable,
  decode: (json) => decodeGdpTable(json as BuiltGdpTable),
  through: (table) => table.source.lastYear,
  loadBundled: () => loadBundledGdpTable(),
};

/**
 * The table a run uses: the bundled one, or the one imported into `dataDir` when it reaches at
 * least as far. Loaded once per process and folder.
 */
export const loadGdpTable: (options?: GdpLoadOptions) => GdpLoadResult = createLayeredLoader(gdpKind);

/** Which data a run with this folder uses (`bundled` or the imported file, and how far it reaches); null when none loads. */
export function gdpDataOrigin(options: GdpLoadOptions = {}): GdpOrigin | null {
  const result = loadGdpTable(options);
  return result.ok ? result.origin : null;
}

/** An imported table, checked; `table: null` when there is none. */
export function readImportedGdpTable(path: string): { ok: true; path: string; table: GdpTable | null } | { ok: false; error: string } {
  return readImportedTable(gdpKind, path);
}
