/** A worker thread of `capcheck --jsonl`: loads the reference data once, then checks one input line per message. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadReferenceData } from '../check/load-reference-data.js';
import { checkJsonlLine, type JsonlSetup, type JsonlTask } from './check-jsonl-line.js';

const setup = workerData as JsonlSetup;
// The main thread loaded the same data before starting the pool, so a failure here is a bug.
const reference = loadReferenceData(setup.userData, setup.dataDir);
if (!reference.ok) throw new Error(reference.error);
const data = reference.data;

parentPort?.on('message', (task: JsonlTask) => parentPort?.postMessage(checkJsonlLine(task, setup, data)));
