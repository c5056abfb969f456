import { describe, expect, it } from 'vitest';
import { findStatedDate } from '../../src/read/find-stated-date.js';
import { parseIsoDate } from '../../src/read/iso-date.js';
import { prepareDocument } from '../../src/read/prepare-document.js';

describe('the date an article states', () => {
  it.each([
    ['---\ntitle: x\ndate: 2025-01-25\n---\nbody', '2025-01-25'],
    ['---\ndate: "2025-01-25T08:00:00Z"\n---\n', '2025-01-25'],
    ["---\ndate: '2025-01-25'\n---\n", '2025-01-25'],
    ['Date: January 25, 2025\n\nBody text.', '2025-01-25'],
    ['Title\nPublished: 25 Jan 2025\n\nBody', '2025-01-25'],
    ['date: 2025-02-30\n', null],
    ['No date here.\nMeta spent $1 billion.', null],
    [`${'line\n'.repeat(12)}date: 2025-01-25\n`, null],
    ['Big Tech spends\n\nBy staff writer, February 10, 2025\n\nBody.', '2025-02-10'],
    ['Headline\nPublished 10 Feb 2025 · 5 min read\n\nBody.', '2025-02-10'],
    ['Headline\nUpdated March 3, 2025\nFebruary 10, 2025\n\nBody.', '2025-02-10'],
    ['Headline\nUpdated March 3, 2025\n\nBody.', null],
    ['---\ntitle: x\n---\nBy A. Writer, February 10, 2025', null],
    [`${'line\n'.repeat(7)}February 10, 2025\n`, null],
  ])('%j → %s', (source, expected) => {
    expect(findStatedDate(source)).toBe(expected);
  });
});

describe('the date a Markdown article states', () => {
  it.each([
    ['post.md', '---\ntitle: x\ndate: 2025-01-25\n---\nbody', '2025-01-25'],
    ['post.md', '---\ndate: "2025-01-25T08:00:00Z"\n---\n', '2025-01-25'],
    ['post.md', '---\ndate: January 25, 2025\npublishDate: 2025-03-01\n---\n', '2025-01-25'],
    ['post.md', '---\npublishDate: 2025-03-01\npublished: 2025-04-01\n---\n', '2025-03-01'],
    ['post.md', '---\npublish_date: 2025-03-01\n---\n', '2025-03-01'],
    ['post.md', '---\npubDate: 2025-04-01\n---\n', '2025-04-01'],
    ['post.md', '---\npublished_at: 2025-04-02\n---\n', '2025-04-02'],
    ['post.md', '---\nparams:\n  date: 2025-01-25\n---\nbody', null],
    ['post.md', '---\nevents:\n  - date: 2025-01-25\n---\nbody', null],
    ['post.md', '---\nparams:\n  date: 2025-01-25\npublishDate: 2025-03-01\n---\n', '2025-03-01'],
    ['post.md', '---\ndate: 2025-02-30\npublishDate: 2025-03-01\n---\n', '2025-03-01'],
    ['post.md', '---\npublished: true\n---\n', null],
    ['post.md', '---\ntitle: "unclosed\ndate: 2025-01-25\n---\nMeta: $60 billion.', null],
    ['post.md', '---\ndate: 2025-01-25\ndate: 2025-02-25\n---\n', null],
    ['post.md', '---\n- date: 2025-01-25\n---\n', null],
    ['_posts/2025-02-10-capex.md', '---\ntitle: x\n---\nbody', '2025-02-10'],
    ['_posts/2025-02-10-capex.md', '---\ndate: 2025-02-11\n---\nbody', '2025-02-11'],
    ['_posts\\2025-02-10-capex.markdown', 'body', '2025-02-10'],
    ['2025-02-30-capex.md', 'body', null],
    ['2025-02-10/capex.md', 'body', null],
    ['post.md', '---\ntitle: x\n---\nBy A. Writer, February 10, 2025', null],
    ['post.md', '# Capex\n\n*By A. Writer, February 10, 2025*\n\nBody.', '2025-02-10'],
    ['post.md', '**Published:** 10 Feb 2025\n\nBody.', '2025-02-10'],
    ['post.md', '```\ndate: 2025-01-25\n```\nBody.', null],
  ])('%s %j → %s', (path, source, expected) => {
    expect(prepareDocument(path, source).statedDate).toBe(expected);
  });

  it('reads a document whose front matter is not YAML', () => {
    const document = prepareDocument('post.md', '---\ntitle: [unclosed\n---\nMeta: $60 billion.');
    expect(document.statedDate).toBeNull();
    expect(document.text).toContain('Meta: $60 billion.');
    expect(document.text).not.toContain('unclosed');
  });
});

describe('--date values', () => {
  it.each([
    ['2025-01-25', '2025-01-25'],
    ['2024-02-29', '2024-02-29'],
    ['2025-02-29', null],
    ['2025-1-25', null],
    ['25-01-2025', null],
    ['yesterday', null],
  ])('%j → %s', (value, expected) => {
    expect(parseIsoDate(value)).toBe(expected);
  });
});

describe('prose to analyse keeps every offset of the source', () => {
  it.each([
    ['article.md', '---\ndate: 2025-01-25\nbudget: $9 billion\n---\nMeta: $60 billion.', '$9 billion'],
    ['article.md', 'Text\n\n```\nMeta $99 billion\n```\nMeta: $60 billion.', '$99 billion'],
    ['article.md', 'Meta `$88 billion` and $60 billion.', '$88 billion'],
    ['article.md', 'Meta <!-- $77 billion --> and $60 billion.', '$77 billion'],
    ['article.md', 'See [the release](https://x.com/2025/$70-billion) for $60 billion.', '$70-billion'],
    ['article.txt', 'Source: https://news.example/2025/01/24/meta-65-billion then $60 billion.', '65-billion'],
  ])('%s hides %j', (path, source, hidden) => {
    const document = prepareDocument(path, source);
    expect(document.text.length).toBe(source.length);
    expect(document.text).not.toContain(hidden);
    expect(document.text).toContain('$60 billion');
    expect(document.text.split('\n').length).toBe(source.split('\n').length);
  });

  it('leaves plain text alone apart from URLs', () => {
    const source = 'Meta `$88 billion` stays in plain text.';
    expect(prepareDocument('a.txt', source).text).toBe(source);
  });

  it('reads stdin as Markdown when it opens with front matter', () => {
    expect(prepareDocument('<stdin>', '---\ndate: 2025-01-01\n---\nx').format).toBe('markdown');
    expect(prepareDocument('<stdin>', 'plain').format).toBe('text');
  });
});
