/**
 * Figures are source text: over documents built from pieces whose visible text is known, every figure
 * lies inside the source, runs across no non-prose (URL, code, comment, script), and its `text` is what a
 * reader sees of `source.slice(start, end)`: the slice itself for plain text; for Markdown, the slice with
 * markup dropped, references decoded and white space collapsed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDocumentFigures } from '../../src/check/extract-document-figures.js';
import { prepareDocument } from '../../src/read/prepare-document.js';
import type { TextSpan } from '../../src/types.js';

/** A run of source with what a reader sees of each of its characters ('' for markup), and whether it is non-prose. */
interface Segment {
  readonly source: string;
  readonly shown: readonly string[];
  readonly barrier: boolean;
  /** A character reference: a figure's slice takes it whole or not at all. */
  readonly reference?: true;
}

const prose = (source: string): Segment => ({ source, shown: [...source].flatMap(units), barrier: false });
const markup = (source: string): Segment => ({ source, shown: Array.from({ length: source.length }, () => ''), barrier: false });
const nonProse = (source: string): Segment => ({ ...markup(source), barrier: true });
/** A character reference: the reader sees `decoded` where it starts. */
const reference = (source: string, decoded: string): Segment => ({ source, shown: [decoded, ...Array.from({ length: source.length - 1 }, () => '')], barrier: false, reference: true });
const wrapped = (open: string, inner: Segment, close: string): Segment[] => [markup(open), inner, markup(close)];
/** Each UTF-16 unit of a character, the character shown on its first unit. */
function units(char: string): string[] {
  return char.length === 1 ? [char] : [char, ...Array.from({ length: char.length - 1 }, () => '')];
}

const FIGURE_WORDS = [
  '$60 billion', 'more than', '$60', 'billion', '60', '€1.5bn', 'about', '5 GW', '30%', '1,234', 'dollars', 'US$',
  '約60億ドル', '600億円', '2025', 'H100 GPUs', 'million', 'up to', 'nearly', '¥', '10,000 GPUs', 'euros',
];
const WORDS = ['Meta', 'will', 'spend', 'capex', 'in', 'and', 'the', 'on', '投資', 'café', '📈', 'Microsoft', ',', '.'];
const URLS = ['www.meta.com/capex', 'https://x.com/2025/60', 'http://a.b/60-billion?x=1'];

const proseSegment = fc.constantFrom(...FIGURE_WORDS, ...WORDS).map(prose);
const textSegment = fc.oneof({ weight: 5, arbitrary: proseSegment }, { weight: 1, arbitrary: fc.constantFrom(...URLS).map(nonProse) });

const markdownInline = fc.oneof(
  { weight: 6, arbitrary: proseSegment.map((segment) => [segment]) },
  { weight: 2, arbitrary: fc.constantFrom(...URLS).map((url) => [nonProse(url)]) },
  { weight: 2, arbitrary: fc.constantFrom('`60 billion`', '`$7`', '<!-- $60 billion -->', '<code>60</code>', '<script>60</script>', '<https://x.com/60>').map((code) => [nonProse(code)]) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(['**', '**'], ['_', '_'], ['<b>', '</b>'], ['<span class="a">', '</span>'], ['[', '](#note)']), proseSegment).map(([[open, close], inner]) => wrapped(open, inner, close)) },
  { weight: 1, arbitrary: fc.constantFrom(reference('&amp;', '&'), reference('&#36;', '$'), reference('&euro;', '€')).map((segment) => [segment]) },
);
const htmlInline = fc.oneof(
  { weight: 6, arbitrary: proseSegment.map((segment) => [segment]) },
  { weight: 2, arbitrary: fc.constantFrom(...URLS).map((url) => [nonProse(url)]) },
  { weight: 2, arbitrary: fc.constantFrom('<!-- $60 billion -->', '<code>60</code>', '<script>60</script>', '<style>p{}</style>').map((code) => [nonProse(code)]) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(['<b>', '</b>'], ['<span class="a">', '</span>'], ['<a href="#">', '</a>']), proseSegment).map(([[open, close], inner]) => wrapped(open, inner, close)) },
  { weight: 1, arbitrary: fc.constantFrom(reference('&amp;', '&'), reference('&#36;', '$'), reference('&euro;', '€')).map((segment) => [segment]) },
);
const markdownBlock = fc.constantFrom('\n\n```\n$60 billion\n```\n\n', '\n\n').map((block) => [nonProse(block)]);
const SEPARATORS = [' ', ' ', ' ', '\n'];

/** Joins segments with separators the reader shows as white space; the document opens with a word so no line reads as a list or heading. */
function joinSegments(parts: readonly (readonly Segment[])[], separators: readonly string[]): Built {
  let source = 'Text';
  const shown = ['T', 'e', 'x', 't'];
  const barriers: TextSpan[] = [];
  const references: TextSpan[] = [];
  parts.forEach((segments, index) => {
    const separator = separators[index % separators.length] ?? ' ';
    source += separator;
    shown.push(...separator);
    for (const segment of segments) {
      const span = { start: source.length, end: source.length + segment.source.length };
      if (segment.barrier) barriers.push(span);
      if (segment.reference) references.push(span);
      source += segment.source;
      shown.push(...segment.shown);
    }
  });
  return { source, shown, barriers, references };
}

/** A generated document: its source, what a reader sees of each UTF-16 unit, and where its non-prose and references stand. */
interface Built {
  readonly source: string;
  readonly shown: readonly string[];
  readonly barriers: readonly TextSpan[];
  readonly references: readonly TextSpan[];
}

const document = (inline: fc.Arbitrary<Segment[]>, blocks: fc.Arbitrary<Segment[]> | null) =>
  fc.tuple(
    fc.array(blocks === null ? inline : fc.oneof({ weight: 8, arbitrary: inline }, { weight: 1, arbitrary: blocks }), { maxLength: 30 }),
    fc.array(fc.constantFrom(...SEPARATORS), { minLength: 1, maxLength: 5 }),
  ).map(([parts, separators]) => joinSegments(parts, separators));

/** Checks the span laws, and returns each figure with the text the reader sees of its slice. */
function checkFigures(path: string, built: Built): { text: string; seen: string; slice: string }[] {
  const { source, shown, barriers, references } = built;
  const prepared = prepareDocument(path, source);
  const figures = extractDocumentFigures(prepared);
  return figures.map((figure) => {
    const where = `${JSON.stringify(source)}: ${JSON.stringify(figure.text)} at ${figure.start}-${figure.end}`;
    expect(figure.start, where).toBeGreaterThanOrEqual(0);
    expect(figure.end, where).toBeGreaterThan(figure.start);
    expect(figure.end, where).toBeLessThanOrEqual(source.length);
    for (const barrier of [...barriers, ...prepared.barriers]) {
      expect(figure.start < barrier.end && barrier.start < figure.end, `${where} crosses ${source.slice(barrier.start, barrier.end)}`).toBe(false);
    }
    for (const reference of references) {
      const cut = (offset: number): boolean => reference.start < offset && offset < reference.end;
      expect(cut(figure.start) || cut(figure.end), `${where} cuts ${source.slice(reference.start, reference.end)}`).toBe(false);
    }
    const seen = shown.slice(figure.start, figure.end).join('').replace(/\s+/g, ' ').trim();
    return { text: figure.text, seen, slice: source.slice(figure.start, figure.end) };
  });
}

const SETTINGS = { seed: 20261201, numRuns: 300 };

describe('figures are source text', () => {
  it('text documents: a figure is exactly its slice and crosses no URL', () => {
    fc.assert(fc.property(document(textSegment.map((segment) => [segment]), null), (built) => {
      for (const { text, slice } of checkFigures('draft.txt', built)) expect(text).toBe(slice);
    }), SETTINGS);
  });

  it('Markdown: a figure is the visible text of its slice and crosses no code, comment or URL', () => {
    fc.assert(fc.property(document(markdownInline, markdownBlock), (built) => {
      for (const { text, seen } of checkFigures('draft.md', built)) expect(text, JSON.stringify(built.source)).toBe(seen);
    }), SETTINGS);
  });

  it('HTML: a figure lies inside the source and crosses no script, comment, code or URL', () => {
    const html = document(htmlInline, null).map((built) => ({
      source: `<p>${built.source}</p>`,
      shown: ['', '', '', ...built.shown, '', '', '', ''],
      barriers: built.barriers.map((span) => ({ start: span.start + 3, end: span.end + 3 })),
      references: built.references.map((span) => ({ start: span.start + 3, end: span.end + 3 })),
    }));
    // Spans only (checkFigures asserts them): the text of an HTML figure is rebuilt by src/read/html/visible-html-text.ts, tested with it.
    fc.assert(fc.property(html, (built) => {
      for (const { text, seen } of checkFigures('page.html', built)) expect(text, JSON.stringify(built.source)).toBe(seen);
    }), SETTINGS);
  });
});
