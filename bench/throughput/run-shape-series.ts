/**
 * One shape at every size: writes the document, times extraction in a child and the command line end to
 * end, and skips a size when the one before predicts it would overrun the time budget. Once a size is
 * skipped or fails, the larger ones are skipped too.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { budgetSkipReason, type Timed } from './growth.js';
import type { CorpusShape } from './corpus-shapes.js';
import { shapeLabel } from './corpus-shapes.js';
import type { Cell, SizeRow } from './print-throughput.js';
import { BENCH_DIR, runMeasured, type MeasuredRun } from './run-measured.js';
import { scanFigures, timePerPass } from './scan-figures.js';
import type { ExtractionTiming } from './time-extraction.js';

/** What every series shares: where the CLI is, where files go, the budget, the article date. */
export interface SeriesContext {
  readonly cli: string;
  readonly folder: string;
  readonly budgetSeconds: number;
  readonly date: string;
}

/** A series' measured points (wall seconds of its child, for the budget) and whether it has stopped. */
interface SeriesState {
  readonly walls: Timed[];
  stopped: string | null;
}

/** Every size of `shape`, smallest first. */
export async function runShapeSeries(shape: CorpusShape, sizes: readonly number[], context: SeriesContext, log: (line: string) => void): Promise<SizeRow[]> {
  const extraction: SeriesState = { walls: [], stopped: null };
  const endToEnd: SeriesState = { walls: [], stopped: null };
  const rows: SizeRow[] = [];
  for (const size of sizes) {
    const text = shape.build(size);
    const bytes = Buffer.byteLength(text);
    const file = join(context.folder, `${shape.name.replace(/\W+/g, '-')}-${size}.${shape.format}`);
    writeFileSync(file, text);
    const scanSeconds = timePerPass(() => scanFigures(text), 200);
    const extractionCell = await measureStep(extraction, size, context, bytes, scanSeconds, () => runMeasured(join(BENCH_DIR, 'time-extraction.js'), [file], null, { timeoutSeconds: context.budgetSeconds * 3, keepStdout: true }), (run) => {
      const timing = JSON.parse(run.stdoutText) as ExtractionTiming;
      return { seconds: timing.extractSeconds, wall: run.seconds };
    });
    const endToEndCell = await measureStep(endToEnd, size, context, bytes, scanSeconds, () => runMeasured(context.cli, [file, '--format', 'json', '--date', context.date, '--no-config'], null, { timeoutSeconds: context.budgetSeconds * 3 }), (run) => ({ seconds: run.seconds, wall: run.seconds }));
    rmSync(file, { force: true });
    rows.push({ shape: shapeLabel(shape), bytes, extraction: extractionCell, endToEnd: endToEndCell });
    log(`${shapeLabel(shape)} ${size}: extraction ${extractionCell.kind}, end to end ${endToEndCell.kind}${endToEndCell.kind === 'measured' ? ` ${endToEndCell.seconds.toFixed(2)} s` : ''}`);
  }
  return rows;
}

/** Runs one step of a series unless the budget or an earlier stop says to skip it. */
async function measureStep(
  state: SeriesState,
  size: number,
  context: SeriesContext,
  bytes: number,
  scanSeconds: number,
  run: () => Promise<MeasuredRun>,
  read: (run: MeasuredRun) => { seconds: number; wall: number },
): Promise<Cell> {
  if (state.stopped !== null) return { kind: 'skipped', reason: state.stopped };
  const skip = budgetSkipReason(state.walls, size, context.budgetSeconds);
  if (skip !== null) {
    state.stopped = 'skipped: a smaller size was skipped';
    return { kind: 'skipped', reason: skip };
  }
  const result = await run();
  const failure = failureOf(result);
  if (failure !== null) {
    state.stopped = 'skipped: a smaller size failed';
    return { kind: 'failed', reason: failure };
  }
  const { seconds, wall } = read(result);
  state.walls.push({ bytes: size, seconds: wall });
  return { kind: 'measured', seconds, bytes, scanSeconds, peakRssBytes: result.peakRssBytes };
}

/** Why a run does not count (crash, signal, time limit, exit 2), or null for exit 0 or 1. */
export function failureOf(run: MeasuredRun): string | null {
  if (run.timedOut) return `failed: killed after ${run.seconds.toFixed(0)} s (3× the budget)`;
  if (run.status === 0 || run.status === 1) return null;
  const said = run.lastStderrLine.slice(0, 160).replace(/\|/g, '\\|');
  return `failed: ${run.signal !== null ? `signal ${run.signal}` : `exit ${run.status}`}${said === '' ? '' : `: ${said}`}`;
}
