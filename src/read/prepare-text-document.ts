import type { ArticleDocument } from '../types.js';
import { NO_METADATA } from './article-metadata.js';
import { blankUrls } from './blank-urls.js';
import { findStatedDate } from './find-stated-date.js';

/** A plain-text input as a document: the text itself, its URLs blanked. */
export function prepareTextDocument(path: string, source: string): ArticleDocument {
  const { text, urls } = blankUrls(source);
  return { path, format: 'text', source, text, barriers: urls, statedDate: findStatedDate(source), metadata: NO_METADATA };
}
