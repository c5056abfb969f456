import { loadDatasetWithUserData, type UserDataFile } from '../data/user-records.js';
import { assembleReferenceData, type ReferenceDataResult } from './assemble-reference-data.js';

/**
 * The reference data and which data it is: the bundled records with users' records merged in, each
 * file validated, and the bundled FX and GDP tables unless tables imported into `dataDir` reach at
 * least as far. Any failure is one line naming the file. Synchronous, for the public API; the CLI
 * uses `loadReferenceDataOnDemand`, which loads the record schema only when users' records need it.
 */
export function loadReferenceData(userData: readonly UserDataFile[] = [], dataDir: string | null = null): ReferenceDataResult {
  return assembleReferenceData(loadDatasetWithUserData(userData), userData, dataDir);
}
