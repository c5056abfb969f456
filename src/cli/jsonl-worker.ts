/** A worker thread of `capcheck --jsonl`: loads the reference data once, then checks the input lines of each batch it is sent. */
import { workerData } from 'node:worker_threads';
import { loadReferenceDataOnDemand } from '../check/load-reference-data-on-demand.js';
import { checkJsonlLine, type JsonlSetup, type JsonlTask } from './check-jsonl-line.js';
import { serveBatches } from './worker-batches.js';

const setup = workerData as JsonlSetup;
// The main thread loaded the same data before starting the pool, so a failure here is a bug.
const reference = await loadReferenceDataOnDemand(setup.userData, setup.dataDir);
if (!reference.ok) throw new Error(reference.error);
const data = reference.data;

serveBatches((task: JsonlTask) => checkJsonlLine(task, setup, data));
