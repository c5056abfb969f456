/**
 * The FX table in the form the checker uses, as JSON: written by the build (data/build/fx.json)
 * and by `capcheck data fx import` (the user data folder). Each rate is already a normalised
 * decimal — its coefficient as a safe integer and its power of ten — so loading it parses no
 * decimal strings and runs no schema: only the bigint for each coefficient is made.
 */
import type { IsoDate } from '../types.js';
import type { Decimal } from './decimal.js';
import type { FxTable } from './fx.js';
import type { FxSource } from './fx-schema.js';
import { FX_QUOTED_CURRENCIES, type QuotedCurrency } from './quoted-currencies.js';

/** Names the file's layout; a loader reading another value asks for a new build (or rejects an import). */
export const BUILT_FX_FORMAT = 'capcheck-fx-table/1';

/** One currency's rates: coefficient × 10^exponent per date; a null coefficient is "not quoted that day". */
export interface BuiltFxColumn {
  readonly coefficients: readonly (number | null)[];
  readonly exponents: readonly number[];
}

export interface BuiltFxTable {
  readonly format: typeof BUILT_FX_FORMAT;
  readonly source: FxSource;
  readonly dates: readonly IsoDate[];
  readonly rates: Readonly<Record<QuotedCurrency, BuiltFxColumn>>;
  /** Set by an import: the file the user imported, and when. */
  readonly imported?: { readonly from: string; readonly at: string };
}

/** The table's source alone (data/build/fx-source.json), read by runs before, or instead of, the rates. */
export interface BuiltFxSource {
  readonly format: typeof BUILT_FX_FORMAT;
  readonly source: FxSource;
}

/** The JSON form of a parsed table; throws on a rate whose digits exceed a safe integer (the ECB's never do). */
export function encodeFxTable(table: FxTable, imported?: BuiltFxTable['imported']): BuiltFxTable {
  const rates = {} as Record<QuotedCurrency, BuiltFxColumn>;
  for (const code of FX_QUOTED_CURRENCIES) {
    const coefficients: (number | null)[] = [];
    const exponents: number[] = [];
    for (const rate of table.rates[code]) {
      if (rate === null) {
        coefficients.push(null);
        exponents.push(0);
        continue;
      }
      const coefficient = Number(rate.coefficient);
      if (!Number.isSafeInteger(coefficient)) throw new RangeError(`${code} rate has more digits than a safe integer holds`);
      coefficients.push(coefficient);
      exponents.push(rate.exponent);
    }
    rates[code] = { coefficients, exponents };
  }
  return { format: BUILT_FX_FORMAT, source: table.source, dates: table.dates, rates, ...(imported === undefined ? {} : { imported }) };
}

/**
 * The table the converter reads, from its JSON form (which must be well formed: see `checkBuiltFxTable`).
 * Each currency's column is decoded when first read: a run converting dollars never makes the
 * bigints of the other eight currencies.
 */
export function decodeFxTable(built: BuiltFxTable): FxTable {
  const rates = {} as Record<QuotedCurrency, readonly (Decimal | null)[]>;
  for (const code of FX_QUOTED_CURRENCIES) {
    Object.defineProperty(rates, code, {
      enumerable: true,
      configurable: true,
      get() {
        const column = decodeColumn(built.rates[code]);
        Object.defineProperty(rates, code, { value: column, enumerable: true, writable: false, configurable: false });
        return column;
      },
    });
  }
  return { source: built.source, dates: built.dates, rates };
}

function decodeColumn({ coefficients, exponents }: BuiltFxColumn): readonly (Decimal | null)[] {
  const column = new Array<Decimal | null>(coefficients.length);
  for (let i = 0; i < coefficients.length; i += 1) {
    const coefficient = coefficients[i];
    column[i] = coefficient === null || coefficient === undefined ? null : { coefficient: BigInt(coefficient), exponent: exponents[i] ?? 0 };
  }
  return column;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks JSON that claims to be a built FX table (an imported file: user data, so checked on every
 * run) in one linear pass: the layout, ascending dates, one normalised positive rate or null per
 * date. Returns null when it is well formed, else the first problem as "path: message".
 */
export function checkBuiltFxTable(json: unknown): string | null {
  if (typeof json !== 'object' || json === null) return '(root): expected an object';
  const file = json as Partial<Record<keyof BuiltFxTable, unknown>>;
  if (file.format !== BUILT_FX_FORMAT) return `format: expected "${BUILT_FX_FORMAT}"`;
  const source = file.source as Partial<Record<keyof FxSource, unknown>> | null | undefined;
  if (typeof source !== 'object' || source === null) return 'source: expected an object';
  for (const key of ['name', 'url', 'sha256', 'firstDate', 'lastDate'] as const) {
    if (typeof source[key] !== 'string') return `source.${key}: expected a string`;
  }
  const dates = file.dates;
  if (!Array.isArray(dates) || dates.length === 0) return 'dates: expected a non-empty array';
  for (let i = 0; i < dates.length; i += 1) {
    const date: unknown = dates[i];
    if (typeof date !== 'string' || !ISO_DATE.test(date)) return `dates.${i}: expected a date`;
    if (i > 0 && (dates[i - 1] as string) >= date) return `dates.${i}: dates must be strictly ascending`;
  }
  if (source.firstDate !== dates[0] || source.lastDate !== dates.at(-1)) return 'source: firstDate and lastDate must match dates';
  const rates = file.rates as Record<string, Partial<BuiltFxColumn> | undefined> | null | undefined;
  if (typeof rates !== 'object' || rates === null) return 'rates: expected an object';
  for (const code of FX_QUOTED_CURRENCIES) {
    const column = rates[code];
    const { coefficients, exponents } = column ?? {};
    if (!Array.isArray(coefficients) || !Array.isArray(exponents)) return `rates.${code}: expected coefficients and exponents`;
    if (coefficients.length !== dates.length || exponents.length !== dates.length) return `rates.${code}: expected one rate per date (${dates.length})`;
    for (let i = 0; i < coefficients.length; i += 1) {
      const coefficient: unknown = coefficients[i];
      const exponent: unknown = exponents[i];
      if (coefficient === null) continue;
      // Normalised: no trailing zero in the coefficient, so equal rates compare equal as they do when parsed.
      if (!Number.isSafeInteger(coefficient) || (coefficient as number) <= 0 || (coefficient as number) % 10 === 0) {
        return `rates.${code}.coefficients.${i}: expected a positive integer without trailing zeros`;
      }
      if (!Number.isInteger(exponent) || Math.abs(exponent as number) > 30) return `rates.${code}.exponents.${i}: expected a small integer`;
    }
  }
  return null;
}
