import { extractFigures } from '../extract/extract-figures.js';
import { visibleHtmlText } from '../read/html/visible-html-text.js';
import type { ArticleDocument, Figure } from '../types.js';

/**
 * The figures of a document, each with its text as the reader sees it: in HTML the analysed
 * prose pads tags and character references with spaces, so the text is rebuilt from the source.
 */
export function extractDocumentFigures(document: ArticleDocument): Figure[] {
  const figures = extractFigures(document.text);
  if (document.format !== 'html') return figures;
  return figures.map((figure) => ({ ...figure, text: visibleHtmlText(document.source.slice(figure.start, figure.end)) }));
}
