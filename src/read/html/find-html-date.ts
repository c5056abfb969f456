import type { CheerioAPI } from 'cheerio';
import type { IsoDate } from '../../types.js';
import { parseWrittenDate } from '../find-stated-date.js';
import { SKIPPED_ELEMENTS } from './element-role.js';
import { findJsonLdDates } from './find-json-ld-dates.js';

/** Open Graph and article metadata that dates publication; modified, updated and expiry times do not. */
const OPEN_GRAPH_DATE = /^(?:og|article):(?!.*(?:modif|updat|expir)).*(?:publish|date|time)/;
/** `<meta name>` values that publishers and Dublin Core use for the publication date. */
const NAMED_DATES: ReadonlySet<string> = new Set([
  'date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.issued',
]);
/** A `<time>` in page furniture (a related story in an aside) does not date the article. */
const FURNITURE = [...SKIPPED_ELEMENTS].join(', ');

/**
 * The date a page states for itself: article/Open Graph meta, then `<meta name="date">` or
 * `itemprop="datePublished"`, then JSON-LD `datePublished`, then the first `<time datetime>` of the body.
 */
export function findHtmlDate($: CheerioAPI): IsoDate | null {
  for (const candidate of dateCandidates($)) {
    const date = parseWrittenDate(candidate.trim());
    if (date !== null) return date;
  }
  return null;
}

function* dateCandidates($: CheerioAPI): Generator<string> {
  const metas = $('meta[content]').toArray().map((meta) => ({
    key: ($(meta).attr('property') ?? $(meta).attr('name') ?? '').trim().toLowerCase(),
    content: $(meta).attr('content') ?? '',
  }));
  yield* metas.filter((meta) => meta.key === 'article:published_time').map((meta) => meta.content);
  yield* metas.filter((meta) => meta.key === 'og:published_time').map((meta) => meta.content);
  yield* metas.filter((meta) => OPEN_GRAPH_DATE.test(meta.key)).map((meta) => meta.content);
  for (const element of $('meta[content], [itemprop]').toArray()) {
    const named = element.name === 'meta' && NAMED_DATES.has(($(element).attr('name') ?? '').trim().toLowerCase());
    const itemprop = $(element).attr('itemprop')?.trim() === 'datePublished';
    if (named || itemprop) yield $(element).attr('content') ?? $(element).attr('datetime') ?? '';
  }
  for (const script of $('script[type]').toArray()) {
    if (/^\s*application\/ld\+json\s*(?:;|$)/i.test($(script).attr('type') ?? '')) yield* findJsonLdDates($(script).text());
  }
  for (const time of $('body time[datetime]').toArray()) {
    if ($(time).closest(FURNITURE).length === 0) yield $(time).attr('datetime') ?? '';
  }
}
