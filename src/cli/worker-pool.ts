import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { BATCH_BYTES, BATCH_TASKS, decodeAnswer, type BatchAnswer, type BatchMessage, type Delivered, type Rendered } from './worker-batches.js';

export type { Delivered, Rendered } from './worker-batches.js';

/** Hands each result on in task order; false stops the run (the reader has gone). */
export type Deliver<Meta> = (result: Delivered<Meta>) => Promise<boolean>;

/** A batch posted to a worker, in its place in the input order. */
interface Slot<Meta> {
  done: boolean;
  readonly results: Promise<readonly Delivered<Meta>[]>;
}

/** What a pool of workers is started with. */
export interface PoolOptions<Task> {
  /** The worker's compiled module: it serves batches of tasks (see `serveBatches`). */
  readonly script: URL;
  /** Given once to every worker (settings, dates, the user's data files). */
  readonly workerData: unknown;
  readonly size: number;
  /**
   * Batches posted but not yet handed on, at most: a slow batch at the front holds finished ones back,
   * and this bounds how many (and how far ahead the input is read).
   */
  readonly window: number;
  /** About how many bytes a task's input is: batches are cut at `BATCH_BYTES`. */
  readonly weigh: (task: Task) => number;
}

/** How many workers, running which compiled module, given what. */
export interface PoolChoice<Task> {
  readonly script: URL;
  readonly workerData: unknown;
  /** --jobs; undefined for one worker per available core. */
  readonly jobs: number | undefined;
  readonly weigh: (task: Task) => number;
}

/**
 * Batches a worker holds at once: the one it works on and the next, so it never waits for the main
 * thread between two.
 */
const BATCHES_PER_WORKER = 2;

/**
 * Runs `tasks` on workers when more than one is asked for, else in this thread with `work`; either way
 * results are handed on in task order. From the TypeScript sources (the unit tests) there is no compiled
 * worker module, so the work stays in this thread.
 */
export async function runOrdered<Task, Meta>(
  tasks: AsyncIterable<Task> | Iterable<Task>,
  pool: PoolChoice<Task>,
  work: (task: Task) => Promise<Rendered<Meta>>,
  deliver: Deliver<Meta>,
): Promise<void> {
  const size = pool.jobs ?? availableParallelism();
  if (size > 1 && existsSync(fileURLToPath(pool.script))) {
    // Two batches more than the workers hold keep every worker busy while a slow batch holds the front.
    const window = size * BATCHES_PER_WORKER + 2;
    return runOnWorkers(tasks, { script: pool.script, workerData: pool.workerData, size, window, weigh: pool.weigh }, deliver);
  }
  return runInProcess(tasks, work, deliver);
}

/** A worker and how many of its batches are not yet answered. */
interface PoolWorker {
  readonly thread: Worker;
  held: number;
}

/**
 * Runs `tasks` on a pool of worker threads in batches, and hands the results to `deliver` in task order
 * as soon as every batch before theirs is done. A worker answers a batch with its results' text already
 * encoded, in one buffer that moves to this thread uncopied: this thread only writes bytes. The input is
 * pulled only while fewer than `window` batches are outstanding, so reading waits for the output.
 */
export async function runOnWorkers<Task, Meta>(tasks: AsyncIterable<Task> | Iterable<Task>, options: PoolOptions<Task>, deliver: Deliver<Meta>): Promise<void> {
  const waiting = new Map<number, { readonly resolve: (answer: BatchAnswer<Meta>) => void; readonly reject: (error: Error) => void; readonly worker: PoolWorker }>();
  const fail = (worker: PoolWorker, error: Error): void => {
    for (const [id, asked] of waiting) {
      if (asked.worker !== worker) continue;
      waiting.delete(id);
      asked.reject(error);
    }
  };
  const workers: PoolWorker[] = Array.from({ length: options.size }, () => {
    const worker: PoolWorker = { thread: new Worker(options.script, { workerData: options.workerData }), held: 0 };
    worker.thread.on('message', (answer: BatchAnswer<Meta>) => {
      const asked = waiting.get(answer.id);
      waiting.delete(answer.id);
      asked?.resolve(answer);
    });
    // A worker that dies is a bug: its batches reject, and the run with them.
    worker.thread.on('error', (error) => fail(worker, error));
    worker.thread.on('exit', (code) => fail(worker, new Error(`a check worker stopped unexpectedly (exit code ${code})`)));
    return worker;
  });
  const post = (worker: PoolWorker, message: BatchMessage<Task>): Promise<BatchAnswer<Meta>> =>
    new Promise((resolve, reject) => {
      waiting.set(message.id, { resolve, reject, worker });
      worker.thread.postMessage(message);
    });

  const queue: Slot<Meta>[] = [];
  let settled = signal();
  const batches = cutBatches(tasks, options.weigh);
  let exhausted = false;
  let nextId = 0;
  try {
    for (;;) {
      for (let worker = leastHeld(workers); !exhausted && worker.held < BATCHES_PER_WORKER && queue.length < options.window; worker = leastHeld(workers)) {
        const next = await batches.next();
        if (next.done === true) {
          exhausted = true;
          break;
        }
        const chosen = worker;
        chosen.held++;
        const slot: Slot<Meta> = { done: false, results: post(chosen, { id: nextId++, tasks: next.value }).then(decodeAnswer) };
        slot.results
          .finally(() => {
            slot.done = true;
            chosen.held--;
            settled.resolve();
            settled = signal();
          })
          .catch(() => undefined);
        queue.push(slot);
      }
      const head = queue[0];
      if (head === undefined) return;
      // Wait for any batch to end: either the front one (to hand on) or another (room for the next batch).
      if (!head.done) await settled.promise;
      while (queue[0]?.done === true) {
        const slot = queue.shift() as Slot<Meta>;
        for (const result of await slot.results) {
          if (!(await deliver(result))) return;
        }
      }
    }
  } finally {
    await batches.return(undefined);
    await Promise.all(workers.map((worker) => worker.thread.terminate()));
  }
}

/** Runs `tasks` one after the other in this thread: `--jobs 1`, or a single input. Texts stay strings. */
export async function runInProcess<Task, Meta>(tasks: AsyncIterable<Task> | Iterable<Task>, work: (task: Task) => Promise<Rendered<Meta>>, deliver: Deliver<Meta>): Promise<void> {
  const iterator = toAsyncIterator(tasks);
  try {
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) {
      const { meta, text } = await work(next.value);
      if (!(await deliver({ meta, output: text }))) return;
    }
  } finally {
    await iterator.return?.();
  }
}

function leastHeld(workers: readonly PoolWorker[]): PoolWorker {
  return workers.reduce((least, worker) => (worker.held < least.held ? worker : least));
}

/**
 * The tasks in batches of up to `BATCH_BYTES` of input or `BATCH_TASKS` tasks, whichever comes first: many
 * small files share a message, a large one goes nearly alone. A batch takes only the tasks ready now: input
 * that arrives slowly (a pipe) is not held back waiting to fill a batch.
 */
async function* cutBatches<Task>(tasks: AsyncIterable<Task> | Iterable<Task>, weigh: (task: Task) => number): AsyncGenerator<Task[], void, undefined> {
  const iterator = toAsyncIterator(tasks);
  let pending: Promise<IteratorResult<Task>> | null = null;
  try {
    for (;;) {
      const batch: Task[] = [];
      let bytes = 0;
      // Set once the batch has a task: when the event loop turns before the next task is ready, the batch goes as it is.
      let turned: Promise<typeof NOT_READY> | null = null;
      while (batch.length < BATCH_TASKS && bytes < BATCH_BYTES) {
        pending ??= iterator.next();
        const next = turned === null ? await pending : await Promise.race([pending, turned]);
        if (next === NOT_READY) break;
        pending = null;
        if (next.done === true) {
          if (batch.length > 0) yield batch;
          return;
        }
        batch.push(next.value);
        bytes += weigh(next.value);
        turned ??= nextTurn();
      }
      yield batch;
    }
  } finally {
    await iterator.return?.();
  }
}

const NOT_READY = Symbol('not ready');

function nextTurn(): Promise<typeof NOT_READY> {
  return new Promise((resolve) => setImmediate(() => resolve(NOT_READY)));
}

function signal(): { readonly promise: Promise<void>; readonly resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

function toAsyncIterator<Task>(tasks: AsyncIterable<Task> | Iterable<Task>): AsyncIterator<Task> {
  if (Symbol.asyncIterator in tasks) return tasks[Symbol.asyncIterator]();
  const iterator = tasks[Symbol.iterator]();
  return {
    next: async () => iterator.next(),
    return: async () => iterator.return?.() ?? { done: true, value: undefined },
  };
}
