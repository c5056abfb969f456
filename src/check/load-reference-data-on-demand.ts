import { loadReferenceDataset } from '../data/load-reference.js';
import type { UserDataFile, UserDatasetResult } from '../data/user-records.js';
import { assembleReferenceData, type ReferenceDataResult } from './assemble-reference-data.js';

/** The bundled data as built (no schema, no record compiler loaded), with tables imported into `dataDir`. */
export function loadBundledReferenceData(dataDir: string | null = null): ReferenceDataResult {
  const bundled = loadReferenceDataset();
  const dataset: UserDatasetResult = bundled.ok ? bundled : { ok: false, errors: [bundled.error] };
  return assembleReferenceData(dataset, [], dataDir);
}

/**
 * `loadReferenceData` for the CLI: users' record files are validated (zod) and compiled with the
 * bundled ones, so the compiler is imported only when there are any.
 */
export async function loadReferenceDataOnDemand(userData: readonly UserDataFile[], dataDir: string | null): Promise<ReferenceDataResult> {
  if (userData.length === 0) return loadBundledReferenceData(dataDir);
  const { loadDatasetWithUserData } = await import('../data/user-records.js');
  return assembleReferenceData(loadDatasetWithUserData(userData), userData, dataDir);
}
