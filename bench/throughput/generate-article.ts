/**
 * Generated news articles for the throughput benchmark, written for the project: paragraphs about capital
 * spending, data centres and chips, with company names, money figures in several styles, percentages and
 * years; some capital-expenditure claims are far from any official guidance (wrong figures), others are
 * about companies capcheck has no records for. Plain text, Markdown and HTML carry the same prose.
 */
import { createRandom, type Random } from './random.js';

/** The formats a generated document is written in, by file extension. */
export type CorpusFormat = 'txt' | 'md' | 'html';

const CHECKED = ['Meta', 'Microsoft', 'Alphabet', 'Amazon', 'Oracle'] as const;
const UNKNOWN = ['Northwind Cloud', 'Larkspur Systems', 'Halvorsen Grid', 'Peregrine Compute', 'Ostrava Foundry', 'Bluefen Networks'] as const;
const PEOPLE = ['the chief financial officer', 'an analyst at a Zurich bank', 'a spokeswoman', 'the head of infrastructure', 'one long-time investor'] as const;
const PLACES = ['Ohio', 'Aragon', 'Queensland', 'Jutland', 'Texas', 'Hokkaido', 'Ontario'] as const;
const THINGS = ['data centres', 'custom accelerators', 'power contracts', 'fibre links', 'cooling plants', 'server racks'] as const;
const SCALES = ['billion', 'million', 'bn'] as const;
const FILLER = [
  'The plan drew questions on the call about how quickly the new buildings would fill.',
  'Construction crews have been working in shifts since the spring, according to local officials.',
  'Some investors worry that returns will lag the spending for several years.',
  'Suppliers said order books were full well into next year.',
  'Electricity remains the tightest constraint, several executives said.',
  'The shares closed slightly lower after the announcement.',
  'Local councils have welcomed the jobs but asked about water use.',
  'Few details were given about the mix of chips in the new clusters.',
] as const;

/** A money figure in one of the styles articles use: "$65 billion", "US$4.5bn", "€800 million", "12 billion dollars". */
export function moneyPhrase(random: Random, low = 1, high = 150): string {
  const whole = low + random.below(high - low + 1);
  const value = random.below(4) === 0 ? `${whole}.${1 + random.below(9)}` : String(whole);
  const scale = random.pick(SCALES);
  switch (random.below(5)) {
    case 0:
      return `US$${value}${scale === 'bn' ? 'bn' : ` ${scale}`}`;
    case 1:
      return `€${value} ${scale === 'bn' ? 'billion' : scale}`;
    case 2:
      return `${value} ${scale === 'million' ? 'million' : 'billion'} dollars`;
    default:
      return `$${value}${scale === 'bn' ? 'bn' : ` ${scale}`}`;
  }
}

/** One sentence of an article: a capex claim, another money figure, a percentage, or filler prose. */
export function articleSentence(random: Random): string {
  const year = 2023 + random.below(4);
  switch (random.below(7)) {
    case 0: {
      // A capex claim about a company with records: the figure is drawn wide, so most are wrong.
      return `${random.pick(CHECKED)} expects capital expenditures of ${moneyPhrase(random, 20, 140)} in ${year}, ${random.pick(PEOPLE)} said.`;
    }
    case 1:
      return `${random.pick(UNKNOWN)} will spend ${moneyPhrase(random)} on ${random.pick(THINGS)} in ${random.pick(PLACES)} through ${year}.`;
    case 2:
      return `Revenue at ${random.pick([...CHECKED, ...UNKNOWN])} rose ${1 + random.below(60)}% to ${moneyPhrase(random)} in the ${random.pick(['first', 'second', 'third', 'fourth'])} quarter.`;
    case 3:
      return `The site in ${random.pick(PLACES)} will draw about ${1 + random.below(900)} megawatts and house some ${(10 + random.below(490)) * 1000} GPUs.`;
    case 4:
      return `Spending on ${random.pick(THINGS)} grew ${random.below(80)} percent from a year earlier, ${random.pick(PEOPLE)} noted.`;
    default:
      return random.pick(FILLER);
  }
}

function paragraph(random: Random): string {
  return Array.from({ length: 2 + random.below(5) }, () => articleSentence(random)).join(' ');
}

/**
 * An article of at least `bytes` UTF-8 bytes (a little more: it ends after a whole paragraph and, for
 * HTML, its closing tags), the same for the same `seed`.
 */
export function generateArticle(bytes: number, format: CorpusFormat, seed: number): string {
  const random = createRandom(seed);
  const parts: string[] = [HEAD[format]];
  let size = Buffer.byteLength(HEAD[format]);
  let index = 0;
  while (size < bytes) {
    const part = wrapParagraph(format, paragraph(random), index++, random);
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  parts.push(TAIL[format]);
  return parts.join('');
}

const HEAD: Readonly<Record<CorpusFormat, string>> = {
  txt: 'Cloud builders keep raising their spending plans\nBy a staff writer\n\n',
  md: '---\ntitle: Cloud builders keep raising their spending plans\n---\n\n# Cloud builders keep raising their spending plans\n\n',
  html: '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Cloud builders keep raising their spending plans</title></head>\n<body><article>\n<h1>Cloud builders keep raising their spending plans</h1>\n',
};
const TAIL: Readonly<Record<CorpusFormat, string>> = { txt: '', md: '', html: '</article></body></html>\n' };

function wrapParagraph(format: CorpusFormat, text: string, index: number, random: Random): string {
  switch (format) {
    case 'txt':
      return `${text}\n\n`;
    case 'md':
      if (index % 9 === 8) return `## ${random.pick(THINGS)} in ${random.pick(PLACES)}\n\n`;
      if (index % 7 === 6) return `- ${text.split('. ').join('.\n- ')}\n\n`;
      return `${text.replace(/ (\$\d+)/, ' **$1**').replace(/ in (\d{4})/, ' in [$1](https://example.com/archive/$1)')}\n\n`;
    case 'html':
      if (index % 9 === 8) return `<h2>${random.pick(THINGS)} in ${random.pick(PLACES)}</h2>\n`;
      return `<p>${text.replace(/ (\$\d+)/, ' <b>$1</b>').replace(/ said\./, '&nbsp;said.').replace(/ in (\d{4})/, ' in <a href="https://example.com/archive/$1">$1</a>')}</p>\n`;
    default: {
      const never: never = format;
      return never;
    }
  }
}
