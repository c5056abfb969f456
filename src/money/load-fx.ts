/**
 * Loads the bundled FX table (data/fx/ecb-rates.json), validates it against its schema and
 * parses every rate once, so a broken file is reported in one line instead of failing a lookup.
 */
import type { Decimal } from './decimal.js';
import { parseDecimal } from './decimal.js';
import { describeSchemaError, readBundledJson } from '../data/read-bundled-json.js';
import type { FxTable } from './fx.js';
import { FX_QUOTED_CURRENCIES, fxTableFileSchema } from './fx-schema.js';
import type { QuotedCurrency } from './fx-schema.js';

/** The outcome of loading the table: the parsed rates, or a one-line error naming the file and path. */
export type FxLoadResult = { ok: true; table: FxTable } | { ok: false; error: string };

/** How the bundled file is named in error messages (relative to the package root). */
export const FX_FILE_LABEL = 'data/fx/ecb-rates.json';

// Resolves from src/money/ and from the compiled dist/money/ alike.
const FX_FILE_URL = new URL('../../data/fx/ecb-rates.json', import.meta.url);

let cached: FxTable | undefined;

/** Validates already-parsed JSON as an FX table; errors name `fileLabel` and the first issue's dotted path. */
export function parseFxTable(json: unknown, fileLabel: string): FxLoadResult {
  const parsed = fxTableFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: describeSchemaError(parsed.error, fileLabel) };
  const file = parsed.data;
  const rates = {} as Record<QuotedCurrency, readonly (Decimal | null)[]>;
  for (const code of FX_QUOTED_CURRENCIES) {
    const column: (Decimal | null)[] = [];
    for (const [i, text] of file.rates[code].entries()) {
      const value = text === null ? null : parseDecimal(text);
      if (text !== null && value === null) return { ok: false, error: `${fileLabel}: rates.${code}.${i}: not a decimal` };
      column.push(value);
    }
    rates[code] = column;
  }
  return { ok: true, table: { source: file.source, dates: file.dates, rates } };
}

/** Reads, validates and parses the bundled table once per process; later calls return the cached table. */
export function loadFxTable(): FxLoadResult {
  if (cached !== undefined) return { ok: true, table: cached };
  const read = readBundledJson(FX_FILE_URL, FX_FILE_LABEL);
  if (!read.ok) return read;
  const result = parseFxTable(read.json, FX_FILE_LABEL);
  if (result.ok) cached = result.table;
  return result;
}

