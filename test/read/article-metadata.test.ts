import { describe, expect, it } from 'vitest';
import { absoluteHttpUrl } from '../../src/read/absolute-url.js';
import { prepareDocument } from '../../src/read/prepare-document.js';
import type { ArticleMetadata } from '../../src/types.js';

const NONE: ArticleMetadata = { url: null, authors: [], title: null };

describe('what a Markdown article says about itself in its front matter', () => {
  it.each<[string, Partial<ArticleMetadata>]>([
    ['---\nurl: https://news.example/capex\nauthor: Jane Doe\ntitle: Capex\n---\nBody.', { url: 'https://news.example/capex', authors: ['Jane Doe'], title: 'Capex' }],
    ['---\nauthor: [Jane Doe, Max Roe]\n---\n', { authors: ['Jane Doe', 'Max Roe'] }],
    ['---\nauthors:\n  - name: Jane Doe\n  - Max Roe\n  - Jane Doe\n---\n', { authors: ['Jane Doe', 'Max Roe'] }],
    ['---\nauthor: {name: Jane Doe, twitter: jd}\n---\n', { authors: ['Jane Doe'] }],
    ['---\nAuthor: "  Jane Doe "\nauthors: [Max Roe]\n---\n', { authors: ['Jane Doe'] }],
    ['---\nauthor: ""\nauthors: [Max Roe]\n---\n', { authors: ['Max Roe'] }],
    ['---\nauthor: 42\n---\n', {}],
    // A declared canonical address wins over `url`; relative permalinks are no address.
    ['---\nurl: https://a.example/x\ncanonical_url: https://b.example/y\n---\n', { url: 'https://b.example/y' }],
    ['---\ncanonical: https://b.example/y\n---\n', { url: 'https://b.example/y' }],
    ['---\nurl: /posts/capex/\npermalink: https://a.example/p\n---\n', { url: 'https://a.example/p' }],
    ['---\npermalink: /:year/:title/\n---\n', {}],
    ['---\nurl: ftp://a.example/x\n---\n', {}],
    ['---\nparams:\n  url: https://a.example/x\n  author: Jane\n---\n', {}],
    ['---\ntitle: [unclosed\n---\nBody.', {}],
    ['# Capex\n\nBy Jane Doe, url: https://a.example/x\n', {}],
  ])('%j', (source, expected) => {
    expect(prepareDocument('post.md', source).metadata).toEqual({ ...NONE, ...expected });
  });
});

describe('what an HTML page says about itself', () => {
  const page = (head: string) => `<!doctype html><html><head>${head}</head><body><p>Meta will spend $60 billion.</p></body></html>`;
  it.each<[string, Partial<ArticleMetadata>]>([
    ['<link rel="canonical" href="https://news.example/capex"><meta property="og:url" content="https://other.example/">', { url: 'https://news.example/capex' }],
    ['<meta property="og:url" content="https://news.example/capex">', { url: 'https://news.example/capex' }],
    ['<link rel="canonical" href="/capex"><meta property="og:url" content="https://news.example/capex">', { url: 'https://news.example/capex' }],
    ['<meta name="author" content="Jane Doe"><meta name="author" content="Max Roe"><meta property="article:author" content="https://f.example/jane">', { authors: ['Jane Doe', 'Max Roe'] }],
    ['<title>Capex race</title>', { title: 'Capex race' }],
    ['<title>Capex race</title><meta property="og:title" content="The capex race">', { title: 'The capex race' }],
    ['', {}],
  ])('%s', (head, expected) => {
    expect(prepareDocument('page.html', page(head)).metadata).toEqual({ ...NONE, ...expected });
  });
});

describe('plain text', () => {
  it('states nothing about itself', () => {
    expect(prepareDocument('a.txt', 'url: https://a.example/x\nauthor: Jane\n\nMeta spent $1 billion.').metadata).toEqual(NONE);
  });
});

describe('an absolute http(s) URL', () => {
  it.each([
    ['https://news.example/capex', 'https://news.example/capex'],
    ['  HTTP://News.Example  ', 'http://news.example/'],
    ['https://news.example/a b', 'https://news.example/a%20b'],
    ['/posts/capex', null],
    ['news.example/capex', null],
    ['mailto:a@b.example', null],
    ['https://', null],
    ['https://exa mple.com', null],
  ])('%j → %s', (value, expected) => {
    expect(absoluteHttpUrl(value)).toBe(expected);
  });
});
