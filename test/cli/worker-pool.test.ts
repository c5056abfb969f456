import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runOnWorkers, type Delivered } from '../../src/cli/worker-pool.js';
import { BATCH_BYTES } from '../../src/cli/worker-batches.js';
import { REPO_ROOT, runCli } from '../run-cli.js';
import { writeCorpus } from './corpus.js';

// Real worker threads: the compiled worker modules are needed (`npm test` builds first).
const built = existsSync(join(REPO_ROOT, 'dist', 'cli', 'worker-batches.js'));
const DELAY_WORKER = new URL('./worker-pool/delay-worker.mjs', import.meta.url);

interface DelayTask {
  readonly index: number;
  readonly delay: number;
}
interface DelayMeta {
  readonly index: number;
  readonly finishedAt: number;
}

describe.runIf(built)('the worker pool', { timeout: 120_000 }, () => {
  it.each([
    { name: 'one task per batch, the first slow', count: 12, slow: 0, weight: BATCH_BYTES },
    { name: 'one task per batch, a middle one slow', count: 12, slow: 5, weight: BATCH_BYTES },
    { name: 'several tasks per batch, the first slow', count: 200, slow: 0, weight: BATCH_BYTES / 8 },
  ])('hands results on in task order, as bytes, when later batches finish first: $name', async ({ count, slow, weight }) => {
    const tasks: DelayTask[] = Array.from({ length: count }, (_, index) => ({ index, delay: index === slow ? 400 : 1 }));
    const delivered: Delivered<DelayMeta>[] = [];
    await runOnWorkers<DelayTask, DelayMeta>(tasks, { script: DELAY_WORKER, workerData: null, size: 2, window: 6, weigh: () => weight }, async (result) => {
      delivered.push(result);
      return true;
    });
    expect(delivered.map(({ meta }) => meta.index)).toEqual(tasks.map(({ index }) => index));
    expect(delivered.map(({ output }) => Buffer.from(output as Uint8Array).toString('utf8'))).toEqual(tasks.map(({ index }) => `task ${index} ✓\n`));
    // The slow task's batch really did finish after batches behind it (which the pool held back).
    const slowFinish = delivered[slow]?.meta.finishedAt ?? 0;
    expect(delivered.slice(slow + 1).some(({ meta }) => meta.finishedAt < slowFinish)).toBe(true);
  });

  it('stops when the reader has gone, without waiting for the rest', async () => {
    const tasks: DelayTask[] = Array.from({ length: 50 }, (_, index) => ({ index, delay: 1 }));
    const delivered: number[] = [];
    await runOnWorkers<DelayTask, DelayMeta>(tasks, { script: DELAY_WORKER, workerData: null, size: 2, window: 6, weigh: () => BATCH_BYTES }, async ({ meta }) => {
      delivered.push(meta.index);
      return meta.index < 3;
    });
    expect(delivered).toEqual([0, 1, 2, 3]);
  });

  it.each(['json', 'human', 'unix'])('--jobs 2 prints what --jobs 1 prints when a slow large file comes first (%s)', (format) => {
    // The large file is a batch of its own and takes far longer than the small files' batches behind it.
    // Mostly prose without figures: long to read, short to report (a few findings).
    const prose = Array.from({ length: 3000 }, (_, index) => `Paragraph ${index + 1}: the committee met on Tuesday in Texas and agreed to meet again next month.`);
    const large = `Meta will spend $90 billion on capex in 2025.\n\n${prose.join('\n\n')}\n\nMeta expects capex of $60–65 billion in 2024.\n`;
    const small = Object.fromEntries(Array.from({ length: 150 }, (_, index) => [`s-${String(index).padStart(3, '0')}.txt`, `Note ${index}: Meta expects capex of $${60 + (index % 9)} billion in 2025.\n`]));
    const folder = writeCorpus(small);
    writeFileSync(join(folder, '0-large.txt'), large);
    const run = (jobs: string) => runCli(['.', '--no-config', '--date', '2025-03-01', '--format', format, '--jobs', jobs], { cwd: folder, timeout: 120_000 });
    const one = run('1');
    expect(one.stdout).not.toBe('');
    expect(run('2')).toEqual(one);
  });
});
