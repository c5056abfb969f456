/**
 * The GDP table a run compares with. Its source is data/gdp/gdp.json (derived from the World Bank
 * CSV by scripts/derive-gdp.mjs); the build validates it and writes data/build/gdp.json in the form
 * the checker uses (see gdp-built.ts), which a run loads as it is — no schema pass. A checkout that
 * has not been built derives the table from the source file instead.
 *
 * A table imported with `capcheck data gdp import` (user data, so checked when loaded) replaces the
 * bundled one when it reaches at least as far (its last year ≥ the bundled last year): a release
 * whose bundled figures are newer than an old import wins.
 */
import { decimalFromInteger } from '../money/decimal.js';
import { describeSchemaError, readBundledJson } from './read-bundled-json.js';
import { countryName } from './countries.js';
import type { GdpSeries, GdpTable } from './gdp.js';
import { BUILT_GDP_FORMAT, checkBuiltGdpTable, decodeGdpTable, type BuiltGdpTable } from './gdp-built.js';
import { gdpTableFileSchema } from './gdp-schema.js';
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
const GDP_FILE_URL = new URL('../../data/gdp/gdp.json', import.meta.url);
export const GDP_BUILD_URL = new URL('../../data/build/gdp.json', import.meta.url);

/** Where to look for an imported table; without a folder only the bundled table is used. */
export interface GdpLoadOptions {
  readonly dataDir?: string | null;
}

let bundled: GdpTable | undefined;

/** Validates already-parsed JSON as a GDP table; errors name `fileLabel` and the first issue's dotted path. */
export function parseGdpTable(json: unknown, fileLabel: string): { ok: true; table: GdpTable } | { ok: false; error: string } {
  const parsed = gdpTableFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: describeSchemaError(parsed.error, fileLabel) };
  const economies: GdpSeries[] = parsed.data.economies.map((economy) => {
    const years = Object.keys(economy.gdp)
      .map(Number)
      .sort((a, b) => a - b);
    return {
      iso3: economy.iso3,
      country: countryName(economy.iso3),
      worldBankName: economy.name,
      territory: economy.territory,
      years,
      valuesUsd: years.map((year) => decimalFromInteger(economy.gdp[String(year)] ?? 0)),
    };
  });
  economies.sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));
  const byIso3 = new Map(economies.map((economy) => [economy.iso3, economy]));
  return { ok: true, table: { source: parsed.data.source, economies, byIso3 } };
}

/** Derives the bundled table from data/gdp/gdp.json with full validation (the build, and an unbuilt checkout). */
export function deriveBundledGdpTable(): { ok: true; table: GdpTable } | { ok: false; error: string } {
  const read = readBundledJson(GDP_FILE_URL, GDP_FILE_LABEL);
  if (!read.ok) return read;
  return parseGdpTable(read.json, GDP_FILE_LABEL);
}

/** The bundled table, once per process: the build output as it is, else derived from the source file. */
export function loadBundledGdpTable(): { ok: true; table: GdpTable } | { ok: false; error: string } {
  if (bundled !== undefined) return { ok: true, table: bundled };
  const built = readBundledJson(GDP_BUILD_URL, GDP_BUILD_LABEL);
  // Written by our own build from the validated source; another layout (an older build) is derived afresh.
  if (built.ok && (built.json as { format?: unknown } | null)?.format === BUILT_GDP_FORMAT) {
    bundled = decodeGdpTable(built.json as BuiltGdpTable);
    return { ok: true, table: bundled };
  }
  const derived = deriveBundledGdpTable();
  if (derived.ok) bundled = derived.table;
  return derived;
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
