/**
 * Dashes whose UTF-8 bytes were decoded in a single-byte code page, as scraped pages often show
 * them: the en dash E2 80 93 reads "â€“" in Windows-1252 and "โ€“" in Windows-874 (Thai), the em
 * dash E2 80 94 "â€”" / "โ€”", the minus sign E2 88 92 "âˆ’"; in ISO-8859-1 the last two bytes
 * are C1 controls. Some pages lose those two bytes and keep the lone "โ" ("$60โ65B"), which
 * Thai never writes before a digit or a space (it is a vowel written before its consonant).
 */

/** One mojibake dash at a position: how long it is in the text, and the dash it encodes. */
export interface MojibakeDash {
  readonly length: number;
  readonly dash: '\u2013' | '\u2014' | '\u2212';
}

/** The full sequences, longest first; each maps to the dash whose bytes it shows. */
const SEQUENCES: readonly (readonly [string, MojibakeDash['dash']])[] = [
  ['\u00e2\u20ac\u201c', '\u2013'],
  ['\u0e42\u20ac\u201c', '\u2013'],
  ['\u00e2\u0080\u0093', '\u2013'],
  ['\u00e2\u20ac\u201d', '\u2014'],
  ['\u0e42\u20ac\u201d', '\u2014'],
  ['\u00e2\u0080\u0094', '\u2014'],
  ['\u00e2\u02c6\u2019', '\u2212'],
  ['\u00e2\u0088\u0092', '\u2212'],
];

const THAI_LO = '\u0e42';

/**
 * The mojibake dash at `position` in `text`, or null. A lone "โ" counts only between non-Thai
 * text and a digit or a space: "60โ65", "2025 โ the".
 */
export function matchMojibakeDash(text: string, position: number): MojibakeDash | null {
  const code = text.charCodeAt(position);
  if (code !== 0xe2 && code !== 0xe42) return null;
  for (const [sequence, dash] of SEQUENCES) if (text.startsWith(sequence, position)) return { length: sequence.length, dash };
  if (text[position] !== THAI_LO || isThai(text.charCodeAt(position - 1))) return null;
  const next = text[position + 1] ?? '';
  return /^[\d\s]$/u.test(next) ? { length: 1, dash: '\u2013' } : null;
}

/**
 * A regular-expression source matching any mojibake dash, for the attribute stage's patterns that
 * read dashes ("Amazon โ€” $125B"); the lone "โ" only before a digit or a space.
 */
export const MOJIBAKE_DASH_SOURCE = `(?:[\\u00e2\\u0e42]\\u20ac[\\u201c\\u201d]|\\u00e2\\u0080[\\u0093\\u0094]|\\u00e2(?:\\u02c6\\u2019|\\u0088\\u0092)|(?<![\\u0e00-\\u0e7f])\\u0e42(?=[\\d\\s]))`;

function isThai(code: number): boolean {
  return code >= 0xe00 && code <= 0xe7f;
}
