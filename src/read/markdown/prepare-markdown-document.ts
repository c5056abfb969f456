import type { MarkdownDocument } from '../../types.js';
import { blankUrls } from '../blank-urls.js';
import { unionSpans } from '../union-spans.js';
import { buildMarkdownText } from './build-markdown-text.js';
import { collectMarkdownRanges } from './collect-markdown-ranges.js';
import { findMarkdownDate } from './find-markdown-date.js';
import { parseMarkdown } from './parse-markdown.js';
import { readFrontMatterMetadata } from './read-front-matter-metadata.js';
import { NO_METADATA } from '../article-metadata.js';

/**
 * Turns Markdown (and MDX, read as Markdown) into a document whose text is its prose at its
 * source offsets, as a CommonMark parser with exact positions reads it.
 */
export function prepareMarkdownDocument(path: string, source: string): MarkdownDocument {
  const parsed = parseMarkdown(source);
  if (parsed === null) return unparsed(path, source);
  const ranges = collectMarkdownRanges(parsed.tree, parsed.base);
  const built = buildMarkdownText(source, ranges, parsed.marks);
  const { text, urls } = blankUrls(built.text);
  return {
    path,
    format: 'markdown',
    source,
    text,
    barriers: unionSpans(ranges.barriers, urls),
    statedDate: findMarkdownDate(ranges.frontMatter, path, text),
    metadata: ranges.frontMatter === null ? NO_METADATA : readFrontMatterMetadata(ranges.frontMatter),
    layout: { prose: built.prose, html: ranges.html, tables: ranges.tables },
  };
}

/** Nesting too deep to parse is still read: as plain text, whole. */
function unparsed(path: string, source: string): MarkdownDocument {
  const { text, urls } = blankUrls(source);
  return {
    path,
    format: 'markdown',
    source,
    text,
    barriers: urls,
    statedDate: findMarkdownDate(null, path, source),
    metadata: NO_METADATA,
    layout: { prose: source.length === 0 ? [] : [{ start: 0, end: source.length }], html: [], tables: [] },
  };
}
