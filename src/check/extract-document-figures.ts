import { assertNever } from '../assert-never.js';
import { extractFigures } from '../extract/extract-figures.js';
import { visibleHtmlText } from '../read/html/visible-html-text.js';
import { visibleMarkdownText } from '../read/markdown/visible-markdown-text.js';
import type { ArticleDocument, Figure } from '../types.js';

/**
 * The figures of a document, each with its text as the reader sees it: in HTML and Markdown the
 * analysed prose pads markup and character references with spaces, so the text is rebuilt.
 */
export function extractDocumentFigures(document: ArticleDocument): Figure[] {
  const figures = extractFigures(document.text, document.barriers);
  switch (document.format) {
    case 'text':
      return figures;
    case 'html':
      return figures.map((figure) => ({ ...figure, text: visibleHtmlText(document.source.slice(figure.start, figure.end)) }));
    case 'markdown':
      return figures.map((figure) => ({ ...figure, text: visibleMarkdownText(document, figure) }));
    default:
      return assertNever(document);
  }
}
