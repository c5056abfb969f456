import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** Hands each result on in task order; false stops the run (the reader has gone). */
export type Deliver<Result> = (result: Result) => Promise<boolean>;

/** A task finished or running, in its place in the input order. */
interface Slot<Result> {
  done: boolean;
  readonly result: Promise<Result>;
}

/** What a pool of workers is started with. */
export interface PoolOptions {
  /** The worker's compiled module: it answers each message (a task) with one message (its result). */
  readonly script: URL;
  /** Given once to every worker (settings, dates, the user's data files). */
  readonly workerData: unknown;
  readonly size: number;
  /**
   * Tasks taken but not yet handed on, at most: a slow task at the front holds finished ones back, and
   * this bounds how many (and how far ahead the input is read).
   */
  readonly window: number;
}

/** How many workers, running which compiled module, given what. */
export interface PoolChoice {
  readonly script: URL;
  readonly workerData: unknown;
  /** --jobs; undefined for one worker per available core. */
  readonly jobs: number | undefined;
}

/**
 * Runs `tasks` on workers when more than one is asked for, else in this thread with `work`; either way
 * results are handed on in task order. From the TypeScript sources (the unit tests) there is no compiled
 * worker module, so the work stays in this thread.
 */
export async function runOrdered<Task, Result>(tasks: AsyncIterable<Task> | Iterable<Task>, pool: PoolChoice, work: (task: Task) => Promise<Result>, deliver: Deliver<Result>): Promise<void> {
  const size = pool.jobs ?? availableParallelism();
  if (size > 1 && existsSync(fileURLToPath(pool.script))) {
    // A few tasks per worker keep every worker busy while a slow one holds the front.
    return runOnWorkers(tasks, { script: pool.script, workerData: pool.workerData, size, window: size * 4 }, deliver);
  }
  return runInProcess(tasks, work, deliver);
}

/**
 * Runs `tasks` on a pool of worker threads, each one task at a time, and hands the results to `deliver`
 * in task order as soon as each and every one before it is done. The input is pulled only while fewer
 * than `window` tasks are outstanding, so reading waits for the output.
 */
export async function runOnWorkers<Task, Result>(tasks: AsyncIterable<Task> | Iterable<Task>, options: PoolOptions, deliver: Deliver<Result>): Promise<void> {
  const workers = Array.from({ length: options.size }, () => new Worker(options.script, { workerData: options.workerData }));
  const free = [...workers];
  const queue: Slot<Result>[] = [];
  let settled = signal();
  const iterator = toAsyncIterator(tasks);
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && free.length > 0 && queue.length < options.window) {
        const next = await iterator.next();
        if (next.done === true) exhausted = true;
        else {
          const worker = free.pop() as Worker;
          const slot: Slot<Result> = { done: false, result: ask<Result>(worker, next.value) };
          slot.result
            .finally(() => {
              slot.done = true;
              free.push(worker);
              settled.resolve();
              settled = signal();
            })
            .catch(() => undefined);
          queue.push(slot);
        }
      }
      const head = queue[0];
      if (head === undefined) return;
      // Wait for any task to end: either the front one (to hand on) or another (a free worker for the next task).
      if (!head.done) await settled.promise;
      while (queue[0]?.done === true) {
        const slot = queue.shift() as Slot<Result>;
        if (!(await deliver(await slot.result))) return;
      }
    }
  } finally {
    await iterator.return?.();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** Runs `tasks` one after the other in this thread: `--jobs 1`, or a single input. */
export async function runInProcess<Task, Result>(tasks: AsyncIterable<Task> | Iterable<Task>, work: (task: Task) => Promise<Result>, deliver: Deliver<Result>): Promise<void> {
  const iterator = toAsyncIterator(tasks);
  try {
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) {
      if (!(await deliver(await work(next.value)))) return;
    }
  } finally {
    await iterator.return?.();
  }
}

/** Posts one task to an idle worker; its next message is the result. A worker that dies is a bug: it rejects. */
function ask<Result>(worker: Worker, task: unknown): Promise<Result> {
  return new Promise<Result>((resolve, reject) => {
    const onMessage = (result: Result): void => {
      stop();
      resolve(result);
    };
    const onError = (error: Error): void => {
      stop();
      reject(error);
    };
    const onExit = (code: number): void => {
      stop();
      reject(new Error(`a check worker stopped unexpectedly (exit code ${code})`));
    };
    const stop = (): void => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(task);
  });
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
