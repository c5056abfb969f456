import { decimalFromInteger, parseDecimal, type Decimal } from '../money/decimal.js';
import type { Amount } from '../types.js';

/** A multiple written in words ("more than double", "2倍超"): where it stands in its sentence, and the ratio it claims. */
export interface WrittenMultiple {
  /** 0-based offset in the sentence text. */
  readonly index: number;
  readonly text: string;
  readonly factor: Amount;
}

type Bound = 'lower' | 'lower-inclusive' | 'near' | 'about';

/** Words before a multiple, and how they bound it. */
const QUALIFIERS: Readonly<Record<string, Bound>> = {
  'more than': 'lower', over: 'lower', 'well over': 'lower', 'más que': 'lower', 'más de': 'lower', más: 'lower', 'plus que': 'lower', 'plus de': 'lower',
  plus: 'lower', 'mehr als': 'lower', über: 'lower', gut: 'lower', 'più che': 'lower', 'più del': 'lower', più: 'lower', 'mais que': 'lower',
  'mais do que': 'lower', 'mais de': 'lower', 'at least': 'lower-inclusive', mindestens: 'lower-inclusive', 'au moins': 'lower-inclusive',
  'al menos': 'lower-inclusive', 'almeno': 'lower-inclusive', 'pelo menos': 'lower-inclusive',
  nearly: 'near', almost: 'near', 'close to': 'near', fast: 'near', knapp: 'near', beinahe: 'near', quasi: 'near', quase: 'near', presque: 'near',
  casi: 'near', prácticamente: 'near', praticamente: 'near', 'près de': 'near',
  roughly: 'about', about: 'about', around: 'about', some: 'about', etwa: 'about', rund: 'about', environ: 'about', aproximadamente: 'about', circa: 'about',
};
/** Count words of "x-fold", "three times", "dreimal so viel", "trois fois plus", "tres veces más". */
const COUNTS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, ten: 10, zwei: 2, drei: 3, vier: 4, fünf: 5, deux: 2, trois: 3, quatre: 4, cinq: 5, dos: 2, tres: 3, cuatro: 4,
  cinco: 5, due: 2, tre: 3, quattro: 4, duas: 2, três: 3,
};
const COUNT = `(?<count>${Object.keys(COUNTS).join('|')}|\\d+(?:\\.\\d+)?)`;

/**
 * "doubling", "more than double", "nearly tripled", "twice as much", "three times last year's", "2.5x",
 * "threefold", "más del doble", "plus du double", "mehr als verdreifacht", "quasi raddoppiato", "dreimal so viel".
 * Not "double-digit", nor "twice" as a count of events ("raised its outlook twice").
 */
const MULTIPLE = new RegExp(
  `(?<![\\p{L}])(?:(?<qualifier>${Object.keys(QUALIFIERS)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\s+)?(?<word>` +
    [
      'doubl(?:e|ed|es|ing)(?![\\p{L}-])', 'tripl(?:e|ed|es|ing)(?![\\p{L}-])', 'quadrupl(?:e|ed|es|ing)(?![\\p{L}-])',
      'twice(?=\\s+(?:as|the|what|its|their|last))',
      `${COUNT}(?:\\s*times(?=\\s+(?:as|the|what|its|their|last))|x(?![\\p{L}])|[-\\s]?fold(?![\\p{L}])|\\s*(?:mal\\s+so\\s+(?:viel|hoch|groß)|fois\\s+plus|veces\\s+(?:más|mayor)|volte\\s+(?:tanto|di più|più|superiore)|vezes\\s+(?:mais|maior)))`,
      'doppelt\\s+so\\s+(?:viel|hoch|groß)',
      'duplic(?:ar|a|ará|ó|an|ando|ado|ada|ou|ato|ata)', 'doubl(?:er|era|é|ée|ées|és)', 'verdopp\\p{L}*', 'raddopp\\p{L}*', 'dobr(?:ar|a|ará|ou|ando|ado)',
      'tripl(?:icar|ica|icará|icó|er|era|é|ée|és|ées)', 'verdreifach\\p{L}*', 'triplic\\p{L}*', 'vervierfach\\p{L}*', 'quadruplic\\p{L}*', 'cuadruplic\\p{L}*',
      '(?:el|del) doble', '(?:le|du) double', 'das Doppelte', '(?:il|del) doppio', '(?:o|do) dobro', 'das Dreifache', '(?:le|du) triple', '(?:el|del) triple', '(?:il|del) triplo', '(?:o|do) triplo',
    ].join('|') +
    ')',
  'giu',
);

/** Japanese, Chinese and Korean: "倍増", "ほぼ2倍", "2倍超", "翻了一番", "增长一倍", "두 배", "2배 이상". */
const CJK_MULTIPLE =
  /(?:(?<before>ほぼ|約|およそ|将近|接近|近|约|超过|逾|거의|약)\s*)?(?<word>倍増|翻(?:了)?(?:一)?(?:倍|番)|增长(?:了)?(?:一|1)倍|(?<number>[0-9０-９]+(?:[.．][0-9０-９]+)?|[二两兩三四]|(?<![가-힣])(?:두|세|네))\s*(?:倍|배(?=[로가에의를는이]|[^가-힣]|$)))\s*(?<after>超|以上|強|弱|近く|近い|多|이상|가까이|가량|정도|넘게)?/gu;
/** Words that tie a bare "N倍" to a change over time: a base period, or a verb of growth after it. */
const CJK_BASE = /前年|昨年|前期|去年|上年|同期|前年度|작년|전년|지난해/u;
const CJK_GROWTH_AFTER = /^\s*(?:に(?:増|拡大|膨ら|達|な)|へ|增|增长|增加|达到|로\s*늘|으로\s*늘|로\s*증가|으로\s*증가|증가|늘|확대)/u;
const CJK_NUMBERS: Readonly<Record<string, number>> = { 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 두: 2, 세: 3, 네: 4 };
const CJK_QUALIFIERS: Readonly<Record<string, Bound>> = {
  ほぼ: 'near', 将近: 'near', 接近: 'near', 近: 'near', 거의: 'near', 近く: 'near', 近い: 'near', 가까이: 'near', 弱: 'near',
  約: 'about', およそ: 'about', 约: 'about', 약: 'about', 가량: 'about', 정도: 'about',
  超过: 'lower', 逾: 'lower', 超: 'lower', 強: 'lower', 多: 'lower', 넘게: 'lower', 以上: 'lower-inclusive', 이상: 'lower-inclusive',
};

/** Every multiple written in one sentence, in order. */
export function findMultiples(sentence: string): WrittenMultiple[] {
  const found: WrittenMultiple[] = [];
  for (const match of sentence.matchAll(MULTIPLE)) {
    const value = westernValue(match.groups?.word ?? '', match.groups?.count);
    const qualifier = match.groups?.qualifier?.toLowerCase();
    if (value !== null) found.push({ index: match.index, text: match[0], factor: bounded(value, qualifier === undefined ? undefined : QUALIFIERS[qualifier]) });
  }
  for (const match of sentence.matchAll(CJK_MULTIPLE)) {
    const number = match.groups?.number;
    // A bare "3倍" may compare anything (speed, size): only a change over time is growth.
    if (number !== undefined && !CJK_BASE.test(sentence.slice(0, match.index)) && !CJK_GROWTH_AFTER.test(sentence.slice(match.index + match[0].length))) continue;
    // "增长两倍" is read as ×2 and as ×3 alike: left unread.
    if (number !== undefined && /增长了?$|增加了?$/u.test(sentence.slice(0, match.index))) continue;
    const value = number === undefined ? decimalFromInteger(2) : cjkNumber(number);
    if (value === null) continue;
    const qualifier = match.groups?.after ?? match.groups?.before;
    found.push({ index: match.index, text: match[0].trimEnd(), factor: bounded(value, qualifier === undefined ? undefined : CJK_QUALIFIERS[qualifier]) });
  }
  return found.sort((a, b) => a.index - b.index);
}

function westernValue(word: string, count: string | undefined): Decimal | null {
  const lower = word.toLowerCase();
  if (count !== undefined) {
    const known = COUNTS[count.toLowerCase()];
    return known !== undefined ? decimalFromInteger(known) : parseDecimal(count);
  }
  if (/^(?:two|twice)/.test(lower)) return decimalFromInteger(2);
  if (/^(?:three)/.test(lower)) return decimalFromInteger(3);
  if (/^(?:four)/.test(lower)) return decimalFromInteger(4);
  if (/^(?:ten)/.test(lower)) return decimalFromInteger(10);
  if (/^(?:doubl|duplic|verdopp|raddopp|dobr|doppelt|(?:el|del) doble|(?:le|du) double|das doppelte|(?:il|del) doppio|(?:o|do) dobro)/.test(lower)) return decimalFromInteger(2);
  if (/^(?:tripl|verdreifach|das dreifache|(?:le|du|el|del) triple|(?:il|del|o|do) triplo)/.test(lower)) return decimalFromInteger(3);
  if (/^(?:quadrupl|vervierfach|cuadruplic)/.test(lower)) return decimalFromInteger(4);
  return null;
}

function cjkNumber(written: string): Decimal | null {
  const known = CJK_NUMBERS[written];
  if (known !== undefined) return decimalFromInteger(known);
  // Full-width digits read as their ASCII twins.
  const ascii = written.replace(/[０-９．]/gu, (digit) => (digit === '．' ? '.' : String.fromCharCode(digit.charCodeAt(0) - 0xfee0)));
  return parseDecimal(ascii);
}

function bounded(value: Decimal, bound: Bound | undefined): Amount {
  switch (bound) {
    case 'lower':
      return { kind: 'lower-bound', value, inclusive: false };
    case 'lower-inclusive':
      return { kind: 'lower-bound', value, inclusive: true };
    case 'near':
      return { kind: 'just-below', value };
    case 'about':
    case undefined:
      // A bare "doubling" is a round figure: read it as approximate.
      return { kind: 'approximate', value };
  }
}
