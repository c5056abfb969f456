import { describe, expect, it } from 'vitest';
import { extractDocumentFigures } from '../../src/check/extract-document-figures.js';
import { prepareHtmlDocument } from '../../src/read/html/prepare-html-document.js';
import { prepareDocument } from '../../src/read/prepare-document.js';
import { check } from '../../src/check/check.js';

const page = (body: string): string => `<!doctype html><html><head><title>News</title></head><body><p>Meta expects ${body} in capex in 2025.</p></body></html>`;
const figureTexts = (html: string): string[] => extractDocumentFigures(prepareHtmlDocument('page.html', html)).map((figure) => figure.text);

describe('an HTML figure’s text is what the page shows, read from the parsed text, never from the markup', () => {
  it.each([
    ['across <b>', '<b>$60</b> billion', ['$60 billion']],
    ['a tag between, no space: glued', '<b>$60</b>&ndash;65 billion', ['$60–65 billion']],
    ['references decoded, their padding dropped', '$60&nbsp;billion', ['$60 billion']],
    ['a numeric reference', '&#36;60&#x2013;65 billion', ['$60–65 billion']],
    ['an attribute holding ">"', '<b title="a>b">$60</b> billion', ['$60 billion']],
    ['an attribute holding ">" inside the figure', '$60<span title="x>y"></span> billion', ['$60 billion']],
    ['an attribute holding a control sequence', '<span data-x="\u001b]0;pwned\u0007">$60 billion</span>', ['$60 billion']],
    ['line breaks inside the text collapse', '$60\r\n   billion', ['$60 billion']],
    // A comment or a script parts a figure: neither its content nor its markup is ever part of a figure's text.
    ['across a comment', '$60<!-- \u001b]0;pwned\u0007 --> billion', ['$60']],
    ['across a script', '$60<script>document.title = "\u001b]0;pwned\u0007"</script> billion', ['$60']],
    ['across a style', '$60<style>b::after { content: "\u001b[2J" }</style> billion', ['$60']],
  ])('%s', (_name, body, expected) => {
    expect(figureTexts(page(body))).toEqual(expected);
  });

  it('never carries a character from inside a tag, script, style or comment', () => {
    const html = page('<i class="x">$60<!-- 7 --></i><script>var y = "\u001b[2J";</script><b>–65</b> billion');
    for (const text of figureTexts(html)) expect(text).not.toMatch(/[<>"\u001b]|class|script/);
  });
});

describe('lone surrogates', () => {
  // Two low surrogates in a row made parse5 throw "Invalid code point 1114112" (in text and in a script).
  const inputs = ['\uDC00\uDC00<p>Meta $65 billion</p>', '<script>x\uDC00\uDC00</script><p>$6</p>', '<p>Meta \uD800 $65 billion</p>', '<p>Meta $6\uDC005 billion in capex</p>', '<p title="\uD800">Meta&nbsp;\uDBFF$65 billion</p>', '<title>\uDFFF</title><p>\uD800</p>'];

  it.each(inputs)('the HTML reader reads %j without throwing', (html) => {
    expect(() => extractDocumentFigures(prepareDocument('a.html', html))).not.toThrow();
    expect(() => check(html, { format: 'html', date: '2025-02-10' })).not.toThrow();
  });

  it('a figure beside them is still read, at its offset in the text as given', () => {
    const html = '<p>Meta will spend \uDC00\uDC00 $65 billion on capex in 2025.</p>';
    const [figure] = extractDocumentFigures(prepareDocument('a.html', html));
    expect(figure && html.slice(figure.start, figure.end)).toBe('$65 billion');
    expect(check('<p>Meta will spend \uD800 $65 billion on capex in 2025.</p>', { format: 'html', date: '2025-02-10' }).files[0]?.findings.map((finding) => finding.text)).toEqual(['$65 billion']);
  });
});
