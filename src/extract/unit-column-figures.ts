/**
 * Money written as bare numbers whose unit a table header states once: under
 * "Company 2025 (Mrd. $) 2026 (Mrd. $) Change", the row "Microsoft 65 105 +61,5%" holds two
 * money figures, 65 and 105 billion dollars. The unit is read by the figure grammar itself
 * ("1 Mrd. $"), so every scale and currency it knows works in a header: "($B)", "(US$ bn)",
 * "(億ドル)", "(Mrd. €)".
 */
import type { Figure } from '../types.js';
import { multiplyDecimals, parseDecimal, type Decimal } from '../money/decimal.js';
import { overlapsAny } from './overlaps-any.js';

/** A unit the header states for a column: the value of one written unit, and its currency. */
export interface ColumnUnit {
  readonly value: Decimal;
  readonly currency: Extract<Figure, { kind: 'money' }>['currency'];
}

/** A year column with its unit in parentheses: "2025 (Mrd. $)", "2026 Capex ($B)", "2025年(億ドル)". */
const UNIT_COLUMN = /(?<!\d)20\d\d(?!\d)[^\d()（）\n|]{0,24}?[(（]([^()（）\n]{1,24})[)）]/gu;
/** A bare number in a row: digits, with one decimal part of one or two digits ("61,5", "1.25"); never "1,500". */
const BARE_NUMBER = /(?<![\d.,%$€£¥\p{L}])(\d{1,4})(?:[.,](\d{1,2}))?(?![\d%\p{L}]|[.,]\d)/gu;
/** A row is a label and a few cells, never a sentence. */
const MAX_ROW_WORDS = 14;
/** A row opens with a label (a company, a total), not a number. */
const ROW_LABEL = /^[\s|*_]*[\p{L}(][^\d\n|]*?(?=[\s|]+\d)/u;

/**
 * Reads the bare numbers of tables whose header states a money unit for its year columns. A row
 * gives figures only when its bare numbers are as many as those columns; the table ends at the
 * first line that is no such row. `readUnit` reads a unit such as "Mrd. $" as one unit's money.
 */
export function extractUnitColumnFigures(text: string, figures: readonly Figure[], readUnit: (unit: string) => ColumnUnit | null): Figure[] {
  // Most texts hold no year in parentheses' reach at all: one scan for a parenthesis skips the line-by-line pass.
  if (!text.includes('(') && !text.includes('（')) return [];
  const found: Figure[] = [];
  let units: readonly ColumnUnit[] | null = null;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const header = readHeaderUnits(line, readUnit);
    if (header !== null) units = header;
    else if (units !== null) {
      const row = readRow(line, lineStart, units, figures);
      if (row === null) units = null;
      else found.push(...row);
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return found;
}

/** The units of a header's year columns, when every one states a money unit; null for any other line. */
function readHeaderUnits(line: string, readUnit: (unit: string) => ColumnUnit | null): ColumnUnit[] | null {
  const units: ColumnUnit[] = [];
  for (const match of line.matchAll(UNIT_COLUMN)) {
    const unit = readUnit((match[1] ?? '').trim());
    if (unit === null) return null;
    units.push(unit);
  }
  return units.length > 0 ? units : null;
}

/** The money figures of one row, or null when the line is no row of the table (blank lines are part of it: []). */
function readRow(line: string, lineStart: number, units: readonly ColumnUnit[], figures: readonly Figure[]): Figure[] | null {
  if (/^[\s|:\-]*$/u.test(line)) return [];
  const label = ROW_LABEL.exec(line);
  if (label === null) return null;
  const numbers = [...line.slice(label[0].length).matchAll(BARE_NUMBER)]
    .map((match) => ({ match, start: lineStart + label[0].length + match.index, end: lineStart + label[0].length + match.index + match[0].length }))
    .filter((number) => !overlapsAny(figures, number.start, number.end));
  // A row is short and no sentence; its numbers are amounts, not years.
  if (numbers.length !== units.length || line.trim().split(/\s+/u).length > MAX_ROW_WORDS || /[.!?。]\s*$/u.test(line)) return null;
  if (numbers.some(({ match }, index) => /^(?:19|20)\d\d$/u.test(match[0]) && isBillionsOrMore(units[index]))) return null;
  return numbers.flatMap(({ match, start, end }, index) => {
    const unit = units[index];
    const fraction = match[2] ?? '';
    const written = parseDecimal(`${match[1] ?? ''}${fraction === '' ? '' : `.${fraction}`}`);
    const step = parseDecimal(fraction === '' ? '1' : `0.${'0'.repeat(fraction.length - 1)}1`);
    if (unit === undefined || written === null || step === null) return [];
    const figure: Figure = {
      text: match[0],
      start,
      end,
      amount: { kind: 'exact', value: multiplyDecimals(written, unit.value) },
      precision: multiplyDecimals(step, unit.value),
      kind: 'money',
      currency: unit.currency,
    };
    return [figure];
  });
}

/** "2025" in a column of billions is a year; in one of 億 (10^8) or millions it may well be an amount. */
function isBillionsOrMore(unit: ColumnUnit | undefined): boolean {
  return unit === undefined || unit.value.coefficient.toString().length - 1 + unit.value.exponent >= 9;
}
