import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FX_QUOTED_CURRENCIES } from '../../src/money/fx-schema.js';
import { checkBuiltFxTable, decodeFxTable, encodeFxTable, type BuiltFxTable } from '../../src/money/fx-built.js';
import { deriveBundledFxTable } from '../../src/money/derive-fx-table.js';
import { FX_BUILD_URL, loadBundledFxTable } from '../../src/money/load-fx.js';
import { checkBuiltGdpTable, decodeGdpTable, encodeGdpTable, type BuiltGdpTable } from '../../src/data/gdp-built.js';
import { deriveBundledGdpTable } from '../../src/data/derive-gdp-table.js';
import { GDP_BUILD_URL, loadBundledGdpTable } from '../../src/data/load-gdp.js';

function orThrow<T>(result: { ok: true; table: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(result.error);
  return result.table;
}

/** Every column read, so a lazily decoded table compares as plain data. */
function plainFx(table: ReturnType<typeof decodeFxTable>) {
  return { source: table.source, dates: table.dates, rates: Object.fromEntries(FX_QUOTED_CURRENCIES.map((code) => [code, table.rates[code]])) };
}

describe('the tables precomputed by the build', () => {
  // `npm test` builds first; a bare vitest run on an unbuilt checkout checks the round trip alone.
  const built = existsSync(FX_BUILD_URL) && existsSync(GDP_BUILD_URL);

  it.runIf(built)('data/build/fx.json holds exactly the rates derived from data/fx/ecb-rates.json', () => {
    const json = JSON.parse(readFileSync(FX_BUILD_URL, 'utf8')) as BuiltFxTable;
    expect(checkBuiltFxTable(json)).toBeNull();
    expect(plainFx(decodeFxTable(json))).toEqual(plainFx(orThrow(deriveBundledFxTable())));
    expect(plainFx(orThrow(loadBundledFxTable()))).toEqual(plainFx(orThrow(deriveBundledFxTable())));
  });

  it.runIf(built)('data/build/gdp.json holds exactly the table derived from data/gdp/gdp.json', () => {
    const json = JSON.parse(readFileSync(GDP_BUILD_URL, 'utf8')) as BuiltGdpTable;
    expect(checkBuiltGdpTable(json)).toBeNull();
    expect(decodeGdpTable(json)).toEqual(orThrow(deriveBundledGdpTable()));
    expect(orThrow(loadBundledGdpTable())).toEqual(orThrow(deriveBundledGdpTable()));
  });

  it('encoding then decoding gives back the derived tables', () => {
    const fx = orThrow(deriveBundledFxTable());
    const fxJson = JSON.parse(JSON.stringify(encodeFxTable(fx))) as BuiltFxTable;
    expect(checkBuiltFxTable(fxJson)).toBeNull();
    expect(plainFx(decodeFxTable(fxJson))).toEqual(plainFx(fx));
    const gdp = orThrow(deriveBundledGdpTable());
    const gdpJson = JSON.parse(JSON.stringify(encodeGdpTable(gdp))) as BuiltGdpTable;
    expect(checkBuiltGdpTable(gdpJson)).toBeNull();
    expect(decodeGdpTable(gdpJson)).toEqual(gdp);
  });

  it.each<[string, (file: { rates: Record<string, { coefficients: (number | null)[]; exponents: number[] }>; dates: string[] }) => void, string]>([
    ['a trailing zero', (file) => ((file.rates['USD'] as { coefficients: (number | null)[] }).coefficients[0] = 11790), 'rates.USD.coefficients.0:'],
    ['a string rate', (file) => ((file.rates['GBP'] as { coefficients: unknown[] }).coefficients[2] = '0.7'), 'rates.GBP.coefficients.2:'],
    ['a missing rate', (file) => (file.rates['JPY']?.exponents ?? []).pop(), 'rates.JPY: expected one rate per date'],
    ['dates out of order', (file) => file.dates.reverse(), 'dates.1: dates must be strictly ascending'],
  ])('an imported FX table with %s is rejected', (_, corrupt, message) => {
    const file = JSON.parse(JSON.stringify(encodeFxTable(orThrow(deriveBundledFxTable())))) as Parameters<typeof corrupt>[0];
    corrupt(file);
    expect(checkBuiltFxTable(file)).toContain(message);
  });
});
