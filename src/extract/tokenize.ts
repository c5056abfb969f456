/**
 * Splits text into the tokens the figure grammar reads: digit runs, words, and single
 * characters. Whitespace is not a token; each token records whether it was glued to the
 * previous one, because "5m" and "5 m" mean different things.
 */

/** What a token is, as far as the figure grammar cares. */
export type TokenKind = 'number' | 'word' | 'symbol' | 'dash' | 'punct';

/** One token with its 0-based UTF-16 span in the input (end exclusive). */
export interface Token {
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  /** The token as written. */
  readonly text: string;
  /** Lower-cased text: the key phrase tables are matched on. */
  readonly lower: string;
  /** No whitespace separates this token from the previous one. */
  readonly glued: boolean;
  /** A blank line precedes this token; figures never span a paragraph break. */
  readonly breakBefore: boolean;
}

// Each pattern is a single unambiguous run, so the sticky match cannot backtrack badly.
const SPACE = /\s+/y;
// Numbers are digits joined by "." or "," (scanNumber); which one groups thousands is decided later (parse-numeral.ts).
// "1 234 567,5": thousands grouped by a space, no-break space or thin space.
const SPACED_NUMBER = /\d{1,3}(?:[ \u00A0\u2009\u202F]\d{3}(?![\d]))+(?:[.,]\d+)?/y;
// Dotted capital abbreviations ("U.S.") stay one word so "U.S. dollars" reads as a currency.
const ABBREVIATION = /\p{Lu}(?:\.\p{Lu})+\./uy;
const WORD = /\p{L}+(?:['’]\p{L}+)*/uy;
const ALPHANUMERIC_TAIL = /[\p{L}\p{N}]+/uy;

// Codes that may be glued to digits ("USD34.6"): the tokenizer must split them from the number.
const GLUED_CURRENCY_CODES: ReadonlySet<string> = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'INR', 'CHF', 'CAD', 'AUD', 'HKD', 'US', 'Rs', 'MUSD', 'MEUR', 'MGBP', 'MAUD',
  // after a "$": "$A82,615,680", "$NZ99"
  'A', 'AU', 'NZ', 'C', 'HK', 'S',
]);
const SYMBOLS = '$€£%~+¥₹₩₽₺₪₫฿₱¢#@';
const DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212';

/** Tokenizes `text` in one left-to-right pass. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let position = 0;
  let glued = true;
  let breakBefore = false;
  while (position < length) {
    const code = text.charCodeAt(position);
    // ASCII above the space is never whitespace, so only control and non-ASCII characters pay for the regex.
    const spaceEnd = code <= 32 || code >= 0x80 ? matchAt(SPACE, text, position) : -1;
    if (spaceEnd >= 0 || code <= 32) {
      const end = spaceEnd >= 0 ? spaceEnd : position + 1;
      breakBefore ||= countNewlines(text, position, end) >= 2;
      glued = false;
      position = end;
      continue;
    }
    let end = isDigit(code) ? scanNumber(text, position) : -1;
    let kind: TokenKind = 'number';
    if (end < 0) {
      kind = 'word';
      end = text.charCodeAt(position + 1) === 46 ? matchAt(ABBREVIATION, text, position) : -1;
      if (end < 0) end = scanWord(text, position);
      if (end >= 0 && isDigit(text.charCodeAt(end)) && !GLUED_CURRENCY_CODES.has(text.slice(position, end))) {
        // Letters glued to digits name a thing ("H100s", "FY2025", "Q4"), not an amount.
        end = matchAt(ALPHANUMERIC_TAIL, text, end);
      }
    }
    if (end < 0) {
      end = position + 1;
      const char = text[position] ?? '';
      kind = SYMBOLS.includes(char) ? 'symbol' : DASHES.includes(char) ? 'dash' : 'punct';
    }
    const tokenText = text.slice(position, end);
    tokens.push({
      kind,
      start: position,
      end,
      text: tokenText,
      lower: kind === 'word' ? tokenText.toLowerCase() : tokenText,
      glued,
      breakBefore,
    });
    glued = true;
    breakBefore = false;
    position = end;
  }
  return tokens;
}

/** End of the number at `position` (a digit): NUMBER, or SPACED_NUMBER when digits are grouped by spaces; scanned by hand for speed. */
function scanNumber(text: string, position: number): number {
  let i = position;
  while (isDigit(text.charCodeAt(i))) i++;
  if (i - position <= 3 && isGroupSpace(text.charCodeAt(i)) && isDigit(text.charCodeAt(i + 1))) {
    const spaced = matchAt(SPACED_NUMBER, text, position);
    if (spaced >= 0) return spaced;
  }
  for (let c = text.charCodeAt(i); (c === 46 || c === 44) && isDigit(text.charCodeAt(i + 1)); c = text.charCodeAt(i)) {
    i += 1;
    while (isDigit(text.charCodeAt(i))) i++;
  }
  return i;
}

/** End of the WORD at `position`: ASCII letters by hand, anything else (accents, apostrophes) by the regex. */
function scanWord(text: string, position: number): number {
  let i = position;
  while (isAsciiLetter(text.charCodeAt(i))) i++;
  const next = text.charCodeAt(i);
  if (next >= 0x80 || next === 39 || i === position) return matchAt(WORD, text, position);
  return i;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isGroupSpace(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 0x2009 || code === 0x202f;
}

/** End of a sticky match at `position`, or -1. */
function matchAt(pattern: RegExp, text: string, position: number): number {
  pattern.lastIndex = position;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function countNewlines(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}
