import type { ArticleDocument } from '../../types.js';
import { blankUrls } from '../blank-urls.js';
import { replaceLoneSurrogates } from '../replace-lone-surrogates.js';
import { unionSpans } from '../union-spans.js';
import { extractHtmlProse } from './extract-html-prose.js';
import { findHtmlDate } from './find-html-date.js';
import { findHtmlMetadata } from './find-html-metadata.js';
import { loadCheerio } from './load-cheerio.js';

/**
 * Turns an HTML page into a document whose text is the page's visible prose at its source offsets
 * (parse5 through cheerio, which locates every tag and text node in the original string).
 */
export function prepareHtmlDocument(path: string, source: string): ArticleDocument {
  // parse5 (cheerio's HTML default), not htmlparser2: it gives each tag's own start and end offsets and applies the
  // spec's implied end tags, where htmlparser2's endIndex of an unclosed `<li>` lands on the next tag.
  // Read as a browser decodes it; the same length, so offsets into `source` hold.
  const wellFormed = replaceLoneSurrogates(source);
  const $ = loadCheerio()(wellFormed, { sourceCodeLocationInfo: true });
  const prose = extractHtmlProse($, wellFormed);
  // Link text can be a bare URL; its digits must not read as figures, as in every other format.
  const { text, urls } = blankUrls(prose.text);
  return {
    path,
    format: 'html',
    source,
    text,
    barriers: unionSpans(prose.skipped, urls),
    layout: { prose: prose.shown },
    statedDate: findHtmlDate($),
    metadata: findHtmlMetadata($),
  };
}
