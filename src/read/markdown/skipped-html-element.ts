import { SKIPPED_ELEMENTS } from '../html/element-role.js';

const OPENING_TAG = /^<([A-Za-z][A-Za-z0-9-]*)(?=[\s/>]|$)/;

/**
 * The name of the skipped element (`pre`, `script`, `style`, `code`, `aside`, … as the HTML reader
 * skips them) that raw HTML opens and leaves open, so the Markdown after it up to its end tag is
 * not prose; null otherwise.
 */
export function openedSkippedElement(html: string): string | null {
  const name = OPENING_TAG.exec(html)?.[1]?.toLowerCase();
  if (name === undefined || !SKIPPED_ELEMENTS.has(name)) return null;
  if (/\/>\s*$/.test(html) || closesElement(html, name)) return null;
  return name;
}

/** Whether raw HTML holds the end tag of element `name`. */
export function closesElement(html: string, name: string): boolean {
  return new RegExp(`</${name}(?=[\\s>]|$)`, 'i').test(html);
}

/**
 * Whether raw HTML is not prose and parts the prose around it: a comment, declaration or processing
 * instruction, or a skipped element (`<code>…</code>`, `<script>`). Other tags (`<b>`, `<a>`) are transparent.
 */
export function isNonProseHtml(html: string): boolean {
  if (html.startsWith('<!') || html.startsWith('<?')) return true;
  const name = OPENING_TAG.exec(html)?.[1]?.toLowerCase();
  return name !== undefined && SKIPPED_ELEMENTS.has(name);
}
