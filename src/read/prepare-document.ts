import { assertNever } from '../assert-never.js';
import type { ArticleDocument, DocumentFormat } from '../types.js';
import { prepareHtmlDocument } from './html/prepare-html-document.js';
import { inputFormat } from './input-format.js';
import { prepareMarkdownDocument } from './markdown/prepare-markdown-document.js';
import { prepareTextDocument } from './prepare-text-document.js';

export { detectFormat } from './input-format.js';

/**
 * Turns decoded input into a document: prose to analyse and the date it states. The format is
 * `format` when given, else read from the path and the text (see `detectFormat`, `isHtmlInput`).
 * Loads every format's parser; the CLI uses `prepareDocumentOnDemand`, which loads only the one it needs.
 */
export function prepareDocument(path: string, source: string, format: DocumentFormat = inputFormat(path, source)): ArticleDocument {
  switch (format) {
    case 'html':
      return prepareHtmlDocument(path, source);
    case 'markdown':
      return prepareMarkdownDocument(path, source);
    case 'text':
      return prepareTextDocument(path, source);
    default:
      return assertNever(format);
  }
}
