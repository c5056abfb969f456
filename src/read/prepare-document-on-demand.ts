import { assertNever } from '../assert-never.js';
import type { ArticleDocument, DocumentFormat } from '../types.js';
import { inputFormat } from './input-format.js';
import { prepareTextDocument } from './prepare-text-document.js';

/**
 * `prepareDocument` for the CLI: the Markdown parser (micromark, YAML front matter) and the HTML
 * reader are imported when the first input of their format arrives, so a plain-text run loads neither.
 */
export async function prepareDocumentOnDemand(path: string, source: string, format: DocumentFormat = inputFormat(path, source)): Promise<ArticleDocument> {
  switch (format) {
    case 'html':
      return (await import('./html/prepare-html-document.js')).prepareHtmlDocument(path, source);
    case 'markdown':
      return (await import('./markdown/prepare-markdown-document.js')).prepareMarkdownDocument(path, source);
    case 'text':
      return prepareTextDocument(path, source);
    default:
      return assertNever(format);
  }
}
