import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { describeFileError, MAX_INPUT_BYTES, STDIN_PATH } from '../read/read-input.js';
import { splitByteLines } from '../read/split-byte-lines.js';
import type { ReferenceData } from '../reconcile/reconcile-claims.js';
import { decideOutcome } from '../report/decide-outcome.js';
import { addTallies, EMPTY_TALLY, type ReportTally } from '../report/report-tally.js';
import { checkJsonlLine, type JsonlMeta, type JsonlSetup, type JsonlTask } from './check-jsonl-line.js';
import { reportUsageError, writeErrorLine, type CliEnvironment } from './environment.js';
import { EXIT } from './exit-codes.js';
import { openOutputFile, openStdout } from './output-stream.js';
import { runOrdered, type Delivered } from './worker-pool.js';

/** The compiled worker module. */
const WORKER_SCRIPT = new URL('./jsonl-worker.js', import.meta.url);

/** How a --jsonl run is carried out. */
export interface JsonlRun {
  readonly setup: JsonlSetup;
  readonly reference: ReferenceData;
  readonly jobs: number | undefined;
  readonly output: string | undefined;
}

/**
 * `capcheck --jsonl`: one `{"id","text","date"?,"format"?}` per line in (files in order, or stdin), one
 * result line per article out, in input order, as lines arrive; blank lines are skipped. A malformed line
 * becomes an error line and the run goes on; it then exits 2, else as the findings call for.
 */
export async function runJsonl(files: readonly string[], run: JsonlRun, environment: CliEnvironment): Promise<number> {
  const out = run.output === undefined ? openStdout(environment) : openOutputFile(run.output, environment);
  let tally: ReportTally = EMPTY_TALLY;
  let malformed = false;
  const unreadable: string[] = [];
  const deliver = async ({ meta, output }: Delivered<JsonlMeta>): Promise<boolean> => {
    if (meta.ok) tally = addTallies(tally, meta.tally);
    else malformed = true;
    return out.write(output);
  };
  const tasks = inputLines(files.length === 0 ? ['-'] : files, environment, unreadable);
  const pool = { script: WORKER_SCRIPT, workerData: run.setup, jobs: run.jobs, weigh: (task: JsonlTask) => task.bytes?.byteLength ?? 0 };
  await runOrdered(tasks, pool, async (task: JsonlTask) => checkJsonlLine(task, run.setup, run.reference), deliver);
  const closed = await out.close();
  if (closed !== null) return reportUsageError(environment, closed);
  for (const problem of unreadable) writeErrorLine(environment, problem);
  if (malformed || unreadable.length > 0) return EXIT.USAGE;
  return decideOutcome({ errors: tally.errors, warnings: tally.warnings, infos: tally.infos }, run.setup.settings).passed ? EXIT.OK : EXIT.FINDINGS;
}

/** Every non-blank line of every input, read only as fast as results are written; a file that cannot be read is noted and skipped. */
async function* inputLines(paths: readonly string[], environment: CliEnvironment, unreadable: string[]): AsyncGenerator<JsonlTask> {
  for (const path of paths) {
    const stream = path === '-' ? environment.stdin : createReadStream(resolve(environment.cwd(), path));
    try {
      for await (const line of splitByteLines(stream as AsyncIterable<Buffer | string>, MAX_INPUT_BYTES)) {
        if (line.bytes !== null && isBlank(line.bytes)) continue;
        yield { line: line.number, bytes: line.bytes };
      }
    } catch (error) {
      unreadable.push(`${path === '-' ? STDIN_PATH : path}: ${describeFileError(error)}`);
    }
  }
}

function isBlank(bytes: Uint8Array): boolean {
  return bytes.every((byte) => byte === 0x20 || byte === 0x09);
}
