/**
 * Reads the ECB's euro reference-rate history as the ECB publishes it: eurofxref-hist.csv (also
 * the only member of eurofxref-hist.zip). Header `Date,USD,JPY,…,` then one row per business day,
 * newest first; each line ends with a comma; `N/A` where a currency was not quoted. Every problem
 * is reported as one line naming the line and column.
 */
import type { IsoDate } from '../types.js';
import type { Decimal } from './decimal.js';
import { parseDecimal } from './decimal.js';
import type { FxTable } from './fx.js';
import { FX_QUOTED_CURRENCIES, type QuotedCurrency } from './quoted-currencies.js';

export const ECB_SOURCE_NAME = 'ECB euro foreign exchange reference rates';
export const ECB_SOURCE_URL = 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip';

/** The table read from the CSV (ascending dates), or the first problem as "line N, column X: …". */
export type EcbCsvResult = { ok: true; table: FxTable } | { ok: false; error: string };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const RATE = /^\d+(\.\d+)?$/;

/** Parses the CSV text; `sha256` (of the file as given) goes into the table's source. */
export function parseEcbCsv(text: string, sha256: string): EcbCsvResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  const header = splitRow(lines[0] ?? '');
  if (header[0] !== 'Date') return fail(1, null, `expected the ECB header "Date,USD,JPY,…", found "${clip(lines[0] ?? '')}"`);
  const columns = new Map<QuotedCurrency, number>();
  for (const code of FX_QUOTED_CURRENCIES) {
    const index = header.indexOf(code);
    if (index < 0) return fail(1, null, `no ${code} column: not the ECB's full reference-rate file`);
    columns.set(code, index);
  }
  if (lines.length < 2) return fail(1, null, 'no rates after the header');

  const rows: { date: IsoDate; line: number; rates: (Decimal | null)[] }[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const line = i + 1;
    const fields = splitRow(lines[i] ?? '');
    if (fields.length !== header.length) return fail(line, null, `${fields.length} fields, expected ${header.length} as in the header`);
    const date = fields[0] ?? '';
    if (!isCalendarDate(date)) return fail(line, 'Date', `"${clip(date)}" is not a date in YYYY-MM-DD form`);
    const rates: (Decimal | null)[] = [];
    for (const code of FX_QUOTED_CURRENCIES) {
      const value = (fields[columns.get(code) ?? -1] ?? '').trim();
      if (value === 'N/A' || value === '') {
        rates.push(null);
        continue;
      }
      const rate = RATE.test(value) ? parseDecimal(value) : null;
      if (rate === null || rate.coefficient === 0n) return fail(line, code, `"${clip(value)}" is not a rate (expected a positive decimal such as 1.0472, or N/A)`);
      rates.push(rate);
    }
    rows.push({ date, line, rates });
  }
  rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (let i = 1; i < rows.length; i += 1) {
    const [previous, row] = [rows[i - 1], rows[i]];
    if (previous !== undefined && row !== undefined && previous.date === row.date) {
      return fail(Math.max(previous.line, row.line), 'Date', `${row.date} appears twice (lines ${Math.min(previous.line, row.line)} and ${Math.max(previous.line, row.line)})`);
    }
  }
  const dates = rows.map((row) => row.date);
  const rates = Object.fromEntries(FX_QUOTED_CURRENCIES.map((code, c) => [code, rows.map((row) => row.rates[c] ?? null)])) as Record<QuotedCurrency, (Decimal | null)[]>;
  const firstDate = dates[0] ?? '';
  const lastDate = dates.at(-1) ?? '';
  return { ok: true, table: { source: { name: ECB_SOURCE_NAME, url: ECB_SOURCE_URL, sha256, firstDate, lastDate }, dates, rates } };
}

/**
 * The imported rates, preceded by the bundled rates before the imported file's first day: a
 * shorter file (the ECB's 90-day history) extends the bundled table instead of truncating it.
 */
export function extendFxTable(bundled: FxTable, imported: FxTable): FxTable {
  const firstImported = imported.dates[0] ?? '';
  let keep = 0;
  while (keep < bundled.dates.length && (bundled.dates[keep] ?? '') < firstImported) keep += 1;
  if (keep === 0) return imported;
  const dates = [...bundled.dates.slice(0, keep), ...imported.dates];
  const rates = Object.fromEntries(FX_QUOTED_CURRENCIES.map((code) => [code, [...bundled.rates[code].slice(0, keep), ...imported.rates[code]]])) as Record<QuotedCurrency, (Decimal | null)[]>;
  return { source: { ...imported.source, firstDate: dates[0] ?? firstImported }, dates, rates };
}

/** The fields of one line; the ECB ends every line with a comma, whose empty last field is dropped. */
function splitRow(line: string): string[] {
  const fields = line.split(',');
  if (fields.length > 1 && fields.at(-1)?.trim() === '') fields.pop();
  return fields.map((field) => field.trim());
}

function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function fail(line: number, column: string | null, message: string): { ok: false; error: string } {
  return { ok: false, error: `line ${line}${column === null ? '' : `, column ${column}`}: ${message}` };
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
