import type { CheerioAPI } from 'cheerio';
import type { ArticleMetadata } from '../../types.js';
import { absoluteHttpUrl } from '../absolute-url.js';

/**
 * What a page says about itself: its address from `<link rel="canonical">`, else `og:url`; its
 * authors from `<meta name="author">` (one per tag, in page order; `article:author` is usually a
 * profile URL, not a name, so it is not read); its title from `og:title`, else `<title>`.
 */
export function findHtmlMetadata($: CheerioAPI): ArticleMetadata {
  const canonical = $('link[href]')
    .toArray()
    .filter((link) => ($(link).attr('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'))
    .map((link) => $(link).attr('href') ?? '');
  const metas = $('meta[content]')
    .toArray()
    .map((meta) => ({ key: ($(meta).attr('property') ?? $(meta).attr('name') ?? '').trim().toLowerCase(), content: ($(meta).attr('content') ?? '').trim() }));
  const contentOf = (key: string) => metas.filter((meta) => meta.key === key && meta.content !== '').map((meta) => meta.content);
  const url = [...canonical, ...contentOf('og:url')].map(absoluteHttpUrl).find((value) => value !== null) ?? null;
  const authors = [...new Set(contentOf('author'))];
  const title = contentOf('og:title')[0] ?? $('head > title').first().text().trim();
  return { url, authors, title: title === '' ? null : title };
}
