#!/usr/bin/env node
/**
 * Derives the bundled GDP table (data/gdp/gdp.json) from the World Bank's GDP in current US
 * dollars (indicator NY.GDP.MKTP.CD) as packaged in `datasets/gdp`. A dev tool, run by hand:
 *
 *   npm run build && node scripts/derive-gdp.mjs [path/to/worldbank-gdp-current-usd.csv]
 *
 * The path defaults to ../shared/data/gdp/worldbank-gdp-current-usd.csv relative to the repository root.
 * Keeps economies only (every code not in WORLD_BANK_AGGREGATES, src/data/world-bank-codes.ts), years FIRST_YEAR on, values rounded
 * half to even to whole dollars from their decimal digits. Any surprise in the input stops the
 * script. The output is deterministic: same input, same bytes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GDP_FIRST_YEAR, WORLD_BANK_AGGREGATES, WORLD_BANK_TERRITORIES } from '../dist/data/world-bank-codes.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_INPUT = resolve(REPO_ROOT, '../shared/data/gdp/worldbank-gdp-current-usd.csv');
const OUTPUT = resolve(REPO_ROOT, 'data/gdp/gdp.json');
const FIRST_YEAR = GDP_FIRST_YEAR;

// The aggregate and territory codes are shared with `capcheck data gdp import`: build first (npm run build).
const AGGREGATES = WORLD_BANK_AGGREGATES;
const TERRITORIES = WORLD_BANK_TERRITORIES;

const SOURCE = {
  name: 'World Bank, GDP (current US$), indicator NY.GDP.MKTP.CD',
  url: 'https://data.worldbank.org/indicator/NY.GDP.MKTP.CD',
  package: 'https://github.com/datasets/gdp',
  path: 'data/gdp.csv',
  commit: '822019c80142c162e4ca4eb1a63699ae36075078',
  license: 'ODC-PDDL-1.0',
};

function fail(message) {
  throw new Error(`derive-gdp: ${message}`);
}

/** Splits one CSV line, honouring double-quoted fields ("Korea, Rep."). */
function splitCsv(line, number) {
  const fields = [];
  const pattern = /("(?:[^"]|"")*"|[^,]*)(,|$)/g;
  let match;
  while ((match = pattern.exec(line)) !== null) {
    const raw = match[1];
    fields.push(raw.startsWith('"') ? raw.slice(1, -1).replaceAll('""', '"') : raw);
    if (match[2] === '') break;
  }
  if (fields.join('').includes('"')) fail(`line ${number}: stray quote`);
  return fields;
}

/** Rounds a plain decimal string half to even to an integer, without floats. */
function roundToInteger(text, where) {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (match === null) fail(`${where}: bad value ${text}`);
  const whole = BigInt(match[1]);
  const fraction = match[2] ?? '';
  const half = `5${'0'.repeat(Math.max(fraction.length - 1, 0))}`;
  const padded = fraction.padEnd(half.length, '0');
  const up = padded > half || (padded === half && whole % 2n === 1n);
  return up ? whole + 1n : whole;
}

const input = resolve(process.argv[2] ?? DEFAULT_INPUT);
const bytes = readFileSync(input);
const sha256 = createHash('sha256').update(bytes).digest('hex');
const lines = bytes.toString('utf8').split(/\r?\n/).filter((line) => line !== '');
if (lines[0] !== 'Country Name,Country Code,Year,Value') fail(`unexpected header ${lines[0]}`);

const economies = new Map();
const aggregatesSeen = new Set();
let lastYear = 0;
lines.slice(1).forEach((line, i) => {
  const where = `line ${i + 2}`;
  const fields = splitCsv(line, i + 2);
  if (fields.length !== 4) fail(`${where}: ${fields.length} fields`);
  const [name, code, yearText, valueText] = fields;
  if (!/^[A-Z0-9]{3}$/.test(code)) fail(`${where}: bad code ${code}`);
  if (!/^\d{4}$/.test(yearText)) fail(`${where}: bad year ${yearText}`);
  const year = Number(yearText);
  lastYear = Math.max(lastYear, year);
  if (AGGREGATES.has(code)) {
    aggregatesSeen.add(code);
    return;
  }
  if (year < FIRST_YEAR) return;
  const value = roundToInteger(valueText, where);
  if (value <= 0n || value > BigInt(Number.MAX_SAFE_INTEGER)) fail(`${where}: value out of range ${valueText}`);
  const economy = economies.get(code) ?? { iso3: code, name, territory: TERRITORIES.has(code), gdp: new Map() };
  if (economy.name !== name) fail(`${where}: ${code} is named both ${economy.name} and ${name}`);
  if (economy.gdp.has(year)) fail(`${where}: two values for ${code} ${year}`);
  economy.gdp.set(year, value);
  economies.set(code, economy);
});

const unseen = [...AGGREGATES].filter((code) => !aggregatesSeen.has(code));
const sorted = [...economies.values()].sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));
const economyLine = (economy) => {
  const years = [...economy.gdp.keys()].sort((a, b) => a - b);
  const gdp = years.map((year) => `"${year}":${economy.gdp.get(year)}`).join(',');
  return `{"iso3":${JSON.stringify(economy.iso3)},"name":${JSON.stringify(economy.name)},"territory":${economy.territory},"gdp":{${gdp}}}`;
};
const source = { ...SOURCE, sha256, firstYear: FIRST_YEAR, lastYear };
const text = [
  '{',
  '"schemaVersion":1,',
  `"source":${JSON.stringify(source)},`,
  '"economies":[',
  sorted.map(economyLine).join(',\n'),
  ']',
  '}',
  '',
].join('\n');

mkdirSync(dirname(OUTPUT), { recursive: true });
writeFileSync(OUTPUT, text);
const territories = sorted.filter((economy) => economy.territory).length;
console.log(`wrote ${OUTPUT}: ${sorted.length} economies (${territories} territories), ${FIRST_YEAR}..${lastYear}, ${text.length} bytes, sha256 of input ${sha256}`);
console.log(`aggregates dropped: ${aggregatesSeen.size}; listed but absent: ${unseen.join(' ') || 'none'}`);
