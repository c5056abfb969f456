import { escapeControlsInsideLines } from '../safe-text.js';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe for HTML text and quoted attribute values: article text, paths and record fields are
 * untrusted, so every one of them passes through here before it reaches the page. Control and bidi
 * characters are shown as escapes (`\x1b`, `\u{202E}`), as in the terminal: a right-to-left override
 * must not reorder the page, and a control character is not HTML text.
 */
export function escapeHtml(text: string): string {
  return escapeControlsInsideLines(text).replace(/[&<>"']/gu, (character) => ENTITIES[character] ?? character);
}

/** An `href` value for a link to a source: only http(s) URLs become links, so no record can smuggle in `javascript:`. */
export function sourceHref(url: string): string | null {
  return /^https?:\/\//iu.test(url) ? escapeHtml(url) : null;
}

/** A link to a source page, or its escaped text when the URL is not http(s). */
export function sourceLink(url: string, text: string): string {
  const href = sourceHref(url);
  return href === null ? escapeHtml(text) : `<a href="${href}" rel="noopener noreferrer">${escapeHtml(text)}</a>`;
}
