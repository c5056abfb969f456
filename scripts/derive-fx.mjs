#!/usr/bin/env node
/**
 * Derives the bundled FX table (data/fx/ecb-rates.json) from the ECB euro reference-rate history
 * (eurofxref-hist.csv). A dev tool, run by hand:
 *
 *   node scripts/derive-fx.mjs [path/to/ecb-eurofxref-hist.csv]
 *
 * The path defaults to ../shared/data/fx/ecb-eurofxref-hist.csv relative to the repository root.
 * Keeps the currencies capcheck reads (EUR is the base), every date, and each rate as the exact
 * decimal string of the CSV (null for N/A). Any surprise in the input stops the script.
 * The output is deterministic: same input, same bytes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_INPUT = resolve(REPO_ROOT, '../shared/data/fx/ecb-eurofxref-hist.csv');
const OUTPUT = resolve(REPO_ROOT, 'data/fx/ecb-rates.json');

/** The currencies capcheck converts besides EUR: those of `CURRENCY_CODES` (src/types.ts) in its order, then KRW (added later, appended so earlier columns keep their place). */
const CURRENCIES = ['USD', 'GBP', 'JPY', 'CNY', 'INR', 'CHF', 'CAD', 'AUD', 'HKD', 'KRW'];

const SOURCE_NAME = 'ECB euro foreign exchange reference rates';
const SOURCE_URL = 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DECIMAL = /^\d+(\.\d+)?$/;

function fail(message) {
  throw new Error(`derive-fx: ${message}`);
}

const input = resolve(process.argv[2] ?? DEFAULT_INPUT);
const bytes = readFileSync(input);
const sha256 = createHash('sha256').update(bytes).digest('hex');
const lines = bytes.toString('ascii').split('\n').filter((line) => line !== '');

// The header and every row end with a comma: drop the empty last field.
const splitRow = (line, number) => {
  const fields = line.split(',');
  if (fields.pop() !== '') fail(`line ${number}: expected a trailing comma`);
  return fields;
};

const header = splitRow(lines[0] ?? '', 1);
if (header[0] !== 'Date') fail('the first column must be Date');
const columns = CURRENCIES.map((code) => {
  const index = header.indexOf(code);
  if (index < 0) fail(`no ${code} column`);
  return index;
});

const rows = lines.slice(1).map((line, i) => {
  const fields = splitRow(line, i + 2);
  if (fields.length !== header.length) fail(`line ${i + 2}: ${fields.length} fields, expected ${header.length}`);
  const date = fields[0];
  if (!ISO_DATE.test(date)) fail(`line ${i + 2}: bad date ${date}`);
  const rates = columns.map((column, c) => {
    const value = fields[column];
    if (value === 'N/A') return null;
    if (!DECIMAL.test(value) || /^0+(\.0+)?$/.test(value)) fail(`line ${i + 2}: bad ${CURRENCIES[c]} rate ${value}`);
    return value;
  });
  return { date, rates };
});

// The ECB file is newest first; the table is oldest first.
rows.reverse();
for (let i = 1; i < rows.length; i += 1) {
  if (rows[i - 1].date >= rows[i].date) fail(`dates not strictly ordered at ${rows[i].date}`);
}
const first = rows[0];
const last = rows[rows.length - 1];
if (first === undefined || last === undefined) fail('no rows');

const output = {
  schemaVersion: 1,
  source: { name: SOURCE_NAME, url: SOURCE_URL, sha256, firstDate: first.date, lastDate: last.date },
  currencies: CURRENCIES,
  dates: rows.map((row) => row.date),
  rates: Object.fromEntries(CURRENCIES.map((code, c) => [code, rows.map((row) => row.rates[c])])),
};

// One key per line and each array on one line: compact, and a refresh touches a dozen lines.
const text = [
  '{',
  `"schemaVersion":${JSON.stringify(output.schemaVersion)},`,
  `"source":${JSON.stringify(output.source)},`,
  `"currencies":${JSON.stringify(output.currencies)},`,
  `"dates":${JSON.stringify(output.dates)},`,
  '"rates":{',
  CURRENCIES.map((code) => `${JSON.stringify(code)}:${JSON.stringify(output.rates[code])}`).join(',\n'),
  '}',
  '}',
  '',
].join('\n');

mkdirSync(dirname(OUTPUT), { recursive: true });
writeFileSync(OUTPUT, text);

const summary = CURRENCIES.map((code, c) => {
  const firstQuoted = rows.find((row) => row.rates[c] !== null);
  const quoted = rows.filter((row) => row.rates[c] !== null).length;
  return `${code} from ${firstQuoted?.date ?? '—'} (${quoted} rates)`;
});
console.log(`wrote ${OUTPUT}: ${rows.length} dates ${first.date}..${last.date}, ${text.length} bytes, sha256 of input ${sha256}`);
console.log(summary.join('\n'));
