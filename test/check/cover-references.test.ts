import { describe, expect, it } from 'vitest';
import { extractDocumentFigures } from '../../src/check/extract-document-figures.js';
import { prepareDocument } from '../../src/read/prepare-document.js';

/** Each figure as its text and its source slice: the slice must show what the text says. */
const figuresOf = (path: string, source: string): [string, string][] =>
  extractDocumentFigures(prepareDocument(path, source)).map((figure) => [figure.text, source.slice(figure.start, figure.end)]);

describe('a figure that ends in a character reference covers all of it', () => {
  it.each([
    ['html: a currency sign written as a reference', 'a.html', '<p>It costs 1,234 &euro; a year.</p>', [['1,234 €', '1,234 &euro;']]],
    ['html: a percent sign by number', 'a.html', '<p>Capex rose 30&#37; in 2025.</p>', [['30%', '30&#37;']]],
    ['markdown: a currency sign written as a reference', 'a.md', 'It costs 1,234 &euro; a year.', [['1,234 €', '1,234 &euro;']]],
    ['markdown: a reference that opens the figure', 'a.md', 'It costs &#36;60 billion.', [['$60 billion', '&#36;60 billion']]],
    ['text: references are not decoded, so never covered', 'a.txt', 'It costs $60 billion&#37; more.', [['$60 billion', '$60 billion']]],
  ])('%s', (_name, path, source, expected) => {
    expect(figuresOf(path, source)).toEqual(expected);
  });
});
