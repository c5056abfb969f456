/**
 * Reads the World Bank's CSV for GDP in current US$ (indicator NY.GDP.MKTP.CD) as the World Bank
 * serves it: API_NY.GDP.MKTP.CD_DS2_en_csv_v2_….csv, alone or in its zip. Four preamble lines
 * ("Data Source", "Last Updated Date", blank lines), then the header
 * "Country Name","Country Code","Indicator Name","Indicator Code","1960",…, then one quoted row
 * per economy or aggregate, each line ending with a comma; an empty field is a missing value.
 *
 * Kept as in the bundled table: economies only (aggregates dropped), years GDP_FIRST_YEAR on,
 * values rounded half to even to whole dollars from their decimal digits, no floats.
 */
import { decimalFromInteger, parseDecimal, shiftDecimal, type Decimal } from '../money/decimal.js';
import { roundDecimal } from '../money/divide.js';
import { COUNTRY_NAMES, countryName } from './countries.js';
import type { GdpSeries, GdpTable } from './gdp.js';
import { GDP_FIRST_YEAR, WORLD_BANK_AGGREGATES, WORLD_BANK_TERRITORIES } from './world-bank-codes.js';

export const GDP_INDICATOR = 'NY.GDP.MKTP.CD';

/** The table, the codes skipped as unknown (neither aggregates nor named countries), or the first problem as "line N, column X: …". */
export type WorldBankCsvResult = { ok: true; table: GdpTable; unknownCodes: readonly string[] } | { ok: false; error: string };

const HEADER_START = ['Country Name', 'Country Code', 'Indicator Name', 'Indicator Code'];
/** Plain digits with an optional fraction and an optional exponent ("82688842717.3926", "1.5E+12"). */
const NUMBER = /^(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/** Parses the CSV text; `fileName` and `sha256` (of the file as given) go into the table's source. */
export function parseWorldBankCsv(text: string, fileName: string, sha256: string): WorldBankCsvResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  // The header follows the preamble (four lines in the World Bank's file); a file without it is accepted too.
  const headerIndex = lines.slice(0, 8).findIndex((line) => line.startsWith('"Country Name"') || line.startsWith('Country Name,'));
  if (headerIndex < 0) return fail(5, null, `expected the World Bank header "Country Name","Country Code","Indicator Name","Indicator Code","1960",… within the first lines`);
  const header = splitCsv(lines[headerIndex] ?? '');
  if (header === null) return fail(headerIndex + 1, null, 'unbalanced quotes');
  const headerLine = headerIndex + 1;
  for (const [i, name] of HEADER_START.entries()) {
    if (header[i] !== name) return fail(headerLine, null, `column ${i + 1} must be "${name}", found "${header[i] ?? ''}"`);
  }
  const years = header.slice(4).map(Number);
  for (const [i, year] of years.entries()) {
    if (!/^\d{4}$/.test(header[i + 4] ?? '')) return fail(headerLine, null, `column ${i + 5} must be a year, found "${header[i + 4] ?? ''}"`);
    if (i > 0 && year !== (years[i - 1] ?? 0) + 1) return fail(headerLine, null, `years must follow each other (${years[i - 1]} then ${year})`);
  }
  if (years.length === 0) return fail(headerLine, null, 'no year columns');

  const economies: GdpSeries[] = [];
  const seen = new Map<string, number>();
  const unknownCodes: string[] = [];
  let lastYear = 0;
  for (let i = headerIndex + 1; i < lines.length; i += 1) {
    const line = i + 1;
    const text = lines[i] ?? '';
    if (text.trim() === '') continue;
    const fields = splitCsv(text);
    if (fields === null) return fail(line, null, 'unbalanced quotes');
    if (fields.length !== header.length) return fail(line, null, `${fields.length} fields, expected ${header.length} as in the header`);
    const [name = '', code = '', , indicator = ''] = fields;
    if (indicator !== GDP_INDICATOR) return fail(line, 'Indicator Code', `"${clip(indicator)}" is not ${GDP_INDICATOR} (GDP, current US$): download that indicator`);
    if (!/^[A-Z0-9]{3}$/.test(code)) return fail(line, 'Country Code', `"${clip(code)}" is not a three-letter code`);
    const earlier = seen.get(code);
    if (earlier !== undefined) return fail(line, 'Country Code', `${code} appears twice (lines ${earlier} and ${line})`);
    seen.set(code, line);
    const kept: number[] = [];
    const values: Decimal[] = [];
    for (const [y, year] of years.entries()) {
      const field = (fields[y + 4] ?? '').trim();
      if (field === '') continue;
      const value = wholeDollars(field);
      if (value === null) return fail(line, String(year), `"${clip(field)}" is not an amount of dollars`);
      if (value.coefficient <= 0n) return fail(line, String(year), `"${clip(field)}" is not a positive amount`);
      lastYear = Math.max(lastYear, year);
      if (year < GDP_FIRST_YEAR) continue;
      if (value.coefficient * 10n ** BigInt(value.exponent) > BigInt(Number.MAX_SAFE_INTEGER)) return fail(line, String(year), `"${clip(field)}" is out of range`);
      kept.push(year);
      values.push(value);
    }
    if (WORLD_BANK_AGGREGATES.has(code)) continue;
    // An unnamed code is most likely a new World Bank aggregate: left out, and listed by the import.
    if (!Object.hasOwn(COUNTRY_NAMES, code)) {
      unknownCodes.push(code);
      continue;
    }
    if (kept.length === 0) continue;
    economies.push({ iso3: code, country: countryName(code), worldBankName: name, territory: WORLD_BANK_TERRITORIES.has(code), years: kept, valuesUsd: values });
  }
  if (economies.length === 0) return fail(headerLine, null, 'no economy has a value from 2000 on');
  economies.sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));
  const source = {
    name: `World Bank, GDP (current US$), indicator ${GDP_INDICATOR}`,
    url: `https://data.worldbank.org/indicator/${GDP_INDICATOR}`,
    package: `https://api.worldbank.org/v2/en/indicator/${GDP_INDICATOR}?downloadformat=csv`,
    path: fileName,
    // Not from a repository: no commit.
    commit: '',
    license: 'CC-BY-4.0',
    sha256,
    firstYear: GDP_FIRST_YEAR,
    lastYear,
  };
  return { ok: true, table: { source, economies, byIso3: new Map(economies.map((economy) => [economy.iso3, economy])) }, unknownCodes };
}

/** A decimal number of dollars rounded half to even to whole dollars, exactly; null when it is not a number. */
function wholeDollars(text: string): Decimal | null {
  const match = NUMBER.exec(text);
  if (match === null) return null;
  const base = parseDecimal(match[2] === undefined ? (match[1] ?? '') : `${match[1]}.${match[2]}`);
  if (base === null) return null;
  const power = Number(match[3] ?? '0');
  if (Math.abs(power) > 30) return null;
  const rounded = roundDecimal(shiftDecimal(base, power), 0);
  return decimalFromInteger(rounded.coefficient * 10n ** BigInt(Math.max(rounded.exponent, 0)));
}

/** Splits one CSV line, honouring double-quoted fields ("Korea, Rep."); drops the empty field after a trailing comma. Null on a stray quote. */
function splitCsv(line: string): string[] | null {
  const fields: string[] = [];
  const pattern = /("(?:[^"]|"")*"|[^,"]*)(,|$)/y;
  let at = 0;
  for (;;) {
    pattern.lastIndex = at;
    const match = pattern.exec(line);
    if (match === null) return null;
    const raw = match[1] ?? '';
    fields.push(raw.startsWith('"') ? raw.slice(1, -1).replaceAll('""', '"') : raw);
    at = pattern.lastIndex;
    if (match[2] === '') break;
  }
  if (at !== line.length) return null;
  if (fields.length > 1 && fields.at(-1) === '' && line.endsWith(',')) fields.pop();
  return fields;
}

function fail(line: number, column: string | null, message: string): { ok: false; error: string } {
  return { ok: false, error: `line ${line}${column === null ? '' : `, column ${column}`}: ${message}` };
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
