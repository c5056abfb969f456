/**
 * Japanese, Chinese and Korean letters: kana, Han ideographs and Hangul. Written without spaces
 * between words, they are tokenized one character at a time, so "億ドル" and "억 달러" are
 * matched as phrases of characters and a number glued to them still starts a figure.
 */
import type { Token } from './tokenize.js';

/**
 * The code-unit ranges (inclusive) of CJK letters: Hangul jamo, 々 and 〆, hiragana, katakana
 * (without its punctuation ゠ and ・), Hangul compatibility jamo, katakana extensions, Han
 * ideographs (extension A and the unified block), Hangul jamo extensions and syllables, Han
 * compatibility ideographs, half-width katakana and Hangul.
 */
export const CJK_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x11ff], [0x3005, 0x3006], [0x3041, 0x309f], [0x30a1, 0x30fa], [0x30fc, 0x30ff], [0x3131, 0x318e], [0x31f0, 0x31ff],
  [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa960, 0xa97f], [0xac00, 0xd7ff], [0xf900, 0xfaff], [0xff66, 0xff9f], [0xffa0, 0xffdc],
];

/** The ranges as the body of a regex character class (for the `u` flag): "\u{1100}-\u{11ff}…". */
export const CJK_CLASS_BODY = CJK_RANGES.map(([low, high]) => `\\u{${low.toString(16)}}-\\u{${high.toString(16)}}`).join('');

/** True when the UTF-16 code unit is a CJK letter (one character, one token). */
export function isCjkCode(code: number): boolean {
  // Latin, Greek, Cyrillic and the other alphabets sit below the first range: one comparison for them.
  if (code < 0x1100) return false;
  for (const [low, high] of CJK_RANGES) {
    if (code < low) return false;
    if (code <= high) return true;
  }
  return false;
}

/** True when the token is one CJK letter. */
export function isCjkToken(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && token.text.length === 1 && isCjkCode(token.text.charCodeAt(0));
}

/** A CJK word as a phrase of its characters for `buildPhraseTable` ("億ドル" → "億 ド ル"); spaces between words are dropped. */
export function cjkPhrase(word: string): string {
  return [...word.replaceAll(' ', '')].join(' ');
}

/** The CJK letters of tokens `from`..`to` (exclusive) read together, spaces and other tokens left out ("설비 투자" → "설비투자"). */
export function cjkLetters(tokens: readonly Token[], from: number, to: number): string {
  let letters = '';
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    if (isCjkToken(token)) letters += token?.text ?? '';
  }
  return letters;
}
