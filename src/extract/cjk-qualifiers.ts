/**
 * Qualifiers in Japanese, Chinese and Korean: before the figure ("約78兆円", "超过1000亿",
 * "최대 720억 달러") as in the European languages, and after it, where these languages also put
 * them ("1兆円超", "1000億ドル以上", "650억 달러 이상", "2000亿美元左右").
 */
import { cjkPhrase, isCjkToken } from './is-cjk.js';
import { buildPhraseTable, matchPhrase, type PhraseMatch } from './match-phrase.js';
import { ABOVE, APPROXIMATE, AT_LEAST, AT_MOST, BELOW, JUST_BELOW, type Qualifier } from './qualifier.js';
import type { Token } from './tokenize.js';

const phrases = (qualifier: Qualifier, words: readonly string[]): (readonly [string, Qualifier])[] =>
  words.map((word) => [cjkPhrase(word), qualifier] as const);

/** Qualifiers written before the number, as phrases of characters for the qualifier table. A bare 近 is left out: it ends 最近 ("recently"). */
export const CJK_PREFIX_QUALIFIERS: readonly (readonly [string, Qualifier])[] = [
  ...phrases(APPROXIMATE, ['約', '约', '約合', '约合', '约为', '約為', '大约为', '大約為', 'およそ', 'ほぼ', '大約', '大约', '大概', '약', '대략']),
  ...phrases(JUST_BELOW, ['将近', '將近', '接近', '거의']),
  ...phrases(ABOVE, ['超', '超过', '超過', '逾', '高于', '高於']),
  ...phrases(AT_LEAST, ['至少', '最少', '最低', '少なくとも', '최소', '적어도']),
  ...phrases(AT_MOST, ['最大', '最大で', '最高', '最多', '多达', '多達', '高达', '高達', '不超过', '不超過', '최대']),
  ...phrases(BELOW, ['不到', '不足', '低于', '低於']),
];

const POSTFIX = buildPhraseTable<Qualifier>([
  ...phrases(APPROXIMATE, ['左右', '前後', '程度', 'ほど', '가량', '정도', '안팎', '내외']),
  ...phrases(JUST_BELOW, ['近く', '弱', '가까이']),
  ...phrases(ABOVE, ['超', '超え', '強', '余り', '余', '초과']),
  ...phrases(AT_LEAST, ['以上', '이상']),
  ...phrases(AT_MOST, ['以下', '以内', '이하', '이내']),
  ...phrases(BELOW, ['未満', '미만']),
]);

/** A qualifier right after a figure ("1兆円超", "650억 달러 이상"), or null. */
export function matchCjkPostfixQualifier(tokens: readonly Token[], index: number): PhraseMatch<Qualifier> | null {
  return isCjkToken(tokens[index]) ? matchPhrase(tokens, index, POSTFIX) : null;
}
