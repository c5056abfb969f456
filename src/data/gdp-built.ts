/**
 * The GDP table in the form the checker uses, as JSON: written by the build (data/build/gdp.json)
 * and by `capcheck data gdp import` (the user data folder). Economies come sorted by code, with
 * their common names resolved and each value already a normalised decimal (coefficient, power of
 * ten), so loading it runs no schema and parses nothing.
 */
import type { Decimal } from '../money/decimal.js';
import type { GdpSeries, GdpTable } from './gdp.js';
import type { GdpSource } from './gdp-schema.js';

/** Names the file's layout; a loader reading another value asks for a new build (or rejects an import). */
export const BUILT_GDP_FORMAT = 'capcheck-gdp-table/1';

/** A GdpSeries with its values as plain numbers, ready to store as JSON. */
export interface BuiltGdpEconomy extends Omit<GdpSeries, 'valuesUsd'> {
  /** valueUsd = coefficients[i] × 10^exponents[i]. */
  readonly coefficients: readonly number[];
  readonly exponents: readonly number[];
}

export interface BuiltGdpTable {
  readonly format: typeof BUILT_GDP_FORMAT;
  readonly source: GdpSource;
  readonly economies: readonly BuiltGdpEconomy[];
  /** Set by an import: the file the user imported, and when. */
  readonly imported?: { readonly from: string; readonly at: string };
}

/** The JSON form of a loaded table (values are whole dollars below 2^53, so every coefficient is a safe integer). */
export function encodeGdpTable(table: GdpTable, imported?: BuiltGdpTable['imported']): BuiltGdpTable {
  const economies = table.economies.map((series) => ({
    iso3: series.iso3,
    country: series.country,
    worldBankName: series.worldBankName,
    territory: series.territory,
    years: series.years,
    coefficients: series.valuesUsd.map((value) => {
      const coefficient = Number(value.coefficient);
      if (!Number.isSafeInteger(coefficient)) throw new RangeError(`${series.iso3}: GDP value exceeds a safe integer`);
      return coefficient;
    }),
    exponents: series.valuesUsd.map((value) => value.exponent),
  }));
  return { format: BUILT_GDP_FORMAT, source: table.source, economies, ...(imported === undefined ? {} : { imported }) };
}

/** The table the checker reads, from its JSON form (which must be well formed: see `checkBuiltGdpTable`). */
export function decodeGdpTable(built: BuiltGdpTable): GdpTable {
  const economies: GdpSeries[] = built.economies.map((economy) => ({
    iso3: economy.iso3,
    country: economy.country,
    worldBankName: economy.worldBankName,
    territory: economy.territory,
    years: economy.years,
    valuesUsd: economy.coefficients.map((coefficient, i): Decimal => ({ coefficient: BigInt(coefficient), exponent: economy.exponents[i] ?? 0 })),
  }));
  return { source: built.source, economies, byIso3: new Map(economies.map((economy) => [economy.iso3, economy])) };
}

/**
 * Checks JSON that claims to be a built GDP table (an imported file: user data, so checked on every
 * run) in one linear pass. Returns null when it is well formed, else the first problem as "path: message".
 */
export function checkBuiltGdpTable(json: unknown): string | null {
  if (typeof json !== 'object' || json === null) return '(root): expected an object';
  const file = json as Partial<Record<keyof BuiltGdpTable, unknown>>;
  if (file.format !== BUILT_GDP_FORMAT) return `format: expected "${BUILT_GDP_FORMAT}"`;
  const source = file.source as Partial<Record<keyof GdpSource, unknown>> | null | undefined;
  if (typeof source !== 'object' || source === null) return 'source: expected an object';
  for (const key of ['name', 'url'] as const) if (typeof source[key] !== 'string') return `source.${key}: expected a string`;
  if (!Number.isInteger(source.firstYear) || !Number.isInteger(source.lastYear)) return 'source: expected firstYear and lastYear';
  const economies = file.economies;
  if (!Array.isArray(economies) || economies.length === 0) return 'economies: expected a non-empty array';
  let previous = '';
  for (let i = 0; i < economies.length; i += 1) {
    const economy = economies[i] as Partial<Record<keyof BuiltGdpEconomy, unknown>> | null;
    const where = `economies.${i}`;
    if (typeof economy !== 'object' || economy === null) return `${where}: expected an object`;
    if (typeof economy.iso3 !== 'string' || !/^[A-Z0-9]{3}$/.test(economy.iso3)) return `${where}.iso3: expected a three-letter code`;
    if (economy.iso3 <= previous) return `${where}.iso3: economies must be sorted by code, once each`;
    previous = economy.iso3;
    if (typeof economy.country !== 'string' || typeof economy.worldBankName !== 'string') return `${where}: expected country and worldBankName`;
    if (typeof economy.territory !== 'boolean') return `${where}.territory: expected true or false`;
    const { years, coefficients, exponents } = economy;
    if (!Array.isArray(years) || !Array.isArray(coefficients) || !Array.isArray(exponents)) return `${where}: expected years, coefficients and exponents`;
    if (coefficients.length !== years.length || exponents.length !== years.length) return `${where}: expected one value per year`;
    for (let j = 0; j < years.length; j += 1) {
      const year: unknown = years[j];
      if (!Number.isInteger(year) || (j > 0 && (years[j - 1] as number) >= (year as number))) return `${where}.years.${j}: expected ascending years`;
      const coefficient: unknown = coefficients[j];
      if (!Number.isSafeInteger(coefficient) || (coefficient as number) <= 0 || (coefficient as number) % 10 === 0) {
        return `${where}.coefficients.${j}: expected a positive integer without trailing zeros`;
      }
      const exponent: unknown = exponents[j];
      if (!Number.isInteger(exponent) || (exponent as number) < 0 || (exponent as number) > 20) return `${where}.exponents.${j}: expected a whole-dollar power of ten`;
    }
  }
  return null;
}
