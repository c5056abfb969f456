import { describe, expect, it } from 'vitest';
import { highlightArticle, type ArticleMark } from '../../../src/report/html/highlight-article.js';

function mark(source: string, text: string, id = 'm-1'): ArticleMark {
  const start = source.indexOf(text);
  if (start < 0) throw new Error(`"${text}" is not in the source`);
  return { start, end: start + text.length, id, cardId: `f-${id}`, verdict: 'overstated', className: 'v-overstated sev-error', badge: '✖ overstated', badgeName: `Finding: ${text}` };
}

/** The text each mark wraps, badges left out, in document order. */
function markedTexts(html: string): string[] {
  return [...html.matchAll(/<mark [^>]*>([\s\S]*?)<a class="badge"/gu)].map((match) => (match[1] ?? '').replace(/<[^>]+>/gu, ''));
}

describe('highlightArticle', () => {
  it.each([
    ['ASCII', 'Meta will spend $65 billion in 2025.', '$65 billion', '$65 billion'],
    ['CJK before the figure', 'メタは2025年に設備投資として650億ドルを投じる。', '650億ドル', '650億ドル'],
    ['emoji (surrogate pairs) before the figure', '😀😀 Meta 🚀 will spend $65 billion.', '$65 billion', '$65 billion'],
    ['emoji inside the figure', 'Meta: 💰$65 billion💰 this year.', '💰$65 billion💰', '💰$65 billion💰'],
    ['CRLF line ends before the figure', 'Title\r\n\r\nMeta will spend\r\n$65 billion.\r\n', '$65 billion', '$65 billion'],
    ['markup-like text', 'Meta <b>will</b> spend $65 & more billion.', '$65 & more', '$65 &amp; more'],
  ])('marks exactly the figure: %s', (_, source, figure, expected) => {
    const html = highlightArticle(source, [mark(source, figure)]);
    expect(markedTexts(html)).toEqual([expected]);
    expect(html).not.toContain('\r');
    expect(html).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u);
  });

  it('keeps the text around the marks, with CRLF read as one line end', () => {
    const source = 'a\r\nb $1 c';
    const html = highlightArticle(source, [mark(source, '$1')]);
    expect(html.replace(/<a class="badge"[^>]*>[^<]*<\/a>/gu, '').replace(/<[^>]+>/gu, '')).toBe('a\nb $1 c');
  });

  it('never splits a surrogate pair, even when an offset falls inside one', () => {
    const source = 'x 😀$5 y';
    const start = source.indexOf('😀') + 1;
    const html = highlightArticle(source, [{ ...mark(source, '$5'), start }]);
    expect(markedTexts(html)).toEqual(['😀$5']);
  });

  it('nests a mark inside another and clips one that runs past the end of the one it starts in', () => {
    const source = 'up 65% to $65 billion in 2025';
    const outer = { ...mark(source, '65% to $65 billion', 'm-1') };
    const inner = { ...mark(source, '$65 billion', 'm-2') };
    const crossing = { ...mark(source, 'billion in 2025', 'm-3') };
    const html = highlightArticle(source, [crossing, inner, outer]);
    expect(html).toMatch(/<mark id="m-1"[^>]*>65% to <mark id="m-2"[^>]*>\$65 <mark id="m-3"[^>]*>billion<a/u);
    expect((html.match(/<mark /gu) ?? []).length).toBe((html.match(/<\/mark>/gu) ?? []).length);
  });

  it.each([
    ['empty', { start: 3, end: 3 }],
    ['outside the text', { start: 5, end: 99 }],
  ])('leaves out a mark that is %s', (_, span) => {
    const source = 'Meta $65 billion';
    expect(highlightArticle(source, [{ ...mark(source, '$65'), ...span }])).toBe('Meta $65 billion');
  });

  it('escapes article text that looks like markup, including a closing script tag', () => {
    const source = '</script><script>alert("$65 billion")</script>';
    const html = highlightArticle(source, [mark(source, '$65 billion')]);
    expect(html).not.toMatch(/<\/?script/iu);
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(&quot;');
  });
});
