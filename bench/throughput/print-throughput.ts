/** The throughput benchmark's tables, as Markdown: pure functions of the measurements. */
import type { Timed } from './growth.js';
import { growthExponent } from './growth.js';

/** One timed cell: measured, skipped under the budget, or failed (crash, out of memory, time limit, exit 2). */
export type Cell =
  | { readonly kind: 'measured'; readonly seconds: number; readonly bytes: number; readonly scanSeconds: number; readonly peakRssBytes: number }
  | { readonly kind: 'skipped'; readonly reason: string }
  | { readonly kind: 'failed'; readonly reason: string };

/** One size of one shape. */
export interface SizeRow {
  readonly shape: string;
  readonly bytes: number;
  readonly extraction: Cell;
  readonly endToEnd: Cell;
}

/** One target of the issue, as measured. `met` null: not measured (quick run, feature absent). */
export interface TargetRow {
  readonly target: string;
  readonly measured: string;
  readonly met: boolean | null;
}

const MB = 1e6;

/** "1 KB", "10 MB": sizes in decimal units. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${+(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= MB) return `${+(bytes / MB).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${+(bytes / 1e3).toFixed(1)} KB`;
  return `${bytes} B`;
}

/** MB/s of a measured cell. */
export function rate(cell: Extract<Cell, { kind: 'measured' }>): number {
  return cell.bytes / MB / cell.seconds;
}

/** How a cell reads: "12.3 MB/s (1/40 scan)", or its reason. */
function describeCell(cell: Cell, withRss: boolean): string {
  if (cell.kind !== 'measured') return cell.reason;
  const ratio = cell.scanSeconds / cell.seconds;
  const share = ratio >= 1 ? `${ratio.toFixed(1)}× scan` : `1/${(1 / ratio).toFixed(0)} of scan`;
  const rss = withRss && cell.peakRssBytes > 0 ? `, ${formatBytes(cell.peakRssBytes)} RSS` : '';
  return `${formatRate(rate(cell))} in ${cell.seconds.toFixed(2)} s (${share}${rss})`;
}

/** "0.14 MB/s", "530 MB/s": three significant figures at most. */
export function formatRate(mbPerSecond: number): string {
  return `${mbPerSecond >= 100 ? mbPerSecond.toFixed(0) : mbPerSecond >= 1 ? mbPerSecond.toFixed(1) : mbPerSecond.toPrecision(2)} MB/s`;
}

/** The growth exponent from the previous measured size of the same series, or "". */
function exponentFrom(previous: Cell | undefined, cell: Cell): string {
  if (previous?.kind !== 'measured' || cell.kind !== 'measured') return '';
  return growthExponent(timedOf(previous), timedOf(cell)).toFixed(2);
}

/** A measured cell as a point of its series. */
export function timedOf(cell: Extract<Cell, { kind: 'measured' }>): Timed {
  return { bytes: cell.bytes, seconds: cell.seconds };
}

/** Every shape and size: extraction and end to end, each with its exponent from the size before. */
export function formatSizeTable(rows: readonly SizeRow[]): string {
  const lines = ['| shape | size | extraction (in process) | exp. | end to end (`capcheck FILE --format json`) | exp. |', '| --- | --- | --- | --- | --- | --- |'];
  rows.forEach((row, index) => {
    const previous = rows[index - 1]?.shape === row.shape ? rows[index - 1] : undefined;
    lines.push(`| ${row.shape} | ${formatBytes(row.bytes)} | ${describeCell(row.extraction, false)} | ${exponentFrom(previous?.extraction, row.extraction)} | ${describeCell(row.endToEnd, true)} | ${exponentFrom(previous?.endToEnd, row.endToEnd)} |`);
  });
  return lines.join('\n');
}

/** The targets of issue 13, each with what was measured and whether it is met. */
export function formatTargetTable(rows: readonly TargetRow[]): string {
  const verdict = (met: boolean | null): string => (met === null ? 'not measured' : met ? 'met' : 'not met');
  return ['| target | measured | met |', '| --- | --- | --- |', ...rows.map((row) => `| ${row.target} | ${row.measured} | ${verdict(row.met)} |`)].join('\n');
}
