/**
 * Splits text into the tokens the figure grammar reads: digit runs, words, and single
 * characters. Whitespace is not a token; each token records whether it was glued to the
 * previous one, because "5m" and "5 m" mean different things.
 */
import { CURRENCY_CODES, type TextSpan } from '../types.js';
import { CJK_CLASS_BODY, isCjkCode } from './is-cjk.js';
import { matchMojibakeDash } from './mojibake-dashes.js';

/** What a token is, as far as the figure grammar cares. */
export type TokenKind = 'number' | 'word' | 'symbol' | 'dash' | 'punct';

/** One token with its 0-based UTF-16 span in the input (end exclusive). */
export interface Token {
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  /** The token as written. */
  readonly text: string;
  /** Lower-cased text: the key phrase tables are matched on; for a number, its digits in ASCII ("１，０００" → "1,000"). */
  readonly lower: string;
  /** No whitespace separates this token from the previous one. */
  readonly glued: boolean;
  /** A blank line, or a barrier (blanked non-prose: a URL, code), precedes this token; figures never span either. */
  readonly breakBefore: boolean;
}

// Each pattern is a single unambiguous run, so the sticky match cannot backtrack badly.
const SPACE = /\s+/y;
// Numbers are digits joined by "." or "," (scanNumber); which one groups thousands is decided later (parse-numeral.ts).
// "1 234 567,5": thousands grouped by a space, no-break space or thin space.
const SPACED_NUMBER = /\d{1,3}(?:[ \u00A0\u2009\u202F]\d{3}(?![\d]))+(?:[.,]\d+)?/y;
// A letter that is not CJK: a word never runs into kana, Han or Hangul ("GWの" is "GW" then "の").
const LETTER = `[^\\P{L}${CJK_CLASS_BODY}]`;
// Dotted single-letter abbreviations ("U.S.", "u.s") stay one word so "U.S. dollars" and "u.s $" read as currencies.
const ABBREVIATION = new RegExp(`${LETTER}(?:\\.${LETTER}(?!${LETTER}))+\\.?`, 'uy');
// Combining marks stay in their word: Tamil "ரூ" and Devanagari "रुपये" are letters plus vowel signs.
const WORD = new RegExp(`${LETTER}(?:${LETTER}|\\p{M})*(?:['’]${LETTER}(?:${LETTER}|\\p{M})*)*`, 'uy');
const ALPHANUMERIC_TAIL = new RegExp(`(?:${LETTER}|\\p{N})+`, 'uy');
// Full-width digits ("１，６３０"), joined by full-width or ASCII separators.
const WIDE_NUMBER = /[\uFF10-\uFF19]+(?:[\uFF0C\uFF0E,.][\uFF10-\uFF19]+)*/y;

// Codes that may be glued to digits ("USD34.6"): the tokenizer must split them from the number.
const GLUED_CURRENCY_CODES: ReadonlySet<string> = new Set([
  ...CURRENCY_CODES, 'RMB', 'US', 'Rs', 'MUSD', 'MEUR', 'MGBP', 'MAUD', 'RM', 'Rp', 'BTC', 'NIS',
  // after a "$": "$A82,615,680", "$NZ99"
  'A', 'AU', 'NZ', 'C', 'HK', 'S',
]);
const SYMBOLS = '$€£%~+¥₹₩₽₺₪₫฿₱¢₿₴₦₡₾₭#@';
const DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212';

// Character classes of ASCII, looked up by char code: the common characters need no regex and no string search.
const SPACE_CLASS = 0;
const DIGIT = 1;
const LOWER = 2;
const UPPER = 3;
const SYMBOL = 4;
const DASH = 5;
const PUNCT = 6;
const ASCII_CLASS = new Uint8Array(128).map((_, code) => {
  const char = String.fromCharCode(code);
  if (code <= 32) return SPACE_CLASS;
  if (code >= 48 && code <= 57) return DIGIT;
  if (code >= 97 && code <= 122) return LOWER;
  if (code >= 65 && code <= 90) return UPPER;
  return SYMBOLS.includes(char) ? SYMBOL : DASHES.includes(char) ? DASH : PUNCT;
});
// The kind of a token that starts with each class (whitespace starts none).
const CLASS_KINDS: readonly TokenKind[] = ['punct', 'number', 'word', 'word', 'symbol', 'dash', 'punct'];

/** Tokenizes `text` in one left-to-right pass; `barriers` (sorted) are where blanked non-prose stands. */
export function tokenize(text: string, barriers: readonly TextSpan[] = []): Token[] {
  const tokens: Token[] = [];
  const next = tokenStream(text, barriers);
  for (let token = next(); token !== null; token = next()) tokens.push(token);
  return tokens;
}

/**
 * The tokens of `text` one at a time, left to right, then null: the same tokens `tokenize` returns, in
 * memory that does not grow with the text (a reader keeps only the tokens it still looks at).
 */
export function tokenStream(text: string, barriers: readonly TextSpan[] = []): () => Token | null {
  const length = text.length;
  let barrier = 0;
  let previousEnd = 0;
  let position = 0;
  let glued = true;
  let breakBefore = false;
  // Whether the last token ends digits glued, through dashes and separators, to a money sign ("$175-190"): see `moneyRunAfter`.
  let lastKind: TokenKind | null = null;
  let moneyRun = false;
  return () => {
    while (position < length) {
      const code = codeAt(text, position);
      const charClass = code < 128 ? (ASCII_CLASS[code] as number) : PUNCT;
      let end = position + 1;
      let kind = CLASS_KINDS[charClass] as TokenKind;
      // Set when the token is its own lower-case form (lower-case ASCII letters, or one CJK letter).
      let lower: string | null = null;
      // Set when the token stands for another character: a mojibake dash ("â€“") keys as the dash it encodes.
      let decoded: string | null = null;
      if (charClass === SPACE_CLASS) {
        // ASCII whitespace by hand (the common case); newlines counted as they pass.
        let newlines = 0;
        end = position;
        for (let c = code; c <= 32 && end < length; c = codeAt(text, ++end)) if (c === 10) newlines++;
        breakBefore ||= newlines >= 2;
        glued = false;
        position = end;
        continue;
      } else if (charClass === DIGIT) {
        end = scanNumber(text, position);
      } else if (charClass === LOWER || charClass === UPPER) {
        // ASCII letters by hand; a dot, apostrophe or non-ASCII letter after them needs the regexes.
        let upper = charClass === UPPER;
        let c = codeAt(text, end);
        for (; c < 128 && ASCII_CLASS[c] === LOWER; c = codeAt(text, ++end));
        for (; c < 128 && (ASCII_CLASS[c] === LOWER || ASCII_CLASS[c] === UPPER); c = codeAt(text, ++end)) upper = true;
        const letters = end;
        if (end === position + 1 && c === 46) end = Math.max(end, matchAt(ABBREVIATION, text, position));
        if (end === letters && (c === 39 || c >= 128)) end = matchAt(WORD, text, position);
        end = withGluedTail(text, position, end);
        // "$175-190BMajor increase": a flattened table glues the next cell's words to a money scale letter.
        if (glued && end === letters && isGluedCellStart(text, position, end) && lastKind === 'number' && moneyRun) end = position + 1;
        if (end === letters && !upper) lower = text.slice(position, end);
      } else if (code < 128) {
        // ASCII punctuation, symbols and dashes: one character, kind by class.
      } else if (isCjkCode(code)) {
        // Kana, Han and Hangul: one token per character, which is its own lower-case form.
        kind = 'word';
        lower = text[position] ?? '';
      } else if (code >= 0xff10 && code <= 0xff19) {
        kind = 'number';
        end = matchAt(WIDE_NUMBER, text, position);
      } else if (code === 0xe2 || code === 0xe42) {
        // "â€“", "โ€“": a dash whose UTF-8 bytes were decoded in a single-byte code page; else a word.
        const mojibake = matchMojibakeDash(text, position);
        if (mojibake !== null) {
          kind = 'dash';
          end = position + mojibake.length;
          decoded = mojibake.dash;
        } else {
          kind = 'word';
          end = withGluedTail(text, position, matchAt(WORD, text, position));
        }
      } else {
        // A Unicode space, a word that starts with a non-ASCII letter, or one character.
        const spaceEnd = matchAt(SPACE, text, position);
        if (spaceEnd >= 0) {
          breakBefore ||= countNewlines(text, position, spaceEnd) >= 2;
          glued = false;
          position = spaceEnd;
          continue;
        }
        const abbreviationEnd = codeAt(text, position + 1) === 46 ? matchAt(ABBREVIATION, text, position) : -1;
        end = abbreviationEnd >= 0 ? abbreviationEnd : matchAt(WORD, text, position);
        if (end >= 0) {
          kind = 'word';
          end = withGluedTail(text, position, end);
        } else {
          end = position + 1;
          const char = text[position] ?? '';
          kind = SYMBOLS.includes(char) ? 'symbol' : DASHES.includes(char) ? 'dash' : 'punct';
        }
      }
      const tokenText = lower ?? text.slice(position, end);
      // Barriers wholly before the previous token were passed over at earlier tokens; one left before this token stands in the gap.
      for (; barrier < barriers.length && (barriers[barrier]?.start ?? length) < position; barrier++) {
        if ((barriers[barrier]?.end ?? 0) > previousEnd) breakBefore = true;
      }
      const token: Token = {
        kind,
        start: position,
        end,
        text: tokenText,
        lower: decoded ?? lower ?? (kind === 'word' ? tokenText.toLowerCase() : code >= 128 && kind === 'number' ? toAsciiNumber(tokenText) : tokenText),
        glued,
        breakBefore,
      };
      moneyRun = moneyRunAfter(token, moneyRun);
      lastKind = kind;
      glued = true;
      breakBefore = false;
      previousEnd = end;
      position = end;
      return token;
    }
    return null;
  };
}

/** Scale letters a money cell ends with ("$38B", "$500M", "$1.2T", "$900K"). */
const CELL_SCALE_LETTERS = 'BMKT';

/** The letters at [position, end) are a scale letter then a capitalised word: "BMajor", "BUp", "BDoubledAzure". */
function isGluedCellStart(text: string, position: number, end: number): boolean {
  return end - position >= 3 && CELL_SCALE_LETTERS.includes(text[position] ?? '') && /^[A-Z][a-z]/u.test(text.slice(position + 1, end));
}

/**
 * Whether the tokens up to `token` end with digits glued, through dashes and separators, to a currency
 * sign ("$175-190", "€60"), given the same for the tokens before it: walking back from `token`, glued
 * numbers, dashes, dots and commas are passed over until a symbol answers.
 */
function moneyRunAfter(token: Token, before: boolean): boolean {
  if (token.kind === 'symbol') return '$€£¥'.includes(token.text);
  if (!token.glued || (token.kind !== 'number' && token.kind !== 'dash' && token.text !== '.' && token.text !== ',')) return false;
  return before;
}

/** `end` extended over letters and digits glued after a word ("H100s", "FY2025", "Q4"), unless the word is a currency code ("USD34.6"). */
function withGluedTail(text: string, position: number, end: number): number {
  if (!isDigit(codeAt(text, end)) || GLUED_CURRENCY_CODES.has(text.slice(position, end))) return end;
  return matchAt(ALPHANUMERIC_TAIL, text, end);
}

/** End of the number at `position` (a digit): NUMBER, or SPACED_NUMBER when digits are grouped by spaces; scanned by hand for speed. */
function scanNumber(text: string, position: number): number {
  let i = position;
  while (isDigit(codeAt(text, i))) i++;
  if (i - position <= 3 && isGroupSpace(codeAt(text, i)) && isDigit(codeAt(text, i + 1))) {
    const spaced = matchAt(SPACED_NUMBER, text, position);
    if (spaced >= 0) return spaced;
  }
  for (let c = codeAt(text, i); (c === 46 || c === 44) && isDigit(codeAt(text, i + 1)); c = codeAt(text, i)) {
    i += 1;
    while (isDigit(codeAt(text, i))) i++;
  }
  return i;
}

/** Full-width digits and separators as ASCII: the same length, so the number parses as any other. */
function toAsciiNumber(text: string): string {
  let ascii = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    ascii += String.fromCharCode(code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code);
  }
  return ascii;
}

function isGroupSpace(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 0x2009 || code === 0x202f;
}

/** End of a sticky match at `position`, or -1. */
function matchAt(pattern: RegExp, text: string, position: number): number {
  pattern.lastIndex = position;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

/** The char code at `index`, or 0 past the end: reading past the end would give NaN and deoptimize the scanning loops. */
function codeAt(text: string, index: number): number {
  return index < text.length ? text.charCodeAt(index) : 0;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function countNewlines(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}
