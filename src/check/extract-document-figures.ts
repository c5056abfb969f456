import { assertNever } from '../assert-never.js';
import { extractFigures } from '../extract/extract-figures.js';
import { coverReferences } from './cover-references.js';
import { visibleProseText } from '../read/visible-prose-text.js';
import type { ArticleDocument, Figure } from '../types.js';

/**
 * The figures of a document, each with its text as the reader sees it: in HTML and Markdown the
 * analysed prose pads markup and character references with spaces, so the text is rebuilt from
 * the stretches the reader parsed as text (never from the markup itself).
 */
export function extractDocumentFigures(document: ArticleDocument): Figure[] {
  const figures = extractFigures(document.text, document.barriers);
  switch (document.format) {
    case 'text':
      return figures;
    case 'html':
    case 'markdown':
      // A figure that ends inside a decoded character reference covers all of it; its text is what the reader sees.
      return figures.map((figure) => coverReferences(document.source, figure)).map((figure) => ({ ...figure, text: visibleProseText(document, figure) }));
    default:
      return assertNever(document);
  }
}
