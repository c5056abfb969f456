import type { HtmlElement } from './html-node.js';

/**
 * What an element contributes to the prose: nothing, a paragraph break around it, its text inline,
 * or a table's layout: a row opens a line, a cell opens with a "|" (as in a Markdown table), so a
 * table reads as one paragraph of rows.
 */
export type ElementRole = 'skip' | 'block' | 'inline' | 'row' | 'cell';

/** Elements whose content is not article prose: code, page furniture, embedded media, form controls. */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'aside', 'footer', 'code', 'pre', 'svg', 'iframe',
  'textarea', 'select', 'button', 'object', 'canvas', 'audio', 'video',
]);

/** Elements a browser lays out as blocks: their edges end a paragraph, so a figure never runs across them. */
const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote',
  'section', 'article', 'header', 'main', 'figure', 'figcaption', 'table', 'caption', 'br', 'hr', 'title',
  'address', 'details', 'summary',
]);

/** The role of an element; unknown elements read inline, so a figure wrapped in one stays whole. */
export function elementRole(element: HtmlElement): ElementRole {
  if (SKIPPED_ELEMENTS.has(element.name) || 'hidden' in element.attribs) return 'skip';
  if (element.name === 'tr') return 'row';
  if (element.name === 'td' || element.name === 'th') return 'cell';
  return BLOCK_ELEMENTS.has(element.name) ? 'block' : 'inline';
}
