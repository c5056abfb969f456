import type { IsoDate } from '../types.js';
import { toIsoDate } from './iso-date.js';

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
/** `date:` lines as front matter and article headers write them; `published:` is common too. */
const DATE_LINE = /^[ \t]*(?:date|published|published_at|pubdate)[ \t]*:[ \t]*["']?([^"'\r\n]+?)["']?[ \t]*$/im;
/** How many leading lines a plain-text header may take before the article proper. */
const HEADER_LINES = 10;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ISO_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;
const MONTH_DAY_YEAR = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/;

/**
 * The date an article states for itself: Markdown front matter `date:`, else a `Date:` line
 * among its first lines. Null when it states none, or states one capcheck cannot read.
 */
export function findStatedDate(source: string): IsoDate | null {
  const frontMatter = FRONT_MATTER.exec(source);
  const header = frontMatter?.[1] ?? source.split(/\r?\n/, HEADER_LINES).join('\n');
  const value = DATE_LINE.exec(header)?.[1];
  return value === undefined ? null : parseWrittenDate(value.trim());
}

/** Reads "2025-01-25", "2025-01-25T09:00:00Z", "January 25, 2025" or "25 Jan 2025". */
export function parseWrittenDate(value: string): IsoDate | null {
  const iso = ISO_PREFIX.exec(value);
  if (iso) return toIsoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const mdy = MONTH_DAY_YEAR.exec(value);
  if (mdy) return fromMonthName(mdy[1] ?? '', Number(mdy[2]), Number(mdy[3]));
  const dmy = DAY_MONTH_YEAR.exec(value);
  if (dmy) return fromMonthName(dmy[2] ?? '', Number(dmy[1]), Number(dmy[3]));
  return null;
}

function fromMonthName(name: string, day: number, year: number): IsoDate | null {
  const month = MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
  return month === 0 ? null : toIsoDate(year, month, day);
}
