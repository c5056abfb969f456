/** Issue 13's targets against what one benchmark run measured: pure, so a test can check the verdicts. */
import { formatSeconds, growthExponent } from './growth.js';
import { formatBytes, formatRate, rate, timedOf, type Cell, type SizeRow, type TargetRow } from './print-throughput.js';

const MB = 1e6;
/** The plain-text article series the speed and memory targets are stated for. */
export const PLAIN_ARTICLE = 'article (txt)';

/** Everything the targets are judged on. */
export interface Measurements {
  readonly rows: readonly SizeRow[];
  readonly coldStart: { readonly capcheck: number; readonly node: number; readonly failure: string | null };
  /** Files per second by worker count (null: no --jobs), or why not measured. */
  readonly files: ReadonlyMap<number | null, { readonly filesPerSecond: number } | string>;
  /** Peak RSS of --jsonl at its largest stream, or why not measured. */
  readonly jsonl: { readonly bytes: number; readonly peakRssBytes: number; readonly seconds: number } | string;
  readonly jsonlTargetBytes: number;
}

type Measured = Extract<Cell, { kind: 'measured' }>;

/** The measured cell of the largest size of `shape`, by `pick`. */
function largest(rows: readonly SizeRow[], shape: string, pick: (row: SizeRow) => Cell): Measured | null {
  const cells = rows.filter((row) => row.shape === shape).map(pick).filter((cell): cell is Measured => cell.kind === 'measured');
  return cells.at(-1) ?? null;
}

/** The reason the largest size of `shape` was not measured, if any. */
function missing(rows: readonly SizeRow[], shape: string, bytes: number, pick: (row: SizeRow) => Cell): string {
  const cell = rows.find((row) => row.shape === shape && row.bytes >= bytes && row.bytes < bytes * 1.5);
  if (cell === undefined) return `${formatBytes(bytes)} not in this run`;
  const picked = pick(cell);
  return picked.kind === 'measured' ? '' : picked.reason;
}

/** One target row per target of the issue. */
export function judgeTargets(measured: Measurements): TargetRow[] {
  const { rows } = measured;
  const targets: TargetRow[] = [];
  const endToEnd = largest(rows, PLAIN_ARTICLE, (row) => row.endToEnd);
  targets.push(
    endToEnd === null
      ? { target: 'End to end ≥ 30 MB/s on plain-text articles', measured: 'no size measured', met: false }
      : { target: 'End to end ≥ 30 MB/s on plain-text articles', measured: `${formatRate(rate(endToEnd))} at ${formatBytes(endToEnd.bytes)} (largest size run)`, met: rate(endToEnd) >= 30 },
    endToEnd === null
      ? { target: 'End to end ≥ 1/20 of a one-pass regex scan', measured: 'no size measured', met: false }
      : { target: 'End to end ≥ 1/20 of a one-pass regex scan', measured: `1/${(endToEnd.seconds / endToEnd.scanSeconds).toFixed(0)} (scan ${formatRate(endToEnd.bytes / MB / endToEnd.scanSeconds)})`, met: endToEnd.scanSeconds / endToEnd.seconds >= 1 / 20 },
  );
  const extraction = largest(rows, PLAIN_ARTICLE, (row) => row.extraction);
  targets.push(
    extraction === null
      ? { target: 'Extraction ≥ 100 MB/s', measured: 'no size measured', met: false }
      : { target: 'Extraction ≥ 100 MB/s', measured: `${formatRate(rate(extraction))} at ${formatBytes(extraction.bytes)}`, met: rate(extraction) >= 100 },
  );
  for (const shape of [...new Set(rows.map((row) => row.shape))]) targets.push(judgeExponent(rows, shape));
  const hundred = rows.find((row) => row.shape === PLAIN_ARTICLE && row.bytes >= 100 * MB);
  targets.push(
    hundred?.endToEnd.kind === 'measured'
      ? { target: '100 MB article in ≤ 1 GB RSS', measured: formatBytes(hundred.endToEnd.peakRssBytes), met: hundred.endToEnd.peakRssBytes <= 1e9 }
      : { target: '100 MB article in ≤ 1 GB RSS', measured: `${missing(rows, PLAIN_ARTICLE, 100 * MB, (row) => row.endToEnd)}${rssSoFar(rows)}`, met: hundred === undefined ? null : false },
  );
  const { jsonl } = measured;
  targets.push(
    typeof jsonl === 'string'
      ? { target: `--jsonl over ${formatBytes(measured.jsonlTargetBytes)} in ≤ 200 MB RSS`, measured: jsonl, met: jsonl.startsWith('not in this run') ? null : false }
      : { target: `--jsonl over ${formatBytes(measured.jsonlTargetBytes)} in ≤ 200 MB RSS`, measured: `${formatBytes(jsonl.peakRssBytes)} over ${formatBytes(jsonl.bytes)} (${formatRate(jsonl.bytes / MB / jsonl.seconds)})`, met: jsonl.bytes >= measured.jsonlTargetBytes ? jsonl.peakRssBytes <= 200e6 : null },
  );
  const { coldStart } = measured;
  targets.push(
    coldStart.failure !== null
      ? { target: 'Cold start ≤ 2× `node -e 0`', measured: coldStart.failure, met: false }
      : { target: 'Cold start ≤ 2× `node -e 0`', measured: `${(coldStart.capcheck * 1000).toFixed(0)} ms vs ${(coldStart.node * 1000).toFixed(0)} ms (${(coldStart.capcheck / coldStart.node).toFixed(1)}×)`, met: coldStart.capcheck <= 2 * coldStart.node },
  );
  const one = measured.files.get(1);
  const two = measured.files.get(2);
  targets.push(
    typeof one === 'object' && typeof two === 'object'
      ? { target: 'Two workers ≥ 1.7× one (files/s)', measured: `${two.filesPerSecond.toFixed(0)} vs ${one.filesPerSecond.toFixed(0)} files/s (${(two.filesPerSecond / one.filesPerSecond).toFixed(2)}×)`, met: two.filesPerSecond >= 1.7 * one.filesPerSecond }
      : { target: 'Two workers ≥ 1.7× one (files/s)', measured: typeof one === 'string' ? one : typeof two === 'string' ? two : 'not run', met: false },
  );
  return targets;
}

/**
 * The exponent target of one shape: end-to-end time from 1 MB to 100 MB grows at most as size^1.1. When
 * the span was not run in full, the exponent of the largest sizes run is shown: not met when it is above
 * 1.1 already, else not measured.
 */
function judgeExponent(rows: readonly SizeRow[], shape: string): TargetRow {
  const target = `Time ∝ size^≤1.1 from 1 MB to 100 MB: ${shape}`;
  const series = rows.filter((row) => row.shape === shape).map((row) => row.endToEnd);
  if (!rows.some((row) => row.shape === shape && row.bytes >= MB)) return { target, measured: '1 MB not in this run (--quick)', met: null };
  const points = series.filter((cell): cell is Measured => cell.kind === 'measured');
  const large = points.filter((cell) => cell.bytes >= MB);
  const [first, last] = large.length >= 2 ? [large[0], large.at(-1)] : [points.at(-2), points.at(-1)];
  const gap = series.find((cell): cell is Exclude<Cell, Measured> => cell.kind !== 'measured');
  if (first === undefined || last === undefined) return { target, measured: gap?.reason ?? 'fewer than two sizes run', met: null };
  const exponent = growthExponent(timedOf(first), timedOf(last));
  const span = `${exponent.toFixed(2)} from ${formatBytes(first.bytes)} (${formatSeconds(first.seconds)}) to ${formatBytes(last.bytes)} (${formatSeconds(last.seconds)})`;
  if (first.bytes >= MB && last.bytes >= 100 * MB) return { target, measured: span, met: exponent <= 1.1 };
  return { target, measured: `${span}; then ${gap?.reason ?? 'not run'}`, met: exponent <= 1.1 ? null : false };
}

/** ", largest measured: 40 MB RSS at 1 MB": the memory seen so far, for a skipped 100 MB run. */
function rssSoFar(rows: readonly SizeRow[]): string {
  const cell = largest(rows, PLAIN_ARTICLE, (row) => row.endToEnd);
  return cell === null ? '' : `; largest measured: ${formatBytes(cell.peakRssBytes)} RSS at ${formatBytes(cell.bytes)}`;
}
