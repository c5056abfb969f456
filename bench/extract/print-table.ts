/** Renders the benchmark table as Markdown: a pure function from rows to a string. */

/** One table row: the metric, one cell per system, the target and whether capcheck meets it. */
export interface Row {
  readonly metric: string;
  readonly capcheck: string;
  readonly recognizers: string;
  readonly cqe: string;
  readonly quantulum: string;
  readonly target: string;
  readonly met: boolean | null;
}

const HEADER = ['metric', 'capcheck', 'RT-JS 1.3.1 (run here)', 'CQE (published)', 'quantulum3 (published)', 'target', 'met'];

/** The rows as a Markdown table. */
export function printTable(rows: readonly Row[]): string {
  const cells = rows.map((r) => [r.metric, r.capcheck, r.recognizers, r.cqe, r.quantulum, r.target, r.met === null ? '' : r.met ? 'yes' : 'NO']);
  const widths = HEADER.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (values: readonly string[]): string => `| ${values.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(HEADER), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/** "F1 (P/R)" with one decimal. */
export function prf(score: { p: number; r: number; f1: number }): string {
  return `${score.f1.toFixed(1)} (${score.p.toFixed(1)}/${score.r.toFixed(1)})`;
}

/** A published F1, or "–" when there is none. */
export function published(value: number | undefined): string {
  return value === undefined ? '–' : value.toFixed(1);
}
