/**
 * The GDP table from its source file, data/gdp/gdp.json, fully validated (zod): for the build,
 * which writes the form runs load (data/build/gdp.json), and for tests. A run never imports this module.
 */
import { decimalFromInteger } from '../money/decimal.js';
import { countryName } from './countries.js';
import type { GdpSeries, GdpTable } from './gdp.js';
import { gdpTableFileSchema } from './gdp-schema.js';
import { GDP_FILE_LABEL, GDP_FILE_URL } from './load-gdp.js';
import { describeSchemaError, readBundledJson } from './read-bundled-json.js';

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

/** Derives the bundled table from data/gdp/gdp.json with full validation (the build, and tests). */
export function deriveBundledGdpTable(): { ok: true; table: GdpTable } | { ok: false; error: string } {
  const read = readBundledJson(GDP_FILE_URL, GDP_FILE_LABEL);
  if (!read.ok) return read;
  return parseGdpTable(read.json, GDP_FILE_LABEL);
}
