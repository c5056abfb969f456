import { describe, expect, it } from 'vitest';
import { prepareHtmlDocument } from '../../src/read/html/prepare-html-document.js';

const dateOf = (head: string, body = ''): string | null =>
  prepareHtmlDocument('page.html', `<!doctype html><html><head>${head}</head><body>${body}</body></html>`).statedDate;
const ldJson = (json: string): string => `<script type="application/ld+json">${json}</script>`;

describe('the date an HTML page states', () => {
  it.each([
    ['<meta property="article:published_time" content="2025-02-06T08:00:00-05:00">', '', '2025-02-06'],
    ['<meta property="og:published_time" content="2025-02-06">', '', '2025-02-06'],
    ['<meta property="og:article:published_time" content="2025-02-06">', '', '2025-02-06'],
    ['<meta name="article:published_time" content="2025-02-06T23:30:00Z">', '', '2025-02-06'],
    ['<meta name="date" content="February 6, 2025">', '', '2025-02-06'],
    ['<meta name="DC.date.issued" content="2025-02-06">', '', '2025-02-06'],
    ['<meta itemprop="datePublished" content="2025-02-06">', '', '2025-02-06'],
    ['', '<time itemprop="datePublished" datetime="2025-02-06T10:00">6 Feb</time>', '2025-02-06'],
    [ldJson('{"@type":"NewsArticle","datePublished":"2025-02-06T10:00:00+01:00"}'), '', '2025-02-06'],
    [ldJson('[{"@type":"WebSite"},{"@type":"NewsArticle","datePublished":"2025-02-06"}]'), '', '2025-02-06'],
    [ldJson('{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"Article","datePublished":"2025-02-06"}]}'), '', '2025-02-06'],
    ['', '<article><p>Posted <time datetime="2025-02-06">yesterday</time>.</p></article>', '2025-02-06'],
    ['', '<p>No date here.</p>', null],
    ['<meta property="article:modified_time" content="2025-03-01">', '', null],
    ['<meta property="article:published_time" content="soon">', '', null],
  ])('%j %j → %s', (head, body, expected) => {
    expect(dateOf(head, body)).toBe(expected);
  });

  it.each([
    ['article:published_time before og:published_time',
      '<meta property="og:published_time" content="2025-01-02"><meta property="article:published_time" content="2025-01-01">', ''],
    ['og:published_time before other Open Graph dates',
      '<meta property="og:pubdate" content="2025-01-02"><meta property="og:published_time" content="2025-01-01">', ''],
    ['Open Graph before <meta name="date">', '<meta name="date" content="2025-01-02"><meta property="og:pubdate" content="2025-01-01">', ''],
    ['<meta name="date"> before JSON-LD', `${ldJson('{"datePublished":"2025-01-02"}')}<meta name="date" content="2025-01-01">`, ''],
    ['JSON-LD before <time>', ldJson('{"datePublished":"2025-01-01"}'), '<time datetime="2025-01-02"></time>'],
    ['a top-level JSON-LD date before a nested one', ldJson('{"mainEntity":{"datePublished":"2025-01-02"},"datePublished":"2025-01-01"}'), ''],
    ['an unreadable date gives way to the next source', '<meta property="article:published_time" content="tbc"><meta name="date" content="2025-01-01">', ''],
    ['invalid JSON-LD is ignored', `${ldJson('{"datePublished": "2025-01-03",')}${ldJson('{"datePublished":"2025-01-01"}')}`, ''],
    ['a <time> in page furniture is not the article date', '', '<aside><time datetime="2024-12-31"></time></aside><time datetime="2025-01-01"></time>'],
  ])('%s', (_name, head, body) => {
    expect(dateOf(head, body)).toBe('2025-01-01');
  });
});
