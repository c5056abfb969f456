/** A worker thread of `capcheck --jsonl`: loads the reference data once, then checks one input line per message. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadReferenceDataOnDemand } from '../check/load-reference-data-on-demand.js';
import { checkJsonlLine, type JsonlSetup, type JsonlTask } from './check-jsonl-line.js';

const setup = workerData as JsonlSetup;
// The main thread loaded the same data before starting the pool, so a failure here is a bug.
const reference = await loadReferenceDataOnDemand(setup.userData, setup.dataDir);
if (!reference.ok) throw new Error(reference.error);
const data = reference.data;

parentPort?.on('message', (task: JsonlTask) => {
  void checkJsonlLine(task, setup, data).then((outcome) => parentPort?.postMessage(outcome));
});
