/**
 * The extract stage: finds money figures, GPU, power and user counts, and percentages in
 * prose, with exact values in base units and their spans in the text.
 */
import type { Figure, TextSpan } from '../types.js';
import { isCjkCode } from './is-cjk.js';
import { extractListMemberFigures } from './list-member-figures.js';
import { extractUnitColumnFigures, type ColumnUnit } from './unit-column-figures.js';
import { extractWrittenFigures } from './written-figures.js';
import { overlapsAny } from './overlaps-any.js';

/**
 * Extracts the figures of `text`, sorted by `start` and never overlapping. `barriers` (sorted) are where
 * the reader blanked non-prose (`ArticleDocument.barriers`): no figure runs across one.
 */
export function extractFigures(text: string, barriers: readonly TextSpan[] = []): Figure[] {
  const figures = extractWrittenFigures(text, barriers);
  const columns = extractUnitColumnFigures(text, figures, readColumnUnit);
  const listed = extractListMemberFigures(text, figures, readOneFigure).filter((figure) => !overlapsAny(columns, figure.start, figure.end));
  return columns.length + listed.length === 0 ? figures : [...figures, ...columns, ...listed].sort((a, b) => a.start - b.start);
}

/** The one figure `written` is from end to end, or null. */
function readOneFigure(written: string): Figure | null {
  const [figure, ...rest] = extractWrittenFigures(written);
  return figure !== undefined && rest.length === 0 && figure.start === 0 && figure.end === written.length ? figure : null;
}

// A unit named in a header, as one unit of money: "Mrd. $" read as "1 Mrd. $", "$B" as "$1 B", "$ in billions" as "$1 billions".
const SIGN_FIRST = /^(US\$|\$|€|£|¥)\s*(.*)$/u;

function readColumnUnit(unit: string): ColumnUnit | null {
  const words = unit
    .replace(/(?<![\p{L}])(?:in|en|im|em|de)(?![\p{L}])|,/gu, ' ')
    .replace(/(?<=illion)s\b/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  const sign = SIGN_FIRST.exec(words);
  // CJK writes no space between a number and its unit ("1億ドル").
  const space = isCjkCode(words.charCodeAt(0)) ? '' : ' ';
  const written = sign === null ? `1${space}${words}` : `${sign[1] ?? ''}1 ${sign[2] ?? ''}`.trim();
  const [figure, ...rest] = extractWrittenFigures(written);
  if (figure === undefined || rest.length > 0 || figure.kind !== 'money' || figure.start !== 0 || figure.end !== written.length || figure.amount.kind !== 'exact') return null;
  return { value: figure.amount.value, currency: figure.currency };
}
