import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareDocument } from '../../src/read/prepare-document.js';

const text = (source: string): string => prepareDocument('draft.md', source).text;

describe('Markdown prose: laws for any input', () => {
  const pieces = [
    '*', '**', '_', '~~', '`', '```', '~~~', '[', ']', '(', ')', '](https://x.y/2025)', '![', '<b>', '</b>', '<pre>', '</pre>',
    '<script>', '</script>', '<!--', '-->', '&amp;', '&nbsp;', '&#36;', '&#x20AC;', '&copy', '\\', '>', '> ', '-', '- ', '1. ',
    '#', '# ', '|', ' | ', '---', '+++', '\n', '\n\n', '\r\n', '\r', ' ', '  ', '    ', '\t', '$67', ' billion', 'Meta', 'é', '📈',
    'https://x.y/2025', 'www.x.y', '[^1]', '[^1]: ', '[a]: /b', '\uFEFF', 'date: 2025-01-25',
  ];
  const markdown = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(''));
  /** A character the prose shows differently from the source must belong to a decoded character reference. */
  const insideReference = (source: string, offset: number): boolean => {
    const ampersand = source.lastIndexOf('&', offset);
    return ampersand >= 0 && /^&#?[0-9A-Za-z]*;?$/.test(source.slice(ampersand, offset + 1));
  };

  it('keeps the length, and every shown character where the source has it', () => {
    fc.assert(
      fc.property(markdown, (source) => {
        const document = prepareDocument('draft.md', source);
        expect(document.text).toHaveLength(source.length);
        for (let offset = 0; offset < source.length; offset++) {
          const shown = document.text.charAt(offset);
          if (/\s/.test(shown) || shown === source.charAt(offset)) continue;
          expect(insideReference(source, offset), `${JSON.stringify(source)} at ${offset}`).toBe(true);
        }
        if (document.format !== 'markdown') throw new Error('not read as Markdown');
        for (const spans of [document.layout.prose, document.layout.html]) {
          let previousEnd = 0;
          for (const span of spans) {
            expect(span.start).toBeGreaterThanOrEqual(previousEnd);
            expect(span.end).toBeGreaterThan(span.start);
            previousEnd = span.end;
          }
          expect(previousEnd).toBeLessThanOrEqual(source.length);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it.each([
    ['block quotes', '>'.repeat(20_000) + ' Meta $65B'],
    ['list items', '- '.repeat(1_500) + 'Meta $65B'],
    ['links', '['.repeat(5_000) + 'Meta $65B' + '](x)'.repeat(5_000)],
    // Large on purpose (micromark's own work grows with depth): on a loaded 2-core machine this takes tens of seconds.
  ])('reads %s nested deeper than any article without a stack trace', { timeout: 60_000 }, (_name, source) => {
    const document = prepareDocument('draft.md', source);
    expect(document.text).toHaveLength(source.length);
    expect(document.text).toContain('$65B');
  });

  it('reads a paragraph of 150,000 inline tags without a stack trace', { timeout: 60_000 }, () => {
    const source = `${'<b>'.repeat(150_000)} Meta $65B`;
    expect(text(source).trimStart()).toBe('Meta $65B');
  });
});
