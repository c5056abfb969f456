import type { MarkdownDocument } from '../../types.js';
import { blankUrls } from '../blank-urls.js';
import { findStatedDate } from '../find-stated-date.js';
import { buildMarkdownText } from './build-markdown-text.js';
import { collectMarkdownRanges } from './collect-markdown-ranges.js';
import { parseMarkdown } from './parse-markdown.js';

/**
 * Turns Markdown (and MDX, read as Markdown) into a document whose text is its prose at its
 * source offsets, as a CommonMark parser with exact positions reads it.
 */
export function prepareMarkdownDocument(path: string, source: string): MarkdownDocument {
  const parsed = parseMarkdown(source);
  if (parsed === null) return unparsed(path, source);
  const ranges = collectMarkdownRanges(parsed.tree, parsed.base);
  const { text, prose } = buildMarkdownText(source, ranges, parsed.marks);
  return {
    path,
    format: 'markdown',
    source,
    text: blankUrls(text),
    statedDate: findStatedDate(source),
    layout: { prose, html: ranges.html },
  };
}

/** Nesting too deep to parse is still read: as plain text, whole. */
function unparsed(path: string, source: string): MarkdownDocument {
  return {
    path,
    format: 'markdown',
    source,
    text: blankUrls(source),
    statedDate: findStatedDate(source),
    layout: { prose: source.length === 0 ? [] : [{ start: 0, end: source.length }], html: [] },
  };
}
