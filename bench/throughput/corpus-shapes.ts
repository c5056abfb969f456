/**
 * The inputs the throughput benchmark times: generated articles in three formats, and the hostile shapes
 * issue 13 found quadratic (deep nesting, an unclosed backtick run, dense figures, directives left open,
 * entity runs, URLs). Each builds a document of at least the asked size, the same on every run.
 */
import { articleSentence, generateArticle, moneyPhrase, type CorpusFormat } from './generate-article.js';
import { createRandom, seedOf, type Random } from './random.js';

/** One input shape: its name, its file format, and how to build a document of at least `bytes`. */
export interface CorpusShape {
  readonly name: string;
  readonly format: CorpusFormat;
  /** A document of at least `bytes` UTF-8 bytes, the same on every call. */
  readonly build: (bytes: number) => string;
}

const COMPANIES = ['Meta', 'Microsoft', 'Alphabet', 'Amazon', 'Oracle'] as const;

/** Repeats `unit(random, index)` after `head` until the text reaches `bytes`, then adds `tail`. */
function repeatUnits(name: string, bytes: number, head: string, unit: (random: Random, index: number) => string, tail = ''): string {
  const random = createRandom(seedOf(name));
  const parts = [head];
  let size = head.length;
  for (let index = 0; size < bytes; index++) {
    const part = unit(random, index);
    parts.push(part);
    size += part.length;
  }
  parts.push(tail);
  return parts.join('');
}

/** Every shape, articles first. */
export const SHAPES: readonly CorpusShape[] = [
  { name: 'article', format: 'txt', build: (bytes) => generateArticle(bytes, 'txt', seedOf('article')) },
  { name: 'article', format: 'md', build: (bytes) => generateArticle(bytes, 'md', seedOf('article')) },
  { name: 'article', format: 'html', build: (bytes) => generateArticle(bytes, 'html', seedOf('article')) },
  {
    name: 'nested divs',
    format: 'html',
    // Every unit opens a <div> closed only at the very end: nesting as deep as the document is long.
    build: (bytes) => {
      let depth = 0;
      const body = repeatUnits('nested divs', bytes - 40, '<!doctype html>\n<html><body>\n', (random) => {
        depth++;
        return `<div><p>${articleSentence(random)}</p>\n`;
      });
      return `${body}${'</div>'.repeat(depth)}\n</body></html>\n`;
    },
  },
  {
    name: 'backtick run, no final newline',
    format: 'md',
    build: (bytes) => {
      const prose = `${COMPANIES[0]} expects capital expenditures of $65 billion in 2025.\n\n`;
      return `${prose}${'`'.repeat(Math.max(0, bytes - prose.length))}`;
    },
  },
  {
    name: 'one figure per sentence',
    format: 'txt',
    build: (bytes) => repeatUnits('one figure per sentence', bytes, '', (random, index) => `${random.pick(COMPANIES)} spent ${moneyPhrase(random)} in ${2023 + (index % 4)}. `),
  },
  {
    name: 'all figures in one sentence',
    format: 'txt',
    build: (bytes) => repeatUnits('all figures in one sentence', bytes, 'Capital spending plans this year came to ', (random) => `${moneyPhrase(random)}, `, 'and nothing more.\n'),
  },
  {
    name: 'unclosed capcheck-disable comments',
    format: 'md',
    // Directives that open a silenced region and never close it, and a last comment never terminated.
    build: (bytes) =>
      repeatUnits(
        'unclosed capcheck-disable comments',
        bytes,
        '',
        (random, index) => `<!-- capcheck-disable ${index % 2 === 0 ? 'overstated' : 'outdated'} -->\n${random.pick(COMPANIES)} expects capital expenditures of ${moneyPhrase(random, 20, 140)} in 2025.\n\n`,
        '<!-- capcheck-disable\n',
      ),
  },
  {
    name: 'runs of HTML entities',
    format: 'html',
    build: (bytes) =>
      repeatUnits(
        'runs of HTML entities',
        bytes,
        '<!doctype html>\n<html><body>\n',
        (random) => `<p>${'&nbsp;&amp;&#8212;&hellip;'.repeat(1 + random.below(40))}${articleSentence(random).replace(/ /g, '&nbsp;')}</p>\n`,
        '</body></html>\n',
      ),
  },
  {
    name: 'many URLs',
    format: 'txt',
    build: (bytes) =>
      repeatUnits('many URLs', bytes, '', (random, index) => `See https://example.com/capex/${2020 + (index % 7)}/${random.below(1000)}?q=${random.below(100000)} for ${moneyPhrase(random)} www.example.org/${index} `),
  },
];

/** A shape's label in tables: "article (md)". */
export function shapeLabel(shape: CorpusShape): string {
  return `${shape.name} (${shape.format})`;
}
