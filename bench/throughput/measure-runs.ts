/**
 * The whole-run measurements beside the size series: cold start against `node -e 0`, files per second
 * over many small articles with one and more workers, and `--jsonl` over a stream generated on the fly.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateArticle } from './generate-article.js';
import { budgetSkipReason, type Timed } from './growth.js';
import { seedOf } from './random.js';
import { failureOf, type SeriesContext } from './run-shape-series.js';
import { runMeasured, type MeasuredRun } from './run-measured.js';

/** Median seconds of `capcheck ARTICLE --format json` and of `node -e 0`, runs interleaved. */
export async function measureColdStart(context: SeriesContext, runs: number): Promise<{ capcheck: number; node: number; failure: string | null }> {
  const article = join(context.folder, 'cold-start.txt');
  writeFileSync(article, generateArticle(5_000, 'txt', seedOf('cold start')));
  const capcheck: number[] = [];
  const node: number[] = [];
  for (let run = 0; run < runs; run++) {
    const empty = await runMeasured('-e', ['0'], null, { timeoutSeconds: 60, measureRss: false });
    node.push(empty.seconds);
    const checked = await runMeasured(context.cli, [article, '--format', 'json', '--date', context.date, '--no-config'], null, { timeoutSeconds: 60, measureRss: false });
    const failure = failureOf(checked);
    if (failure !== null) return { capcheck: Number.NaN, node: median(node), failure };
    capcheck.push(checked.seconds);
  }
  return { capcheck: median(capcheck), node: median(node), failure: null };
}

/** Files per second with `--jobs N` for each N asked (null: without `--jobs`), over `count` articles of about 5 KB. */
export async function measureFilesPerSecond(context: SeriesContext, count: number, jobs: readonly (number | null)[]): Promise<Map<number | null, { filesPerSecond: number; peakRssBytes: number } | string>> {
  const folder = join(context.folder, 'many');
  mkdirSync(folder, { recursive: true });
  for (let index = 0; index < count; index++) writeFileSync(join(folder, `article-${String(index).padStart(5, '0')}.txt`), generateArticle(5_000, 'txt', seedOf(`file ${index}`)));
  const results = new Map<number | null, { filesPerSecond: number; peakRssBytes: number } | string>();
  for (const workers of jobs) {
    const run = await runMeasured(context.cli, [folder, '--format', 'json', '--date', context.date, '--no-config', ...(workers === null ? [] : ['--jobs', String(workers)])], null, { timeoutSeconds: Math.max(600, context.budgetSeconds * 3) });
    const failure = failureOf(run);
    results.set(workers, failure ?? { filesPerSecond: count / run.seconds, peakRssBytes: run.peakRssBytes });
  }
  return results;
}

/** One `--jsonl` stream size: its time and peak memory, or why it was not measured. */
export type StreamResult = { readonly bytes: number; readonly run: MeasuredRun } | { readonly bytes: number; readonly reason: string };

/** `capcheck --jsonl` over streams of each size, generated on the fly into its stdin, under the time budget. */
export async function measureJsonlStreams(context: SeriesContext, sizes: readonly number[]): Promise<StreamResult[]> {
  const texts = Array.from({ length: 64 }, (_, index) => generateArticle(2_000 + 100 * index, 'txt', seedOf(`stream ${index}`)));
  const walls: Timed[] = [];
  const results: StreamResult[] = [];
  let stopped: string | null = null;
  for (const bytes of sizes) {
    const skip = stopped ?? budgetSkipReason(walls, bytes, context.budgetSeconds);
    if (skip !== null) {
      results.push({ bytes, reason: skip });
      stopped ??= 'skipped: a smaller size was skipped or failed';
      continue;
    }
    const run = await runMeasured(context.cli, ['--jsonl', '--date', context.date, '--no-config'], { chunks: () => jsonlStream(texts, bytes) }, { timeoutSeconds: context.budgetSeconds * 3 });
    const failure = failureOf(run);
    if (failure !== null) {
      results.push({ bytes, reason: failure });
      stopped = 'skipped: a smaller size failed';
      continue;
    }
    walls.push({ bytes, seconds: run.seconds });
    results.push({ bytes, run });
  }
  return results;
}

/** JSON Lines of about `bytes`, cycling through `texts` with fresh ids, in chunks of about 64 KB. */
async function* jsonlStream(texts: readonly string[], bytes: number): AsyncGenerator<string> {
  let written = 0;
  let chunk: string[] = [];
  let chunkSize = 0;
  for (let id = 0; written < bytes; id++) {
    const line = `${JSON.stringify({ id, text: texts[id % texts.length] ?? '' })}\n`;
    chunk.push(line);
    chunkSize += line.length;
    written += line.length;
    if (chunkSize >= 65_536) {
      yield chunk.join('');
      chunk = [];
      chunkSize = 0;
    }
  }
  if (chunk.length > 0) yield chunk.join('');
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
