import { createEcbConverter } from './ecb-converter.js';
import { dataVersions } from '../data/data-versions.js';
import { loadGdpTable } from '../data/load-gdp.js';
import type { UserDataFile, UserDatasetResult } from '../data/user-records.js';
import { loadFxTable } from '../money/load-fx.js';
import type { ReferenceData } from '../reconcile/reconcile-claims.js';
import type { DataVersions } from '../types.js';

/** The reference data a run checks against and which data it is, or one line naming the file at fault. */
export type ReferenceDataResult = { ok: true; data: ReferenceData; versions: DataVersions } | { ok: false; error: string };

/**
 * The records (bundled, with `userData` merged in: already loaded as `dataset`) joined with the
 * bundled FX and GDP tables, unless tables imported into `dataDir` reach at least as far.
 */
export function assembleReferenceData(dataset: UserDatasetResult, userData: readonly UserDataFile[], dataDir: string | null): ReferenceDataResult {
  if (!dataset.ok) return { ok: false, error: dataset.errors[0] ?? 'reference data: invalid' };
  const fxTable = loadFxTable({ dataDir });
  if (!fxTable.ok) return fxTable;
  const gdpTable = loadGdpTable({ dataDir });
  if (!gdpTable.ok) return gdpTable;
  const { records, dataThrough } = dataset.dataset;
  return {
    ok: true,
    data: { records, dataThrough, fx: createEcbConverter(fxTable.table), gdp: gdpTable.table },
    versions: dataVersions(dataset.dataset, fxTable.table, gdpTable.table, {
      ...(userData.length === 0 ? {} : { reference: `bundled + ${userData.map((file) => file.label).join(', ')}` }),
      fx: fxTable.origin.source,
      gdp: gdpTable.origin.source,
    }),
  };
}
