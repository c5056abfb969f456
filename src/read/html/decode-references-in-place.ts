import type { TextSpan } from '../../types.js';
import { loadCheerio } from './load-cheerio.js';

/** A character reference as the HTML tokenizer reads one in text: its digits or name, then an optional `;`. */
export const CHARACTER_REFERENCE = /&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)/g;
/** Whitespace a reference may decode to (`&nbsp;`, `&#10;`): the sentence splitter only knows plain spaces. */
const WHITESPACE = /\s/g;
/** Bounds the memo in a long-lived process; a page uses a handful of distinct references. */
const CACHE_LIMIT = 1000;

const cache = new Map<string, string>();

/**
 * Decodes the character references of raw HTML text where they stand, padding each with spaces
 * to its written length (`&euro;62bn` → `€     62bn`), so the result is as long as `raw`.
 */
export function decodeReferencesInPlace(raw: string): string {
  return decodeReferencesWithPadding(raw).text;
}

/**
 * As `decodeReferencesInPlace`, and where each reference's padding lies (offsets into `raw`): what
 * a reference decodes to is seen, the spaces after it that keep the offsets are not.
 */
export function decodeReferencesWithPadding(raw: string): { readonly text: string; readonly padding: readonly TextSpan[] } {
  const padding: TextSpan[] = [];
  const text = raw.replace(CHARACTER_REFERENCE, (reference, offset: number) => {
    const decoded = decodeReference(reference).slice(0, reference.length);
    // A reference decodes to at least one character, a space for `&nbsp;`.
    const shown = Math.max(1, decoded.trimEnd().length);
    if (shown < reference.length) padding.push({ start: offset + shown, end: offset + reference.length });
    return decoded.padEnd(reference.length);
  });
  return { text, padding };
}

/** The parser decodes the reference, so every named reference and legacy quirk (`&notit;` → `¬it;`) is the browser's. */
function decodeReference(reference: string): string {
  let decoded = cache.get(reference);
  if (decoded === undefined) {
    decoded = loadCheerio()(reference, null, false).root().text().replace(WHITESPACE, ' ');
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(reference, decoded);
  }
  return decoded;
}
