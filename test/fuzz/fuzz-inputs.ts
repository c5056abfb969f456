/**
 * Generators for the fuzzer: articles built from realistic pieces (money figures in several
 * languages and scripts, URLs, code, markup, entities, front matter) mixed with what breaks
 * readers and terminals (control characters, bidi overrides, lone surrogates), and mutations of them.
 */
import fc from 'fast-check';
import { FORMAT_NAMES, type FormatName } from '../../src/report/formats.js';

/** One input: its text, the name it goes by (which picks the reader), and the report format. */
export interface FuzzCase {
  readonly text: string;
  readonly path: 'draft.txt' | 'draft.md' | 'draft.html';
  readonly format: FormatName;
}

const FIGURES = [
  '$65 billion', '$60-65 billion', '$60–65B', 'US$ 1.2 trillion', '€62bn', '£3.5 billion', '¥2 trillion', '₩ 30조',
  '300億円', '1,2 Milliarden Euro', '62 milliards d’euros', '2.5 mil millones de dólares', '4000亿元', '30조 원',
  '$0.5bn', 'between $64 billion and $72 billion', 'more than $100 billion', 'about 1.3 million GPUs', '40-45%',
  '(€0 billion)', '$75 billion (SEK 680 billion)', 'capex of $39.23 billion', '7,5 bilhões de reais',
];
const WORDS = [
  'Meta', 'Alphabet', 'Microsoft', 'Amazon', 'Oracle', 'will spend', 'more than', 'about', 'up to', 'plans', 'capital expenditures', 'capex', 'in 2025',
  'in fiscal 2026', 'in Q3 2025', 'said', 'on AI', 'up from', 'than', 'or', 'and', 'the', ',', '.', ';', ' ', ' ', ' ',
  '设备投资', '設備投資', '투자', 'Investitionen', 'investissements', '日本語', '📈', '🚀', 'é', 'ß',
];
const NON_PROSE = [
  'https://www.meta.com/2025/01/29/capex', 'www.meta.com/capex', 'http://x.y/$60', '`$60 billion`', '`code`', '```\n$70 billion\n```\n',
  '    indented $80 billion\n', '[link](https://a.b/2025)', '![img](/p/$5.png)', '<https://a.b/$6>',
];
const MARKUP = [
  '*', '**', '_', '~~', '[', ']', '(', ')', '# ', '## ', '> ', '- ', '1. ', '|', ' | ', '---', '\\', '[^1]', '[^1]: ',
  '<!-- capcheck-disable -->', '<!-- capcheck-disable-next-line overstated -->', '<!-- capcheck-enable -->',
  '<b>', '</b>', '<p>', '</p>', '<div>', '</div>', '<script>', '</script>', '<style>', '</style>', '<nav>', '</nav>',
  '<article>', '</article>', '<pre>', '</pre>', '<code>', '</code>', '<!--', '-->', '<br>', '<a href="https://x.y/2025">', '</a>',
  '&amp;', '&nbsp;', '&#36;', '&#x20AC;', '&euro;', '&copy', '&#0;', '&#x1b;', '&#xD800;', '&lt;', '&gt;',
];
const FRONT_MATTER = ['---\ndate: 2025-02-10\n---\n\n', '---\ntitle: "x"\ndate: 2025-06-15\nurl: https://a.b/c\n---\n', '---\ndate: [unclosed\n---\n', '+++\ndate = 2025-01-01\n+++\n', ''];
/** What breaks terminals and readers: ESC sequences, BEL, BS, CR, DEL, C1, bidi controls, lone surrogates, NUL. */
const HOSTILE = [
  '\x1b]0;pwned\x07', '\x1b[2J', '\x1b[31m', '\x1b', '\x07', '\x08', '\r', '\r\n', '\x7f', '\x85', '\x9b', '\u202e', '\u2066',
  '\u200b', '\ufeff', '\ud800', '\udc00', '\udbff', '\u0000', '\t', '\n', '\n\n', '\u2028', '::error file=x::y', '%0A',
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...FIGURES) },
  { weight: 2, arbitrary: fc.constantFrom(...NON_PROSE) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

/**
 * A claim the checker reads ("Meta will spend more than $70 billion on capex in 2025."), with
 * something hostile, markup or non-prose slipped in anywhere: inside the figure too, where it once
 * reached reports raw or was bridged over.
 */
const claim = fc
  .tuple(
    fc.constantFrom('Meta', 'Alphabet', 'Microsoft', 'Amazon', 'Oracle'),
    fc.constantFrom(' will spend ', ' plans capex of ', ' expects to invest ', ' spent '),
    fc.constantFrom('', 'more than ', 'about ', 'up to ', 'between '),
    fc.constantFrom('$70', '$60', '$64', 'US$ 65', '€62', '$1.2'),
    fc.constantFrom(' billion', 'bn', ' trillion', '-65 billion', ' and $72 billion'),
    fc.constantFrom(' on capital expenditures in 2025.', ' on capex in 2025.', ' in fiscal 2026.', '.'),
    fc.nat({ max: 5 }),
    fc.constantFrom(...HOSTILE, ...NON_PROSE, ...MARKUP, ''),
  )
  .map(([company, verb, qualifier, amount, scale, tail, at, slipped]) => {
    const parts: string[] = [company, verb, qualifier, amount, scale, tail];
    parts.splice(at + 1, 0, slipped);
    return parts.join('');
  });

/** Prose built from the pieces and claims, with spaces between most of them. */
const prose = fc
  .array(fc.tuple(fc.oneof({ weight: 4, arbitrary: piece }, { weight: 2, arbitrary: claim }), fc.constantFrom(' ', ' ', '', '\n')), { maxLength: 30 })
  .map((parts) => parts.map(([part, gap]) => part + gap).join(''));

/** A plain-text article. */
export const plainText = prose;

/** A Markdown article: front matter, then prose and markup interleaved. */
export const markdownText = fc
  .tuple(fc.constantFrom(...FRONT_MATTER), fc.array(fc.oneof(prose, fc.constantFrom(...MARKUP, ...NON_PROSE)), { maxLength: 12 }))
  .map(([front, parts]) => front + parts.join(''));

/** An HTML page: a head that may state a date, then prose and tags interleaved. */
export const htmlText = fc
  .tuple(
    fc.constantFrom('<!doctype html><html><head><meta property="article:published_time" content="2025-02-10T08:00:00Z"></head><body>', '<html><body>', '<p>'),
    fc.array(fc.oneof(prose, fc.constantFrom(...MARKUP)), { maxLength: 12 }),
  )
  .map(([head, parts]) => head + parts.join(''));

/** Random edits of a text: characters inserted, deleted or replaced anywhere (lone surrogates included). */
function mutated(base: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const edit = fc.tuple(fc.nat(), fc.nat({ max: 4 }), fc.oneof(fc.constantFrom(...HOSTILE, ...MARKUP), fc.string({ unit: 'binary', maxLength: 3 })));
  return fc.tuple(base, fc.array(edit, { maxLength: 6 })).map(([text, edits]) =>
    edits.reduce((current, [at, cut, insert]) => {
      const offset = current.length === 0 ? 0 : at % (current.length + 1);
      return current.slice(0, offset) + insert + current.slice(offset + cut);
    }, text),
  );
}

/** Any text at all: the structured generators, their mutations, and plain random strings. */
const anyText = fc.oneof(plainText, markdownText, htmlText, mutated(fc.oneof(plainText, markdownText, htmlText)), fc.string({ unit: 'binary', maxLength: 200 }));

/** A whole case: any text, read as any of the three formats, reported in any format. */
export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.record({
  text: anyText,
  path: fc.constantFrom('draft.txt' as const, 'draft.md' as const, 'draft.html' as const),
  format: fc.constantFrom(...FORMAT_NAMES),
});
