/**
 * The FX table from its source file, data/fx/ecb-rates.json, fully validated (zod, exact decimals):
 * for the build, which writes the form runs load (data/build/fx.json), and for tests. A run never
 * imports this module.
 */
import { describeSchemaError, readBundledJson } from '../data/read-bundled-json.js';
import { parseDecimal, type Decimal } from './decimal.js';
import type { FxTable } from './fx.js';
import { fxTableFileSchema } from './fx-schema.js';
import { FX_FILE_LABEL, FX_FILE_URL } from './load-fx.js';
import { FX_QUOTED_CURRENCIES, type QuotedCurrency } from './quoted-currencies.js';

/** Validates already-parsed JSON as an FX table; errors name `fileLabel` and the first issue's dotted path. */
export function parseFxTable(json: unknown, fileLabel: string): { ok: true; table: FxTable } | { ok: false; error: string } {
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

/** Derives the bundled table from data/fx/ecb-rates.json with full validation (the build, and tests). */
export function deriveBundledFxTable(): { ok: true; table: FxTable } | { ok: false; error: string } {
  const read = readBundledJson(FX_FILE_URL, FX_FILE_LABEL);
  if (!read.ok) return read;
  return parseFxTable(read.json, FX_FILE_LABEL);
}
