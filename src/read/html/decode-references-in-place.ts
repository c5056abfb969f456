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
  return raw.replace(CHARACTER_REFERENCE, (reference) => decodeReference(reference).slice(0, reference.length).padEnd(reference.length));
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
