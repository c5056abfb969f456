/** The width the human report is drawn for when nothing says otherwise, as most terminals open. */
export const DEFAULT_WIDTH = 80;

/**
 * The width, in columns, the human report must fit: the terminal's own when stdout is one, else the
 * `COLUMNS` environment variable when it is a positive whole number (so `COLUMNS=100 capcheck … | less`
 * works), else 80.
 */
export function terminalWidth(stdout: { readonly isTTY?: boolean; readonly columns?: number }, env: NodeJS.ProcessEnv): number {
  if (stdout.isTTY === true && isPositiveInteger(stdout.columns)) return stdout.columns;
  const columns = env['COLUMNS']?.trim() ?? '';
  if (/^\d+$/.test(columns) && isPositiveInteger(Number(columns))) return Number(columns);
  return DEFAULT_WIDTH;
}

function isPositiveInteger(value: number | undefined): value is number {
  return value !== undefined && Number.isSafeInteger(value) && value > 0;
}
