import { findCountryMentions } from '../data/countries.js';
import { decimalFromInteger } from '../money/decimal.js';
import type { Amount, Claim, Figure, GdpComparison } from '../types.js';
import { spanAt, type TextSegments } from './segment-text.js';

const GDP = /\b(?:GDP|gross domestic product|economic output)\b/;
const BELOW = /\b(?:less|smaller|lower|below|under|fewer)\b[^.]{0,40}\b(?:GDP|gross domestic product|economic output)\b/i;
/** "over 50 countries", "more than fifty nations", "nearly 100 economies". */
const COUNT =
  /\b(?:(over|more than|at least|nearly|almost|about|around|some)\s+)?(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|one hundred)\s+(?:other\s+)?(?:countries|nations|economies)\b/i;
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, 'a hundred': 100, 'one hundred': 100,
};

/**
 * Finds sentences that compare a money claim with countries' GDP, with the countries they name
 * and the count they give. The compared claim is the money claim in the sentence, else the last
 * one before it ("This investment exceeds …" refers back).
 */
export function findGdpComparisons(text: string, segments: TextSegments, figures: readonly Figure[], claims: readonly Claim[]): GdpComparison[] {
  const comparisons: GdpComparison[] = [];
  const claimOf = new Map(claims.map((claim) => [claim.figure, claim]));
  const money = figures.filter((figure) => figure.kind === 'money').map((figure) => ({ figure, claim: claimOf.get(figure) ?? null }));
  for (const sentence of segments.sentences) {
    const sentenceText = text.slice(sentence.start, sentence.end);
    const gdp = GDP.exec(sentenceText);
    if (gdp === null) continue;
    const subject =
      money.find((claim) => spanAt([sentence], claim.figure.start) !== null) ?? money.filter((claim) => claim.figure.end <= sentence.start).at(-1);
    if (subject === undefined) continue;
    const after = sentence.start + gdp.index;
    const countries = findCountryMentions(text.slice(after, sentence.end)).map((mention) => ({
      iso3: mention.iso3,
      country: mention.country,
      span: { text: mention.text, start: after + mention.start, end: after + mention.end },
    }));
    const count = readCount(text, after, sentence.end);
    if (countries.length === 0 && count === null) continue;
    comparisons.push({ subject, direction: BELOW.test(sentenceText) ? 'below' : 'above', countries, count });
  }
  return comparisons;
}

function readCount(text: string, from: number, to: number): GdpComparison['count'] {
  const match = COUNT.exec(text.slice(from, to));
  if (match === null) return null;
  const written = match[2]?.toLowerCase() ?? '';
  const number = /^\d+$/.test(written) ? Number(written) : NUMBER_WORDS[written];
  if (number === undefined) return null;
  const value = decimalFromInteger(number);
  const qualifier = match[1]?.toLowerCase();
  const amount: Amount =
    qualifier === 'over' || qualifier === 'more than'
      ? { kind: 'lower-bound', value, inclusive: false }
      : qualifier === 'at least'
        ? { kind: 'lower-bound', value, inclusive: true }
        : qualifier === 'nearly' || qualifier === 'almost'
          ? { kind: 'just-below', value }
          : qualifier === undefined
            ? { kind: 'exact', value }
            : { kind: 'approximate', value };
  const start = from + match.index;
  return { amount, span: { text: match[0], start, end: start + match[0].length } };
}
