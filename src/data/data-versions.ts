/**
 * Which data a run checks against, read off the loaded tables (never off the clock), so every report
 * and `--version` can name it.
 */
import type { FxTable } from '../money/fx.js';
import type { DataVersions } from '../types.js';
import type { GdpTable } from './gdp.js';
import type { ReferenceDataset } from './reference-schema.js';

/** Where the data came from when it is capcheck's own. */
export const BUNDLED = 'bundled';

/** Which data is loaded; `sources` names files the user supplied (each defaults to `bundled`). */
export function dataVersions(
  dataset: ReferenceDataset,
  fx: FxTable,
  gdp: GdpTable,
  sources: { readonly reference?: string; readonly fx?: string; readonly gdp?: string } = {},
): DataVersions {
  const gdpThrough = gdp.economies.reduce((latest, economy) => Math.max(latest, economy.years[economy.years.length - 1] ?? 0), 0);
  return {
    reference: { source: sources.reference ?? BUNDLED, version: dataset.version, dataThrough: dataset.dataThrough },
    // The source names its last date (checked equal to the last of the dates when the table is
    // built or imported): asking the dates would parse the whole ECB history for a run that converts nothing.
    fx: { source: sources.fx ?? BUNDLED, name: fx.source.name, through: fx.source.lastDate },
    gdp: { source: sources.gdp ?? BUNDLED, name: gdp.source.name, through: gdpThrough },
  };
}
