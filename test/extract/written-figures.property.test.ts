import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractWrittenFigures, TOKEN_WINDOW, type TokenWindow } from '../../src/extract/written-figures.js';

// Pieces of the figure grammar, with paragraph breaks, glued dash runs and long paragraphs, so windows are cut everywhere.
const pieces = [
  '$', 'US$', '€', '£', '¥', '%', '-', '–', '—', '--------', ',', '.', ' ', ' ', ' ', '\n', '\n\n', '\n\n\n', '\u00A0',
  '0', '5', '12', '1,234', '1.5', '2025', '1 234 567,5', '１，６３０',
  'billion', 'bn', 'B', 'm', 'million', 'Mrd', 'a', 'half', 'one', 'twenty', 'between', 'from', 'to', 'and', 'about', 'more than', 'up to', 'or',
  'U.S.', 'dollars', 'euros', 'USD', 'EUR', 'GPUs', 'H100s', 'chips', 'Nvidia', 'GW', 'MW', 'users', 'capex', 'Meta', 'respectively', 'Amazon',
  '億', 'ドル', '兆円', '억', '달러', '万', '台', '。', '、',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 300 }).map((parts) => parts.join(''));
const spaced = fc.array(fc.constantFrom(...pieces), { maxLength: 300 }).map((parts) => parts.join(' '));

/** Every token held, never dropped: the extractor as it ran over a whole token list. */
const WHOLE: TokenWindow = { behind: Infinity, ahead: Infinity, dropAfter: Infinity };
/** The extractor's own window, dropping passed tokens as early as it may. */
const TIGHT: TokenWindow = { ...TOKEN_WINDOW, dropAfter: 0 };

describe('extractWrittenFigures: a window of tokens reads what the whole list reads', () => {
  it.each([
    ['$5 billion\n\n€6 million and 7 GPUs'],
    [`${'Meta will spend $60 billion. '.repeat(200)}\n\n${'Amazon $5-7 bn. '.repeat(50)}`],
    [`${'x '.repeat(500)}$5${'-'.repeat(300)}billion`],
    [`Nvidia${' word'.repeat(100)}\n\n${'filler '.repeat(60)}5,000 chips`],
    [`${'A line.\n\n'.repeat(50)}Nvidia bought${' more'.repeat(12)} 5,000 chips${' and'.repeat(30)}`],
  ])('on %#', (input) => {
    expect(extractWrittenFigures(input, [], TIGHT)).toEqual(extractWrittenFigures(input, [], WHOLE));
  });

  it('holds for random grammar-built texts', () => {
    fc.assert(fc.property(fc.oneof(text, spaced), (input) => {
      expect(extractWrittenFigures(input, [], TIGHT)).toEqual(extractWrittenFigures(input, [], WHOLE));
    }), { numRuns: Number(process.env['FC_RUNS'] ?? 1500) });
  });

  it('holds with barriers cutting the text', () => {
    fc.assert(fc.property(fc.oneof(text, spaced), fc.array(fc.nat(), { maxLength: 8 }), (input, cuts) => {
      const starts = [...new Set(cuts.map((cut) => cut % (input.length + 1)))].sort((a, b) => a - b);
      const barriers = starts.map((start) => ({ start, end: start }));
      expect(extractWrittenFigures(input, barriers, TIGHT)).toEqual(extractWrittenFigures(input, barriers, WHOLE));
    }), { numRuns: Number(process.env['FC_RUNS'] ?? 500) });
  });
});
