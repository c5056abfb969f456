import type { DocumentFormat } from '../types.js';
import { isHtmlInput } from './html/is-html-input.js';

const MARKDOWN_EXTENSIONS = /\.(?:md|markdown|mdown|mkd|mdx)$/i;
const STARTS_WITH_FRONT_MATTER = /^---[ \t]*\r?\n/;

/** Markdown by extension; for stdin (no extension), when the text opens with front matter. */
export function detectFormat(path: string, source: string): DocumentFormat {
  if (MARKDOWN_EXTENSIONS.test(path)) return 'markdown';
  if (path === '<stdin>' && STARTS_WITH_FRONT_MATTER.test(source)) return 'markdown';
  return 'text';
}

/** How to read an input: HTML (see `isHtmlInput`), else as `detectFormat` says. */
export function inputFormat(path: string, source: string): DocumentFormat {
  return isHtmlInput(path, source) ? 'html' : detectFormat(path, source);
}
