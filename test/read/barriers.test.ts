import { describe, expect, it } from 'vitest';
import { extractDocumentFigures } from '../../src/check/extract-document-figures.js';
import { extractFigures } from '../../src/extract/extract-figures.js';
import { tokenize } from '../../src/extract/tokenize.js';
import { prepareDocument } from '../../src/read/prepare-document.js';
import { unionSpans } from '../../src/read/union-spans.js';

/** The figures of a document as written, each checked to stand where its text is. */
const figuresOf = (path: string, source: string): string[] =>
  extractDocumentFigures(prepareDocument(path, source)).map((figure) => {
    expect(source.slice(figure.start, figure.end).endsWith(figure.text.at(-1) ?? '')).toBe(true);
    return figure.text;
  });

/** The barriers of a document as the source they cover. */
const barriersOf = (path: string, source: string): string[] =>
  prepareDocument(path, source).barriers.map((span) => source.slice(span.start, span.end));

describe('barriers: what the reader reports as non-prose', () => {
  it.each([
    ['text: a URL', 'a.txt', 'Spend www.meta.com/capex $60 billion.', ['www.meta.com/capex']],
    ['text: two URLs', 'a.txt', 'See https://a.com/1 and http://b.org/2.', ['https://a.com/1', 'http://b.org/2.']],
    ['text: no URL', 'a.txt', 'Spend $60 billion.', []],
    ['markdown: inline code', 'a.md', 'Spend 60 `x = 1` billion.', ['`x = 1`']],
    ['markdown: fenced code', 'a.md', 'Spend $60\n\n```\n2025\n```\n', ['```\n2025\n```']],
    ['markdown: comment', 'a.md', 'Spend $60 <!-- note --> billion.', ['<!-- note -->']],
    ['markdown: front matter', 'a.md', '---\ntitle: x\n---\nSpend $60 billion.', ['---\ntitle: x\n---']],
    ['markdown: bare URL', 'a.md', 'Spend www.meta.com/capex $60 billion.', ['www.meta.com/capex']],
    ['markdown: autolink', 'a.md', 'Spend <https://meta.com/9> $60 billion.', ['https://meta.com/9']],
    ['markdown: skipped inline element', 'a.md', 'Spend $60 <code>x</code> billion.', ['<code>x</code>']],
    ['markdown: emphasis, tags and links are transparent', 'a.md', '**$60** <b>billion</b> [and](#x) more.', []],
    ['html: script', 'a.html', '<p>Spend $60 <script>var a = 1;</script> billion.</p>', ['<script>var a = 1;</script>']],
    ['html: comment', 'a.html', '<p>Spend $60 <!-- c --> billion.</p>', ['<!-- c -->']],
    ['html: inline code', 'a.html', '<p>Spend 60 <code>x</code> billion.</p>', ['<code>x</code>']],
    ['html: link text that is a URL', 'a.html', '<p>Spend <a href="#">www.meta.com/capex</a> $60 billion.</p>', ['www.meta.com/capex']],
    ['html: inline tags are transparent', 'a.html', '<p>Spend $60 <b>billion</b>.</p>', []],
  ])('%s', (_name, path, source, expected) => {
    expect(barriersOf(path, source)).toEqual(expected);
  });
});

describe('barriers: figures never run across them', () => {
  it.each([
    ['text: URL between qualifier and figure', 'a.txt', 'Meta will spend more than www.meta.com/capex $60 billion in 2025.', ['$60 billion']],
    ['text: URL between number and scale', 'a.txt', 'Meta will spend $60 https://x.com/a billion.', ['$60']],
    ['markdown: inline code between number and scale', 'a.md', 'Meta will spend $60 `code` billion dollars.', ['$60']],
    ['markdown: inline code between qualifier and figure', 'a.md', 'Meta will spend about `x` $60 billion.', ['$60 billion']],
    ['markdown: comment between number and scale', 'a.md', 'Meta will spend $60 <!-- x --> billion.', ['$60']],
    ['markdown: code block between number and currency', 'a.md', 'Meta spends 60\n```\nx\n```\ndollars.', []],
    ['markdown: URL between figure and currency name', 'a.md', 'It costs 60 billion www.x.com dollars.', ['60 billion']],
    ['html: script between number and scale', 'a.html', '<p>Meta will spend $60 <script>x</script> billion.</p>', ['$60']],
    ['html: comment between number and scale', 'a.html', '<p>Meta will spend $60 <!-- x --> billion.</p>', ['$60']],
    ['html: style between qualifier and figure', 'a.html', '<p>Meta will spend about <style>p{}</style> $60 billion.</p>', ['$60 billion']],
  ])('%s', (_name, path, source, expected) => {
    expect(figuresOf(path, source)).toEqual(expected);
  });

  it('points at the figure itself, not at the URL before it (the issue\'s example)', () => {
    const source = 'Meta will spend more than www.meta.com/capex $60 billion in 2025.\n';
    const [figure, ...rest] = extractDocumentFigures(prepareDocument('u.md', source));
    expect(rest).toEqual([]);
    expect(figure && source.slice(figure.start, figure.end)).toBe('$60 billion');
  });

  it.each([
    ['markdown: strong around the number', 'a.md', 'Meta will spend **$60** billion.', ['$60 billion']],
    ['markdown: emphasis around the scale', 'a.md', 'Meta will spend more than $60 _billion_.', ['more than $60 billion']],
    ['markdown: inline tag around the scale', 'a.md', 'Meta will spend $60 <b>billion</b>.', ['$60 billion']],
    ['markdown: link around the qualifier', 'a.md', 'Meta will spend [more than](#a) $60 billion.', ['more than $60 billion']],
    ['html: inline tag around the scale', 'a.html', '<p>Meta will spend $60 <b>billion</b>.</p>', ['$60 billion']],
    ['html: link around the number', 'a.html', '<p>Meta will spend <a href="#">$60</a> billion.</p>', ['$60 billion']],
  ])('transparent markup still bridges — %s', (_name, path, source, expected) => {
    expect(figuresOf(path, source)).toEqual(expected);
  });
});

describe('barriers in the extract stage', () => {
  const text = 'more than                    $60 billion';
  it.each([
    ['without barriers the gap is only spaces', [], ['more than                    $60 billion']],
    ['a barrier in the gap parts the qualifier', [{ start: 10, end: 28 }], ['$60 billion']],
    ['a barrier before the figure parts nothing', [{ start: 0, end: 4 }], ['more than                    $60 billion']],
    ['a barrier after the figure parts nothing', [{ start: 40, end: 40 }], ['more than                    $60 billion']],
  ])('%s', (_name, barriers, expected) => {
    expect(extractFigures(text, barriers).map((figure) => figure.text)).toEqual(expected);
  });

  it('marks the token after a barrier as a break, and only that token', () => {
    expect(tokenize('a  b c', [{ start: 1, end: 3 }]).map((token) => token.breakBefore)).toEqual([false, true, false]);
  });
});

describe('unionSpans', () => {
  it.each([
    [[], [], []],
    [[{ start: 0, end: 2 }], [{ start: 2, end: 4 }], [{ start: 0, end: 4 }]],
    [[{ start: 0, end: 5 }], [{ start: 1, end: 2 }], [{ start: 0, end: 5 }]],
    [[{ start: 6, end: 8 }], [{ start: 0, end: 1 }, { start: 3, end: 3 }], [{ start: 0, end: 1 }, { start: 6, end: 8 }]],
  ])('%j ∪ %j → %j', (a, b, expected) => {
    expect(unionSpans(a, b)).toEqual(expected);
  });
});
