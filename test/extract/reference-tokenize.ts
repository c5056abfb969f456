/**
 * The tokenizer as it was before the char-class rewrite (src/extract/tokenize.ts), kept verbatim
 * as the reference the property test holds the fast one to: same tokens, field for field.
 * Since then it has learnt CJK (marked below), written with regexes where the fast one scans by hand.
 */
import { CJK_CLASS_BODY } from '../../src/extract/is-cjk.js';
import type { Token, TokenKind } from '../../src/extract/tokenize.js';
import { CURRENCY_CODES } from '../../src/types.js';

// CJK: one token per kana, Han or Hangul letter; other words stop before them; full-width digits make numbers.
const CJK_LETTER = new RegExp(`[${CJK_CLASS_BODY}]`, 'uy');
const NOT_CJK = `(?![${CJK_CLASS_BODY}])`;
const WIDE_NUMBER = /[０-９]+(?:[，．,.][０-９]+)*/y;

// Each pattern is a single unambiguous run, so the sticky match cannot backtrack badly.
const SPACE = /\s+/y;
// Numbers are digits joined by "." or "," (scanNumber); which one groups thousands is decided later (parse-numeral.ts).
// "1 234 567,5": thousands grouped by a space, no-break space or thin space.
const SPACED_NUMBER = /\d{1,3}(?:[ \u00A0\u2009\u202F]\d{3}(?![\d]))+(?:[.,]\d+)?/y;
// Dotted single-letter abbreviations ("U.S.", "u.s") stay one word so "U.S. dollars" and "u.s $" read as currencies.
const ABBREVIATION = new RegExp(`${NOT_CJK}\\p{L}(?:\\.${NOT_CJK}\\p{L}(?!${NOT_CJK}\\p{L}))+\\.?`, 'uy');
const WORD = new RegExp(`${NOT_CJK}\\p{L}(?:${NOT_CJK}[\\p{L}\\p{M}])*(?:['’]${NOT_CJK}\\p{L}(?:${NOT_CJK}[\\p{L}\\p{M}])*)*`, 'uy');
const ALPHANUMERIC_TAIL = new RegExp(`(?:${NOT_CJK}[\\p{L}\\p{N}])+`, 'uy');

// Codes that may be glued to digits ("USD34.6"): the tokenizer must split them from the number.
const GLUED_CURRENCY_CODES: ReadonlySet<string> = new Set([
  ...CURRENCY_CODES, 'RMB', 'US', 'Rs', 'MUSD', 'MEUR', 'MGBP', 'MAUD', 'RM', 'Rp', 'BTC', 'NIS',
  // after a "$": "$A82,615,680", "$NZ99"
  'A', 'AU', 'NZ', 'C', 'HK', 'S',
]);
const SYMBOLS = '$€£%~+¥₹₩₽₺₪₫฿₱¢₿₴₦₡₾₭#@';
const DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212';

/** Tokenizes `text` in one left-to-right pass. */
export function referenceTokenize(text: string): Token[] {
  // The old tokenizer kept this across calls: a word matched by another pattern at a stale
  // scannedEnd took the previous text's lower-case flag ("U.S." kept its capitals). Reset it,
  // so the reference is the old tokenizer without that bug.
  scannedEnd = -1;
  const tokens: Token[] = [];
  const length = text.length;
  let position = 0;
  let glued = true;
  let breakBefore = false;
  while (position < length) {
    const code = text.charCodeAt(position);
    if (code <= 32) {
      // ASCII whitespace by hand (the common case); newlines counted as they pass.
      let newlines = 0;
      let end = position;
      for (let c = code; c <= 32 && end < length; c = text.charCodeAt(++end)) if (c === 10) newlines++;
      breakBefore ||= newlines >= 2;
      glued = false;
      position = end;
      continue;
    }
    // Only non-ASCII characters pay for the Unicode whitespace regex.
    const spaceEnd = code >= 0x80 ? matchAt(SPACE, text, position) : -1;
    if (spaceEnd >= 0) {
      breakBefore ||= countNewlines(text, position, spaceEnd) >= 2;
      glued = false;
      position = spaceEnd;
      continue;
    }
    let end = isDigit(code) ? scanNumber(text, position) : matchAt(WIDE_NUMBER, text, position);
    let kind: TokenKind = 'number';
    const cjkEnd = matchAt(CJK_LETTER, text, position);
    if (cjkEnd >= 0) {
      kind = 'word';
      end = cjkEnd;
    } else if (end < 0) {
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
      // Most words are plain lower-case ASCII: they are their own lower-case form, with no new string.
      lower: kind === 'word' && !(scannedLowerAscii && end === scannedEnd) ? tokenText.toLowerCase() : kind === 'number' ? toAscii(tokenText) : tokenText,
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

// Set by scanWord: the word it scanned by hand ended at scannedEnd and was all lower-case ASCII (saves a second pass).
let scannedLowerAscii = false;
let scannedEnd = -1;

/** End of the WORD at `position`: ASCII letters by hand, anything else (accents, apostrophes) by the regex. */
function scanWord(text: string, position: number): number {
  let i = position;
  let lower = true;
  for (let code = text.charCodeAt(i); ; code = text.charCodeAt(++i)) {
    if (code >= 97 && code <= 122) continue;
    if (code >= 65 && code <= 90) lower = false;
    else break;
  }
  const next = text.charCodeAt(i);
  scannedLowerAscii = false;
  if (next >= 0x80 || next === 39 || i === position) return matchAt(WORD, text, position);
  scannedLowerAscii = lower;
  scannedEnd = i;
  return i;
}

/** CJK: full-width digits and separators as ASCII ("１，０００" → "1,000"). */
function toAscii(text: string): string {
  return text.replace(/[０-９，．]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
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
