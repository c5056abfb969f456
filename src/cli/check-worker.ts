/** A worker thread of `capcheck --jobs N`: loads the reference data once, then checks the files of each batch it is sent. */
import { workerData } from 'node:worker_threads';
import { loadReferenceDataOnDemand } from '../check/load-reference-data-on-demand.js';
import { checkFile, type CheckInput, type CheckSetup } from './check-file.js';
import { serveBatches } from './worker-batches.js';

/** What the pool posts per file. */
export interface CheckTask {
  readonly input: CheckInput;
  /** 1-based place among the inputs (the HTML report numbers its sections by it). */
  readonly fileNumber: number;
}

const setup = workerData as CheckSetup;
// The main thread loaded the same data before starting the pool, so a failure here is a bug.
const reference = await loadReferenceDataOnDemand(setup.userData, setup.dataDir);
if (!reference.ok) throw new Error(reference.error);
const data = reference.data;

serveBatches((task: CheckTask) => checkFile(task.input, task.fileNumber, setup, data));
