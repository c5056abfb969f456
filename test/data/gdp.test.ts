import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatDecimal, parseDecimal } from '../../src/money/decimal.js';
import type { Decimal } from '../../src/money/decimal.js';
import { countriesBelow, latestGdp, latestGdpOfCountries, latestPublishedGdpYear } from '../../src/data/gdp.js';
import type { GdpTable } from '../../src/data/gdp.js';
import { parseGdpTable } from '../../src/data/derive-gdp-table.js';
import { GDP_FILE_LABEL, loadGdpTable } from '../../src/data/load-gdp.js';

const GDP_PATH = fileURLToPath(new URL('../../data/gdp/gdp.json', import.meta.url));

const d = (digits: string): Decimal => {
  const value = parseDecimal(digits);
  if (value === null) throw new Error(digits);
  return value;
};

function loadOrThrow(): GdpTable {
  const result = loadGdpTable();
  if (!result.ok) throw new Error(result.error);
  return result.table;
}

const table = loadOrThrow();

describe('bundled GDP table', () => {
  it('loads, validates and caches', () => {
    const again = loadGdpTable();
    expect(again.ok && again.table).toBe(table);
    expect(table.source).toMatchObject({ firstYear: 2000, lastYear: 2023, license: 'ODC-PDDL-1.0' });
    expect(table.source.sha256).toBe('f0a8408195646dbb1a9d7fc4424e2d302ee5380d0ec8834793f12ca25cbd7e2c');
    expect(table.economies).toHaveLength(214);
  });

  it.each(['WLD', 'EMU', 'EUU', 'HIC', 'LMC', 'UMC', 'OED', 'ARB', 'SSF', 'LDC', 'IBD'])('leaves out the aggregate %s', (code) => {
    expect(table.byIso3.has(code)).toBe(false);
  });

  it.each(['Euro area', 'World', 'High income', 'European Union', 'Upper middle income', 'OECD members'])('%s is not a country', (name) => {
    expect(latestGdp(table, name, '2025-01-31')).toBeNull();
    expect(table.economies.some((economy) => economy.worldBankName === name)).toBe(false);
  });

  it.each(['HRV', 'HND', 'JAM', 'USA', 'CHN', 'XKX'])('keeps the country %s', (code) => {
    expect(table.byIso3.get(code)?.territory).toBe(false);
  });

  it.each(['PRI', 'HKG', 'GRL', 'MAC'])('flags %s as a territory', (code) => {
    expect(table.byIso3.get(code)?.territory).toBe(true);
  });
});

describe('latestPublishedGdpYear (year Y from Y+1-07-01)', () => {
  it.each([
    ['2025-01-31', 2023],
    ['2024-06-30', 2022],
    ['2024-07-01', 2023],
    ['2024-03-01', 2022],
    ['2025-12-31', 2024],
  ])('on %s: %i', (date, year) => {
    expect(latestPublishedGdpYear(date)).toBe(year);
  });
});

describe('latestGdp', () => {
  it.each([
    ['Croatia', '2025-01-31', 'HRV', 2023, '82688842717'],
    ['Honduras', '2025-01-31', 'HND', 2023, '34400509852'],
    ['Jamaica', '2025-01-31', 'JAM', 2023, '19423355367'],
    ['Croatia', '2024-03-01', 'HRV', 2022, '71997070660'],
    ['croatia', '2024-07-01', 'HRV', 2023, '82688842717'],
    ['the Netherlands', '2025-01-31', 'NLD', 2023, '1118124749886'],
    ['South Korea', '2025-01-31', 'KOR', 2023, '1712792854202'],
    ['Korea, Rep.', '2025-01-31', 'KOR', 2023, '1712792854202'],
    ['HRV', '2025-01-31', 'HRV', 2023, '82688842717'],
    ['Venezuela', '2025-01-31', 'VEN', 2014, '482359318768'], // the series stops in 2014
  ])('%s on %s: %s %i = %s', (name, date, iso3, year, value) => {
    const figure = latestGdp(table, name, date);
    expect(figure).toMatchObject({ iso3, year });
    expect(figure && formatDecimal(figure.valueUsd)).toBe(value);
  });

  it('says when a newer year had been published than the data holds', () => {
    expect(latestGdp(table, 'Croatia', '2025-08-01')).toMatchObject({ year: 2023, latestPublishedYear: 2024 });
  });

  it.each([
    ['Atlantis', '2025-01-31'],
    ['Taiwan', '2025-01-31'], // named, but not in the World Bank data
    ['Croatia', '2001-03-01'], // nothing published for 2000 or later yet
  ])('%s on %s: null', (name, date) => {
    expect(latestGdp(table, name, date)).toBeNull();
  });
});

describe('countriesBelow', () => {
  const below = countriesBelow(table, d('62500000000'), '2025-01-31');
  const codes = new Set(below.map((figure) => figure.iso3));

  it.each(['HND', 'JAM', 'ISL', 'MLT'])('includes %s', (code) => {
    expect(codes.has(code)).toBe(true);
  });

  it.each(['HRV', 'USA', 'PRI', 'HKG'])('leaves out %s (above, or a territory)', (code) => {
    expect(codes.has(code)).toBe(false);
  });

  it('sorts largest first, all below the value, and counts territories only when asked', () => {
    const values = below.map((figure) => figure.valueUsd.coefficient * 10n ** BigInt(figure.valueUsd.exponent));
    expect(values.every((value, i) => value < 62_500_000_000n && (i === 0 || value <= (values[i - 1] ?? 0n)))).toBe(true);
    expect(below.length).toBeGreaterThan(100);
    const withTerritories = countriesBelow(table, d('62500000000'), '2025-01-31', { includeTerritories: true });
    expect(withTerritories.length).toBeGreaterThan(below.length);
    expect(withTerritories.some((figure) => figure.iso3 === 'GRL')).toBe(true);
  });

  it('compares strictly: Croatia is not below its own GDP', () => {
    expect(countriesBelow(table, d('82688842717'), '2025-01-31').some((figure) => figure.iso3 === 'HRV')).toBe(false);
    expect(countriesBelow(table, d('82688842718'), '2025-01-31').some((figure) => figure.iso3 === 'HRV')).toBe(true);
  });

  it('counts every country with a figure by the date', () => {
    expect(latestGdpOfCountries(table, '2025-01-31')).toHaveLength(194);
  });
});

describe('GDP table validation', () => {
  type Raw = { source: Record<string, unknown>; economies: Record<string, unknown>[] };
  const raw = () => JSON.parse(readFileSync(GDP_PATH, 'utf8')) as Raw;

  it.each<[string, (file: Raw) => void, string]>([
    ['an aggregate', (file) => file.economies.push({ iso3: 'WLD', name: 'World', territory: false, gdp: { '2023': 1 } }), 'economies.214.iso3: unknown economy WLD'],
    ['a duplicate code', (file) => file.economies.push({ ...file.economies[0] }), 'economies.214.iso3: duplicate code ABW'],
    ['a fractional value', (file) => ((file.economies[0]?.['gdp'] as Record<string, number>)['2023'] = 1.5), 'economies.0.gdp.2023:'],
    ['a year out of range', (file) => ((file.economies[0]?.['gdp'] as Record<string, number>)['2024'] = 1), 'economies.0.gdp.2024: year outside'],
    ['a bad commit', (file) => (file.source['commit'] = 'main'), 'source.commit:'],
  ])('rejects %s in one line naming the file and the path', (_, corrupt, message) => {
    const file = raw();
    corrupt(file);
    const result = parseGdpTable(file, GDP_FILE_LABEL);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain(`data/gdp/gdp.json: ${message}`);
      expect(result.error).not.toContain('\n');
    }
  });
});
