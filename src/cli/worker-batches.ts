/**
 * What the main thread and a worker say to each other: the main thread posts a batch of tasks, the
 * worker answers with each task's small plain data and all their texts as UTF-8 in one buffer, which
 * moves to the main thread without a copy (a transfer). The main thread then writes bytes as they are:
 * it neither encodes text nor rebuilds the reports' objects.
 */
import { parentPort } from 'node:worker_threads';

/**
 * A task's outcome: plain data the run keeps (counts, what joins it to the report so far) and the text
 * it writes, already drawn.
 */
export interface Rendered<Meta> {
  readonly meta: Meta;
  readonly text: string;
}

/** An outcome as the main thread hands it on: its text as drawn in this thread, or as a worker's UTF-8 bytes. */
export interface Delivered<Meta> {
  readonly meta: Meta;
  readonly output: string | Uint8Array;
}

/** Input bytes per batch, about: enough to make a message's cost small beside the batch's work, few enough to share the work out evenly. */
export const BATCH_BYTES = 64 * 1024;
/** Tasks per batch at most, however small their input (short JSONL lines). */
export const BATCH_TASKS = 64;

export interface BatchMessage<Task> {
  readonly id: number;
  readonly tasks: readonly Task[];
}

export interface BatchAnswer<Meta> {
  readonly id: number;
  readonly metas: readonly Meta[];
  /** Where each task's text ends in `bytes` (each starts where the one before ends). */
  readonly ends: readonly number[];
  readonly bytes: ArrayBuffer;
}

/**
 * In a worker: answers each batch the main thread posts, one batch after the other. A batch's tasks are
 * all begun at once, so the files are read while the first ones are checked instead of the thread
 * waiting on each read in turn (the checks themselves still run one at a time). An error in `work` is a
 * bug: it ends the worker, and the run reports it.
 */
export function serveBatches<Task, Meta>(work: (task: Task) => Promise<Rendered<Meta>>): void {
  let previous = Promise.resolve();
  parentPort?.on('message', (batch: BatchMessage<Task>) => {
    previous = previous.then(async () => {
      const answer = encodeAnswer(batch.id, await Promise.all(batch.tasks.map(work)));
      parentPort?.postMessage(answer, [answer.bytes]);
    });
  });
}

/** A batch's outcomes as one message: their texts encoded one after the other into a buffer of their own. */
export function encodeAnswer<Meta>(id: number, rendered: readonly Rendered<Meta>[]): BatchAnswer<Meta> {
  // Not Buffer.allocUnsafe: small buffers share a pool, and a transfer would take the whole pool away.
  const bytes = new ArrayBuffer(rendered.reduce((sum, { text }) => sum + Buffer.byteLength(text), 0));
  const view = Buffer.from(bytes);
  const ends: number[] = [];
  let at = 0;
  for (const { text } of rendered) {
    // The buffer is exactly as long as the texts' byteLength, so each is written whole.
    at += view.write(text, at);
    ends.push(at);
  }
  return { id, metas: rendered.map(({ meta }) => meta), ends, bytes };
}

/** The outcomes of an answer, each with its bytes: views of the one buffer, so nothing is copied. */
export function decodeAnswer<Meta>(answer: BatchAnswer<Meta>): Delivered<Meta>[] {
  return answer.metas.map((meta, index) => {
    const start = index === 0 ? 0 : (answer.ends[index - 1] ?? 0);
    return { meta, output: new Uint8Array(answer.bytes, start, (answer.ends[index] ?? start) - start) };
  });
}
