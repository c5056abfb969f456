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

/** A byline's or dateline's date: "By A. Writer, February 10, 2025", "Published 10 Feb 2025 · 5 min read". */
const HEADER_DATE = /\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})\b/;
/** A header line that dates a revision, not the article. */
const UPDATED = /\b(?:updated|modified|revised|edited)\b/i;
/** Lines near the top where a byline or dateline stands. */
const BYLINE_LINES = 6;

/**
 * The date an article states for itself: Markdown front matter `date:`, else a `Date:` line
 * among its first lines, else a date written in a byline or dateline there (not an "Updated"
 * line). Null when it states none, or states one capcheck cannot read.
 */
export function findStatedDate(source: string): IsoDate | null {
  const frontMatter = FRONT_MATTER.exec(source);
  const header = frontMatter?.[1] ?? source.split(/\r?\n/, HEADER_LINES).join('\n');
  const value = DATE_LINE.exec(header)?.[1];
  if (value !== undefined) return parseWrittenDate(value.trim());
  if (frontMatter) return null;
  return findBylineDate(source);
}

function findBylineDate(source: string): IsoDate | null {
  const lines = source.split(/\r?\n/, HEADER_LINES).filter((line) => line.trim() !== '').slice(0, BYLINE_LINES);
  for (const line of lines) {
    if (UPDATED.test(line)) continue;
    const written = HEADER_DATE.exec(line)?.[0];
    const date = written === undefined ? null : parseWrittenDate(written.replace(/\s+/g, ' '));
    if (date !== null) return date;
  }
  return null;
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
