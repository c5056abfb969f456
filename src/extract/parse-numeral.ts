/**
 * Digits as written in English and European news: "1,234.5", "1.234,5", "1 234,5", "66.000",
 * "12,34,567.89" (Indian grouping). The separator's meaning is read from the digits when they
 * settle it, and from the figure's language (a European scale or currency word) when they do not.
 */
import { parseDecimal, type Decimal } from '../money/decimal.js';

const PLAIN = /^\d+$/;
const SPACE = /[ \u00A0\u2009\u202F]/;
const SPACES = /[ \u00A0\u2009\u202F]/g;

/**
 * Parses a number token's text into an exact decimal, or null when no grouping explains it
 * ("3.3.1", "24.01.2025"). `european` says a lone "." or "," before three digits groups thousands.
 */
export function parseNumeral(text: string, european: boolean): Decimal | null {
  if (PLAIN.test(text)) return parseDecimal(text);
  if (SPACE.test(text)) return parseSpaced(text.replace(SPACES, ''));
  const dots = count(text, '.');
  const commas = count(text, ',');
  if (dots === 0 && commas === 0) return parseDecimal(text);
  if (dots > 0 && commas > 0) {
    // The separator written last is the decimal mark: "1,234.5" or "1.234,5".
    const decimalMark = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    const group = decimalMark === '.' ? ',' : '.';
    if (count(text, decimalMark) !== 1) return null;
    const cut = text.lastIndexOf(decimalMark);
    const whole = text.slice(0, cut);
    return isGrouped(whole, group) ? parseDecimal(`${whole.replaceAll(group, '')}.${text.slice(cut + 1)}`) : null;
  }
  const mark = dots > 0 ? '.' : ',';
  const groups = text.split(mark);
  if (groups.length > 2) return isGrouped(text, mark) ? parseDecimal(groups.join('')) : null;
  const [head = '', tail = ''] = groups;
  // "66.000" and "1,234" are ambiguous; "0.250", "3,5" and "1,2345" are not.
  const thousands = tail.length === 3 && head !== '0' && (mark === ',' ? !european : european);
  return parseDecimal(thousands ? head + tail : `${head}.${tail}`);
}

/**
 * True when `text` parses under `parseNumeral` (either reading): the same checks without building
 * the value, so the grammar can reject "3.3.1" cheaply and parse only the digits it keeps.
 */
export function isNumeral(text: string): boolean {
  let dots = 0;
  let commas = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 46) dots++;
    else if (code === 44) commas++;
  }
  if (dots + commas <= 1 || SPACE.test(text)) return true;
  if (dots > 0 && commas > 0) {
    const decimalMark = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    if ((decimalMark === '.' ? dots : commas) !== 1) return false;
    return isGrouped(text.slice(0, text.lastIndexOf(decimalMark)), decimalMark === '.' ? ',' : '.');
  }
  return isGrouped(text, dots > 0 ? '.' : ',');
}

/** "1 234 567" or "1 234,5": spaces group thousands, a final "." or "," is the decimal mark. */
function parseSpaced(text: string): Decimal | null {
  return parseDecimal(text.replace(',', '.'));
}

/** True when `text` is digit groups joined by `mark`: three digits each after the first, or Indian lakh grouping. */
function isGrouped(text: string, mark: string): boolean {
  const groups = text.split(mark);
  const [head = '', ...rest] = groups;
  if (head.length === 0 || head.length > 3 || rest.length === 0) return false;
  if (rest.every((group) => group.length === 3)) return true;
  // 12,34,567: two-digit groups, then a last group of three.
  return mark === ',' && head.length <= 2 && rest.at(-1)?.length === 3 && rest.slice(0, -1).every((group) => group.length === 2);
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text[i] === char) n++;
  return n;
}
