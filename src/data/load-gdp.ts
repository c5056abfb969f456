/**
 * Loads the bundled GDP table (data/gdp/gdp.json) and validates it against its schema, so a
 * broken file is reported in one line instead of failing a comparison.
 */
import { decimalFromInteger } from '../money/decimal.js';
import { describeSchemaError, readBundledJson } from './read-bundled-json.js';
import { countryName } from './countries.js';
import type { GdpSeries, GdpTable } from './gdp.js';
import { gdpTableFileSchema } from './gdp-schema.js';

/** The outcome of loading the table: the economies' series, or a one-line error naming the file and path. */
export type GdpLoadResult = { ok: true; table: GdpTable } | { ok: false; error: string };

/** How the bundled file is named in error messages (relative to the package root). */
export const GDP_FILE_LABEL = 'data/gdp/gdp.json';

// Resolves from src/data/ and from the compiled dist/data/ alike.
const GDP_FILE_URL = new URL('../../data/gdp/gdp.json', import.meta.url);

let cached: GdpTable | undefined;

/** Validates already-parsed JSON as a GDP table; errors name `fileLabel` and the first issue's dotted path. */
export function parseGdpTable(json: unknown, fileLabel: string): GdpLoadResult {
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

/** Reads, validates and indexes the bundled table once per process; later calls return the cached table. */
export function loadGdpTable(): GdpLoadResult {
  if (cached !== undefined) return { ok: true, table: cached };
  const read = readBundledJson(GDP_FILE_URL, GDP_FILE_LABEL);
  if (!read.ok) return read;
  const result = parseGdpTable(read.json, GDP_FILE_LABEL);
  if (result.ok) cached = result.table;
  return result;
}

