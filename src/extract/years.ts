/**
 * Years written as bare numbers ("in 2024 GPUs were scarce", "2025 dollars") must not be
 * read as counts, while "2048 GPUs" is a count.
 */
import type { Token } from './tokenize.js';

const YEAR = /^(?:19|20)\d\d$/;

// Words after which a four-digit number is a year: "in 2024", "fiscal 2025", "January 2025".
const YEAR_LEADS: ReadonlySet<string> = new Set([
  'in', 'by', 'since', 'until', 'till', 'through', 'throughout', 'during', 'before', 'after', 'from', 'for',
  'fiscal', 'fy', 'year', 'early', 'late', 'mid', 'end', 'circa', 'spring', 'summer', 'autumn', 'fall', 'winter',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** True when the number token looks like a calendar year (1900–2099, no separators). */
export function isYearLike(token: Token): boolean {
  return token.kind === 'number' && YEAR.test(token.text);
}

/** True when the token before `index` introduces a year ("in", "fiscal", a month name). */
export function followsYearLead(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  return previous !== undefined && previous.kind === 'word' && YEAR_LEADS.has(previous.lower);
}
