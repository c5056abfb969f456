import { describe, expect, it } from 'vitest';
import { dataVersions } from '../../src/data/data-versions.js';
import { loadGdpTable } from '../../src/data/load-gdp.js';
import { loadReferenceDataset } from '../../src/data/load-reference.js';
import { deriveBundledFxTable } from '../../src/money/derive-fx-table.js';
import type { FxTable } from '../../src/money/fx.js';
import { lazyFxTable } from '../../src/money/lazy-fx-table.js';

function orThrow<T>(result: { ok: true; table: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(result.error);
  return result.table;
}

const dataset = (() => {
  const loaded = loadReferenceDataset();
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded.dataset;
})();
const gdp = orThrow(loadGdpTable());
// The rates parsed from the source file, so the expected date is read off the dates themselves.
const fx = orThrow(deriveBundledFxTable());

describe('the FX version a run names', () => {
  const rows: readonly { name: string; table: FxTable }[] = [
    { name: 'the parsed bundled table', table: fx },
    { name: 'a lazily loaded table', table: lazyFxTable(fx.source, () => fx) },
  ];
  it.each(rows)('is the last date of the rates: $name', ({ table }) => {
    expect(dataVersions(dataset, table, gdp).fx.through).toBe(fx.dates.at(-1));
  });

  it('is named without reading the rates (a run that converts nothing never parses the ECB history)', () => {
    const unreadable = lazyFxTable(fx.source, () => {
      throw new Error('the rates were loaded');
    });
    expect(dataVersions(dataset, unreadable, gdp).fx).toEqual({ source: 'bundled', name: fx.source.name, through: fx.dates.at(-1) });
  });
});
