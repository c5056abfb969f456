/**
 * `npm run bench:throughput`: how fast capcheck runs and how its time and memory grow, on a corpus it
 * generates (no ../shared needed): articles (text, Markdown, HTML) and issue 13's hostile shapes from 1 KB
 * to 100 MB, extraction in process and the command line end to end, each against a one-pass regex scan of
 * the same text in the same run; cold start against `node -e 0`; files/s with 1, 2 and N workers; and
 * `--jsonl` over a stream up to 1 GB. Prints the per-size table and one table of the issue's targets.
 *
 * Options: --quick (sizes up to 100 KB, 200 files, a 1 MB stream), --budget SECONDS (per run of a series:
 * a size predicted to take longer is skipped; default 120, or CAPCHECK_BENCH_BUDGET), --only TEXT (shapes
 * whose name contains TEXT; the other measurements are left out).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../extract/shared-data.js';
import { SHAPES, shapeLabel } from './corpus-shapes.js';
import { judgeTargets, type Measurements } from './judge-targets.js';
import { measureColdStart, measureFilesPerSecond, measureJsonlStreams, type StreamResult } from './measure-runs.js';
import { formatBytes, formatRate, formatSizeTable, formatTargetTable, type SizeRow } from './print-throughput.js';
import { runShapeSeries, type SeriesContext } from './run-shape-series.js';

const FULL_SIZES = [1e3, 1e4, 1e5, 1e6, 1e7, 1e8];
const QUICK_SIZES = [1e3, 1e4, 1e5];
const STREAM_SIZES = [1e7, 1e8, 1e9];
const QUICK_STREAM_SIZES = [1e6];
const DEFAULT_BUDGET_SECONDS = 120;

async function main(argv: readonly string[]): Promise<number> {
  const option = (name: string): string | undefined => {
    const at = argv.indexOf(name);
    return at === -1 ? undefined : argv[at + 1];
  };
  const quick = argv.includes('--quick');
  const budgetSeconds = Number(option('--budget') ?? process.env['CAPCHECK_BENCH_BUDGET'] ?? DEFAULT_BUDGET_SECONDS);
  if (!(budgetSeconds > 0)) {
    process.stderr.write('bench:throughput: --budget must be a positive number of seconds\n');
    return 2;
  }
  const only = option('--only');
  const folder = mkdtempSync(join(tmpdir(), 'capcheck-throughput-'));
  const context: SeriesContext = { cli: join(REPO_ROOT, 'bin', 'capcheck.js'), folder, budgetSeconds, date: '2025-06-30' };
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  const started = performance.now();
  try {
    const rows: SizeRow[] = [];
    for (const shape of SHAPES.filter((candidate) => only === undefined || shapeLabel(candidate).includes(only))) {
      rows.push(...(await runShapeSeries(shape, quick ? QUICK_SIZES : FULL_SIZES, context, log)));
    }
    console.log(`## Throughput by size (budget ${budgetSeconds} s per run${quick ? ', --quick' : ''})\n\n${formatSizeTable(rows)}\n`);
    if (only !== undefined) return 0;

    log('cold start');
    const coldStart = await measureColdStart(context, quick ? 3 : 7);
    const cores = availableParallelism();
    const jobs = [...new Set([null, 1, 2, cores])];
    const fileCount = quick ? 200 : 2_000;
    log(`files/s over ${fileCount} articles`);
    const files = await measureFilesPerSecond(context, fileCount, jobs);
    const streamSizes = quick ? QUICK_STREAM_SIZES : STREAM_SIZES;
    log('--jsonl streams');
    const streams = await measureJsonlStreams(context, streamSizes);
    const jsonlTargetBytes = 1e9;
    const measurements: Measurements = { rows, coldStart, files, jsonl: jsonlOutcome(streams, jsonlTargetBytes, quick), jsonlTargetBytes };
    console.log('## Many files and streams\n');
    console.log('| run | result |\n| --- | --- |');
    for (const [workers, result] of files) {
      console.log(`| ${fileCount} articles of ~5 KB, ${workers === null ? 'no --jobs' : `--jobs ${workers}`} | ${typeof result === 'string' ? result : `${result.filesPerSecond.toFixed(1)} files/s, ${formatBytes(result.peakRssBytes)} peak RSS`} |`);
    }
    for (const stream of streams) {
      console.log(`| --jsonl over ${formatBytes(stream.bytes)} | ${'reason' in stream ? stream.reason : `${formatRate(stream.bytes / 1e6 / stream.run.seconds)}, ${formatBytes(stream.run.peakRssBytes)} peak RSS, ${stream.run.stdoutLines} result lines`} |`);
    }
    console.log(`\n## Targets (issue 13)\n\n${formatTargetTable(judgeTargets(measurements))}\n`);
    console.log(NOTES(cores, (performance.now() - started) / 1000));
    return 0;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The --jsonl target's measurement: the stream of the target size, else why it is missing (a failure first). */
function jsonlOutcome(streams: readonly StreamResult[], targetBytes: number, quick: boolean): Measurements['jsonl'] {
  const target = streams.find((stream) => stream.bytes >= targetBytes);
  if (target !== undefined && 'run' in target) return { bytes: target.bytes, peakRssBytes: target.run.peakRssBytes, seconds: target.run.seconds };
  const failed = streams.find((stream) => 'reason' in stream && stream.reason.startsWith('failed'));
  if (failed !== undefined && 'reason' in failed) return `${formatBytes(failed.bytes)} stream ${failed.reason}`;
  if (target !== undefined && 'reason' in target) return target.reason;
  return `not in this run${quick ? ' (--quick)' : ''}`;
}

const NOTES = (cores: number, seconds: number): string => `Sizes are decimal (1 MB = 10^6 bytes); MB/s likewise. The corpus is generated (bench/throughput/):
articles written for the project with seeded randomness, and the hostile shapes of issue 13. Extraction
is extractFigures over the document prepareDocument read, timed in a child process (repeated passes for
at least 0.2 s on small sizes); end to end is \`node bin/capcheck.js FILE --format json --date … --no-config\`,
wall time from spawn to exit. The scan is one regex pass over the same text, timed in this process in the
same run. exp. = log(t2/t1)/log(s2/s1) from the size before. Peak RSS is the larger of the child's own
maxRSS and its process tree's sampled from /proc. A size is skipped when the sizes before predict it
would take longer than the budget (the smallest size's time as start-up, the rest grown by its last
exponent, never less than linear; see growth.ts); larger sizes follow it. A run is killed at 3× the budget.
Hardware: ${process.arch}, ${cores} cores, Node ${process.version}; ${seconds.toFixed(0)} s in all.`;

process.exitCode = await main(process.argv.slice(2));
