import { describe, expect, it } from 'vitest';
import { segmentText } from '../../src/attribute/segment-text.js';
import { extractFigures } from '../../src/extract/extract-figures.js';
import { prepareHtmlDocument } from '../../src/read/html/prepare-html-document.js';

const text = (html: string): string => prepareHtmlDocument('page.html', html).text;
const figures = (html: string): string[] => extractFigures(text(html)).map((figure) => figure.text.replace(/\s+/g, ' '));
const page = (body: string): string => `<!doctype html><html><head><title>News</title></head><body>${body}</body></html>`;

// Independent of the code under test: just the references these tests write.
const ENTITIES: Record<string, string> = {
  euro: '€', nbsp: ' ', amp: '&', mdash: '—', ndash: '–', rsquo: '’', '#36': '$', '#x20AC': '€', '#8212': '—', '#x1F4C8': '📈',
};
const visible = (html: string): string =>
  html.replace(/<[^>]*>/g, '').replace(/&([#\w]+);/g, (reference, name: string) => ENTITIES[name] ?? reference).replace(/\s+/g, '');

const PAGES = [
  page('<p>Meta expects capex of <b>$60</b>&ndash;65 billion in 2025.</p>'),
  page('<p>Microsoft plans &euro;62bn and &#36;80 billion, &#x20AC;5bn&nbsp;more.</p>'),
  page('<p>Alphabet: <a href="/x">$75&nbsp;billion</a> &mdash; Amazon: <em>about $100</em> billion.</p>'),
  page('<h1>Capex</h1>\r\n<p>Café &mdash; Meta&rsquo;s 📈 plan: $65 billion.</p>\r\n<p>Amazon &#8212; $100 billion</p>'),
  `<!DOCTYPE html>\n<html>\n<head>\n<title>Meta &amp; $65 billion</title>\n<meta charset="utf-8">\n</head>\n<body>\n<ul><li>Meta</li><li>$65 billion</li></ul>\n</body>\n</html>\n`,
];

describe('HTML prose keeps every offset of the source', () => {
  it.each(PAGES)('%j is as long as its source', (html) => {
    expect(text(html)).toHaveLength(html.length);
  });

  it.each(PAGES)('%j: each figure is, at its span in the source, what the page shows', (html) => {
    const found = extractFigures(text(html));
    expect(found.length).toBeGreaterThan(0);
    for (const figure of found) expect(visible(html.slice(figure.start, figure.end))).toBe(figure.text.replace(/\s+/g, ''));
  });

  it('puts multibyte characters before a figure on the same line at their exact offsets', () => {
    const html = page('<p>Café — Meta’s 📈 plan: €62bn, then $65&nbsp;billion.</p>');
    const [euro, dollar] = extractFigures(text(html));
    expect([euro?.start, dollar?.start]).toEqual([html.indexOf('€62bn'), html.indexOf('$65')]);
    expect(html.slice(dollar?.start, dollar?.end)).toBe('$65&nbsp;billion');
  });
});

describe('character references are decoded where they stand', () => {
  it.each([
    ['&euro;62bn', '€     62bn'],
    ['&#x20AC;62bn', '€       62bn'],
    ['&#36;80 billion', '$    80 billion'],
    ['60&nbsp;billion', '60      billion'],
    ['R&amp;D', 'R&    D'],
    ['capex&mdash;again', 'capex—      again'],
    ['capex&#8212;again', 'capex—      again'],
    ['Meta&rsquo;s', 'Meta’      s'],
    ['up &#x1F4C8; now', 'up 📈        now'],
    ['&notit; &unknown; &amp', '¬it;    &unknown; &   '],
  ])('%j → %j', (raw, decoded) => {
    const html = `<p>${raw}</p>`;
    expect(text(html)).toBe(`\n\n ${decoded}\n\n  `);
  });

  it.each([
    ['<p>Microsoft: &euro;62bn.</p>', '€ 62bn'],
    ['<p>Microsoft: &#36;80 billion.</p>', '$ 80 billion'],
    ['<p>Meta: $60&ndash;65&nbsp;billion.</p>', '$60– 65 billion'],
    ['<p>Meta: &#x20AC;60bn.</p>', '€ 60bn'],
  ])('%j reads %j', (html, figure) => {
    expect(figures(page(html))).toEqual([figure]);
  });
});

describe('inline markup does not break a figure', () => {
  it.each([
    ['<b>$67</b> billion', '$67 billion'],
    ['<strong>$60</strong>&ndash;<strong>65</strong> billion', '$60 – 65 billion'],
    ['<a href="https://example.com/65bn">$65 billion</a>', '$65 billion'],
    ['<span class="num">$80</span><span> billion</span>', '$80 billion'],
    ['about <em>$100 billion</em>', 'about $100 billion'],
    ['$75\n  billion', '$75 billion'],
  ])('%j reads %j', (inner, figure) => {
    expect(figures(page(`<p>Alphabet plans ${inner} this year.</p>`))).toEqual([figure]);
  });
});

describe('non-prose elements are blanked', () => {
  it.each([
    '<script>var capex = "$99 billion";</script>',
    '<script type="application/ld+json">{"headline":"$99 billion"}</script>',
    '<style>.x::after { content: "$99 billion"; }</style>',
    '<noscript>$99 billion</noscript>',
    '<template><p>$99 billion</p></template>',
    '<nav><a href="/">Meta $99 billion</a></nav>',
    '<aside>Related: Meta $99 billion</aside>',
    '<footer>© Meta $99 billion</footer>',
    '<p><code>$99 billion</code></p>',
    '<pre>$99 billion</pre>',
    '<!-- $99 billion -->',
    '<svg><text>$99 billion</text></svg>',
    '<iframe>$99 billion</iframe>',
    '<p hidden>$99 billion</p>',
    '<p><a href="https://example.com/$99-billion">link</a></p>',
    '<p>See https://news.example/2025/99-billion today.</p>',
  ])('%j gives no figure', (furniture) => {
    expect(figures(page(`${furniture}<p>Meta plans $65 billion.</p>`))).toEqual(['$65 billion']);
  });

  it('keeps the title but not the rest of the head', () => {
    const html = '<html><head><title>Meta: $65 billion</title><meta name="description" content="$99 billion"></head><body></body></html>';
    expect(figures(html)).toEqual(['$65 billion']);
  });
});

describe('block boundaries end sentences and paragraphs', () => {
  const sentenceOf = (html: string, figureText: string): string => {
    const prose = text(html);
    const figure = extractFigures(prose).find((each) => each.text === figureText);
    const sentence = segmentText(prose).sentences.find((span) => figure !== undefined && span.start <= figure.start && figure.end <= span.end);
    return sentence === undefined ? '' : prose.slice(sentence.start, sentence.end);
  };

  it.each([
    ['<ul><li>Meta</li><li>$65 billion</li></ul>'],
    ['<ul><li>Meta<li>$65 billion</ul>'],
    ['<p>Meta</p><p>$65 billion</p>'],
    ['<h2>Meta</h2>$65 billion'],
    ['<div>Meta</div>$65 billion'],
    ['Meta<br>$65 billion'],
    ['<blockquote>Meta</blockquote>$65 billion'],
  ])('%j keeps the figure apart from the company', (body) => {
    expect(sentenceOf(page(body), '$65 billion')).not.toContain('Meta');
  });

  it('reads a table row as one line of cells, as a Markdown table is, so the row names the figure\'s company', () => {
    const html = page('<table><tr><th>Company</th><th>2025 Capex</th></tr><tr><td>Meta</td><td>$65 billion</td></tr></table>');
    expect(sentenceOf(html, '$65 billion')).toMatch(/Meta\s*\|\s*\$65 billion/u);
    expect(sentenceOf(html, '$65 billion')).not.toContain('Company');
  });

  it.each([
    ['<p>Meta plans\n  <b>$65 billion</b>\n  of capex.</p>'],
    ['<p>Meta <a href="#">plans</a> $65 billion.</p>'],
  ])('%j keeps an inline figure in its sentence', (body) => {
    expect(sentenceOf(page(body), '$65 billion')).toContain('Meta');
  });

  it('never lets a figure run across a block boundary', () => {
    expect(figures(page('<p>Meta plans $65</p><p>billion dollars of buybacks.</p>'))).toEqual(['$65']);
  });
});
