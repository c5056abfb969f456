import { findCountryMentions, type CountryMention } from '../data/countries.js';
import { decimalFromInteger } from '../money/decimal.js';
import type { Amount, Claim, Figure, GdpComparison } from '../types.js';
import { spanAt, type TextSegments } from './segment-text.js';

/** GDP words: English, Polish, German, Romance, and the Japanese, Chinese and Korean terms. */
const GDP_WORDS = String.raw`GDP|gross domestic product|economic output|PKB|BIP|PIB|国内総生産|国内生产总值|國內生產總值|국내총생산`;
const GDP = new RegExp(String.raw`(?<![\p{L}])(?:${GDP_WORDS})(?![\p{Ll}])|国内総生産|国内生产总值|國內生產總值|국내총생산|(?<![A-Za-z])GDP(?![a-z])`, 'u');
const ENGLISH_GDP = /^(?:GDP|gross domestic product|economic output)$/;
/** Words saying the amount is about as large as the GDP: "on par with", "na poziomie", "czyli mniej więcej", "相当于". */
const ABOUT = new RegExp(
  String.raw`(?<![\p{L}])(?:equal(?:s|led)? to|equivalent (?:to|of)|on (?:a )?par with|comparable to|(?:about|roughly|approximately|around) (?:the size of|as (?:large|big) as)|the size of|as (?:large|big) as|na poziomie|czyli|mniej więcej|równowartoś\p{L}*|odpowiada\p{L}*|entsprich\p{L}*|entsprechen|in Höhe (?:des|von)|l['’]équivalent|équivaut|équivalent|equivalente|equivale|pari al)(?![\p{L}])|相当|匹敵|相當|맞먹|해당하|비슷한`,
  'iu',
);
const BELOW = new RegExp(
  String.raw`(?<![\p{L}])(?:less|smaller|lower|below|under|fewer|mniej niż|mniejsz\p{L}*|poniżej|weniger als|kleiner als|moins que|inférieur\p{L}*|menos que|inferior|meno di)(?![\p{L}])[^.]{0,40}(?:${GDP_WORDS})|下回|低于|低於|不及|미만|밑돌|못 미`,
  'iu',
);
/** Words saying the amount exceeds the GDP, outside English (where "exceeds" is the reading of a bare comparison). */
const ABOVE = new RegExp(
  String.raw`(?<![\p{L}])(?:więcej niż|większ\p{L}*|przewyższa\p{L}*|przekracza\p{L}*|mehr als|größer als|übertr\p{L}*|plus que|supérieur\p{L}*|dépass\p{L}*|más que|mayor que|supera\p{L}*|più di|maggiore)(?![\p{L}])|上回|超え|超過|超过|高于|高於|넘|초과|웃돌`,
  'iu',
);
/** A share of a GDP, not the GDP: "1% of US GDP", "dwie trzecie PKB Polski", "half the GDP of". */
const SHARE_BEFORE = new RegExp(
  String.raw`(?:%|\bper ?cent|\bprocent\p{L}*|\bproc\.|\bProzent|\bhalf|\bthird|\bquarter|\bfifth|\btenth|\bpołow\p{L}*|\btrzeci\p{L}*|\bczwart\p{L}*|\bHälfte|\bDrittel|\bViertel|\bmoitié|\btiers|\bquart|\bmitad|\btercio|\bmetà|\bterzo)\s+(?:(?:of|of the|the|z|des|der|du|de la|de|del|della)\s+)?(?:(?:annual|yearly|entire|whole|roczn\p{L}*|całego|całej)\s+)?$`,
  'iu',
);
/** "Croatia's GDP", "日本のGDP", "中国的国内生产总值", "한국의 GDP": a country named just before the GDP word. */
const OWNER_BEFORE = /(?:['’]s|の|的|의)?\s?$/u;

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
    const direction = readDirection(sentenceText, gdp[0]);
    if (direction === null) continue;
    const subject =
      money.find((claim) => spanAt([sentence], claim.figure.start) !== null) ?? money.filter((claim) => claim.figure.end <= sentence.start).at(-1);
    if (subject === undefined) continue;
    const after = sentence.start + gdp.index;
    const countries = findCountryMentions(sentenceText)
      .filter((mention) => isGdpOf(sentenceText, mention, gdp.index))
      .map((mention) => ({
        iso3: mention.iso3,
        country: mention.country,
        span: { text: mention.text, start: sentence.start + mention.start, end: sentence.start + mention.end },
      }));
    const count = readCount(text, after, sentence.end);
    if (countries.length === 0 && count === null) continue;
    comparisons.push({ subject, direction, countries, count });
  }
  return comparisons;
}

/**
 * What the comparison says: about as large, below, above. A bare comparison in English ("$80
 * billion, more than the GDP of …" or "tops the GDP of …") is read as "above", as before; in
 * other languages a comparison with no word for its direction is left alone.
 */
function readDirection(sentence: string, gdpWord: string): GdpComparison['direction'] | null {
  if (ABOUT.test(sentence)) return 'about';
  if (BELOW.test(sentence)) return 'below';
  if (ABOVE.test(sentence) || ENGLISH_GDP.test(gdpWord)) return 'above';
  return null;
}

/**
 * A country compared by its GDP: named after the first GDP word ("the GDP of Croatia", "PKB
 * Maroka") or just before a GDP word ("日本のGDP"), and not as a share of it ("1% of US GDP").
 */
function isGdpOf(sentence: string, mention: CountryMention, firstGdp: number): boolean {
  const gdpBefore = lastGdpBefore(sentence, mention.start);
  if (gdpBefore !== null) return mention.start >= firstGdp && !SHARE_BEFORE.test(sentence.slice(Math.max(0, gdpBefore - 40), gdpBefore));
  const rest = sentence.slice(mention.end);
  const next = GDP.exec(rest);
  if (next === null || !OWNER_BEFORE.test(rest.slice(0, next.index)) || next.index > 3) return false;
  return !SHARE_BEFORE.test(sentence.slice(Math.max(0, mention.start - 40), mention.start));
}

/** The offset of the last GDP word that ends before `offset`, if any. */
function lastGdpBefore(sentence: string, offset: number): number | null {
  let found: number | null = null;
  const all = new RegExp(GDP.source, 'gu');
  for (const match of sentence.slice(0, offset).matchAll(all)) found = match.index;
  return found;
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
