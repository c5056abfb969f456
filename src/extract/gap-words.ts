/**
 * Words allowed between a number and its unit noun: adjectives and brand or model names
 * ("1.3 million Nvidia GPUs", "600 million monthly active users"). Anything else ends the
 * figure, so "400,000 professionals and customers" never reaches "customers".
 */
import { isCjkToken } from './is-cjk.js';
import type { Token } from './tokenize.js';

const ADJECTIVES: ReadonlySet<string> = new Set([
  'monthly', 'daily', 'weekly', 'active', 'paying', 'paid', 'unique', 'registered', 'new', 'additional',
  'more', 'extra', 'advanced', 'powerful', 'ai', 'data', 'center', 'centre', 'datacenter', 'flagship',
  'latest', 'leading', 'premium', 'global', 'worldwide', 'total', 'current', 'existing', 'top', 'high',
  'end', 'nvidia', 'amd', 'intel', 'google', 'meta', 'microsoft', 'custom', 'dedicated', 'installed',
]);

// Capitalised words that are grammar, not brands: "5 The ..." must not bridge to a unit.
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'in', 'on', 'for', 'to', 'by', 'at', 'with', 'from', 'as',
  'that', 'this', 'these', 'those', 'which', 'who', 'is', 'are', 'was', 'were', 'it', 'its', 'their',
  'his', 'her', 'our', 'we', 'they', 'he', 'she', 'i', 'you', 'not', 'no', 'than', 'per',
]);

const CAPITAL = /^\p{Lu}/u;

/** Index after the gap word (or hyphenated compound) at `index`, or -1 if it is not one. */
export function skipGapWord(tokens: readonly Token[], index: number): number {
  const token = tokens[index];
  // Glued to CJK text is as good as spaced: "130万個のNvidia GPU".
  if (token === undefined || token.kind !== 'word' || token.breakBefore || (token.glued && !isCjkToken(tokens[index - 1]))) return -1;
  let next = index + 1;
  // "high-end", "H100-class", "next-generation": a hyphenated compound counts as one word.
  while (tokens[next]?.kind === 'dash' && tokens[next]?.glued === true) {
    const part = tokens[next + 1];
    if (part === undefined || part.kind !== 'word' || !part.glued) break;
    next += 2;
  }
  if (next > index + 1) return next;
  return isGapWord(token) ? next : -1;
}

function isGapWord(token: Token): boolean {
  if (ADJECTIVES.has(token.lower)) return true;
  if (FUNCTION_WORDS.has(token.lower)) return false;
  // Model codes ("H100", "MI300X") carry digits; brands are capitalised.
  if (hasDigit(token.text)) return true;
  if (!isCapitalised(token.text)) return false;
  // A capitalised plural ("5 Ways People ...") is a headline noun, not a brand; "Nvidia's" is fine.
  const text = token.text;
  return !(text.endsWith('s') && !text.endsWith("'s") && !text.endsWith('’s') && text !== text.toUpperCase());
}

/** True when the first character is an upper-case letter; ASCII is checked by hand, the rest by the Unicode regex. */
function isCapitalised(text: string): boolean {
  const first = text.charCodeAt(0);
  return first < 128 ? first >= 65 && first <= 90 : CAPITAL.test(text);
}

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}
