import { assertNever } from '../assert-never.js';
import type { ArticleDocument, DocumentFormat } from '../types.js';
import { NO_METADATA } from './article-metadata.js';
import { blankUrls } from './blank-urls.js';
import { findStatedDate } from './find-stated-date.js';
import { isHtmlInput } from './html/is-html-input.js';
import { prepareHtmlDocument } from './html/prepare-html-document.js';
import { prepareMarkdownDocument } from './markdown/prepare-markdown-document.js';

const MARKDOWN_EXTENSIONS = /\.(?:md|markdown|mdown|mkd|mdx)$/i;
const STARTS_WITH_FRONT_MATTER = /^---[ \t]*\r?\n/;

/** Markdown by extension; for stdin (no extension), when the text opens with front matter. */
export function detectFormat(path: string, source: string): DocumentFormat {
  if (MARKDOWN_EXTENSIONS.test(path)) return 'markdown';
  if (path === '<stdin>' && STARTS_WITH_FRONT_MATTER.test(source)) return 'markdown';
  return 'text';
}

/**
 * Turns decoded input into a document: prose to analyse and the date it states. The format is
 * `format` when given, else read from the path and the text (see `detectFormat`, `isHtmlInput`).
 */
export function prepareDocument(path: string, source: string, format: DocumentFormat = inputFormat(path, source)): ArticleDocument {
  switch (format) {
    case 'html':
      return prepareHtmlDocument(path, source);
    case 'markdown':
      return prepareMarkdownDocument(path, source);
    case 'text': {
      const { text, urls } = blankUrls(source);
      return { path, format: 'text', source, text, barriers: urls, statedDate: findStatedDate(source), metadata: NO_METADATA };
    }
    default:
      return assertNever(format);
  }
}

function inputFormat(path: string, source: string): DocumentFormat {
  return isHtmlInput(path, source) ? 'html' : detectFormat(path, source);
}
