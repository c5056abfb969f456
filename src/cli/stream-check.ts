import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { ReferenceData } from '../reconcile/reconcile-claims.js';
import { decideOutcome, failReasons } from '../report/decide-outcome.js';
import { githubStepSummary } from '../report/format-github-step-summary.js';
import { addTallies, EMPTY_TALLY, type ReportTally } from '../report/report-tally.js';
import { loadStreamedFormat } from '../report/load-streamed-format.js';
import { githubStreamRows } from '../report/stream-format.js';
import { checkFile, type CheckInput, type CheckMeta, type CheckSetup } from './check-file.js';
import type { CheckTask } from './check-worker.js';
import { reportUsageError, writeErrorLine, type CliEnvironment } from './environment.js';
import { EXIT } from './exit-codes.js';
import { openOutputFile, openStdout } from './output-stream.js';
import { runOrdered, type Delivered } from './worker-pool.js';
import { appendStepSummary, progressReporter } from './write-output.js';

/** The compiled worker module. */
const WORKER_SCRIPT = new URL('./check-worker.js', import.meta.url);

/**
 * A worker costs about as much to start (loading modules and the reference data) as checking this many
 * short articles, so by default a run starts one per this many files, up to the available cores.
 */
const FILES_PER_WORKER = 32;

/** --jobs unset: one worker per available core, but none that would cost more to start than it saves. */
function defaultJobs(files: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.ceil(files / FILES_PER_WORKER)));
}

/** An input's size, for cutting batches: a file's on disk (0 when it cannot be read: the worker reports that). */
function inputBytes(input: CheckInput): number {
  if (input.kind === 'text') return input.text.length;
  try {
    return statSync(input.path).size;
  } catch {
    return 0;
  }
}

/** How a streamed run is carried out. */
export interface StreamRun {
  readonly setup: CheckSetup;
  readonly reference: ReferenceData;
  /** --jobs; undefined for one worker per available core. */
  readonly jobs: number | undefined;
  readonly output: string | undefined;
  /** Whether the github format also writes `$GITHUB_STEP_SUMMARY`. */
  readonly stepSummary: boolean;
}

/**
 * Checks every input (on a pool of workers when there are several inputs and jobs) and writes the report
 * as the results come in, in input order: the format's head, one piece per file, then its tail. Only the
 * counts are kept to the end, for the summary and the exit code.
 */
export async function streamCheck(inputs: readonly CheckInput[], run: StreamRun, environment: CliEnvironment): Promise<number> {
  const { setup } = run;
  const { settings } = setup;
  const format = await loadStreamedFormat(settings.format);
  const options = { ...setup.options, records: run.reference.records };
  const out = run.output === undefined ? openStdout(environment) : openOutputFile(run.output, environment);
  const progress = progressReporter(inputs.length, environment);
  const head = format.head(options);
  let state = head.state;
  let tally: ReportTally = EMPTY_TALLY;
  let shownTally: ReportTally = EMPTY_TALLY;
  let delivered = 0;
  let unreadable = false;
  let open = await out.write(head.text);
  const deliver = async ({ meta, output }: Delivered<CheckMeta>): Promise<boolean> => {
    delivered++;
    // Every input was read before the run began; one that changed since is reported, and the run goes on.
    if (!meta.ok) {
      writeErrorLine(environment, meta.error);
      unreadable = true;
      return true;
    }
    tally = addTallies(tally, meta.tally);
    shownTally = addTallies(shownTally, meta.shownTally);
    // The file's own text was drawn where it was checked; only what joins it to the files before is drawn here.
    const lead = format.lead(state, meta.mark);
    state = lead.state;
    // A progress line on a terminal is cleared before report text lands on the same screen.
    if ((lead.text !== '' || output.length > 0) && environment.stdout.isTTY === true) progress.done();
    open = (await out.write(lead.text)) && (await out.write(output));
    progress.tick(delivered);
    return open;
  };
  if (open) {
    const tasks = inputs.map((input, index): CheckTask => ({ input, fileNumber: index + 1 }));
    // A single input never starts a worker.
    const jobs = Math.min(run.jobs ?? defaultJobs(inputs.length), inputs.length);
    const pool = { script: WORKER_SCRIPT, workerData: setup, jobs, weigh: (task: CheckTask) => inputBytes(task.input) };
    await runOrdered(tasks, pool, (task) => checkFile(task.input, task.fileNumber, setup, run.reference), deliver);
  }
  progress.done();
  const outcome = decideOutcome({ errors: tally.errors, warnings: tally.warnings, infos: tally.infos }, settings);
  if (open) await out.write(format.tail(state, { tally: shownTally, outcome }, options));
  const closed = await out.close();
  if (closed !== null) return reportUsageError(environment, closed);
  if (unreadable) return EXIT.USAGE;
  if (run.stepSummary) {
    const summary = githubStepSummary(githubStreamRows(state), { files: shownTally.files, errors: shownTally.errors, warnings: shownTally.warnings, infos: shownTally.infos }, options.data, failReasons(outcome));
    const summaryError = await appendStepSummary(summary, environment);
    if (summaryError !== null) return reportUsageError(environment, summaryError);
  }
  return outcome.passed ? EXIT.OK : EXIT.FINDINGS;
}
