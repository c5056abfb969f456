/**
 * Units after a number in Japanese, Chinese and Korean: percent ("％", "パーセント", "퍼센트"),
 * power ("ギガワット", "吉瓦", "기가와트"), users ("ユーザー", "用户", "사용자"), and the counters
 * that stand between a number and what it counts ("130万個のGPU", "130万块GPU", "130만 개의 GPU").
 * A person counter (人, 名, 명) counts users only after a users word ("사용자 3억 명").
 */
import { cjkLetters, cjkPhrase, isCjkToken } from './is-cjk.js';
import { buildPhraseTable, matchPhrase } from './match-phrase.js';
import type { Token } from './tokenize.js';

/** Percent words, as phrases of characters. */
export const CJK_PERCENT_WORDS: readonly string[] = ['％', 'パーセント', '퍼센트'].map(cjkPhrase);

/** Power units and their power of ten; in Chinese 兆瓦 is a megawatt (兆 is mega there). */
export const CJK_POWER_WORDS: readonly (readonly [string, number])[] = (
  [
    ['テラワット', 12], ['ギガワット', 9], ['メガワット', 6], ['キロワット', 3],
    ['太瓦', 12], ['吉瓦', 9], ['兆瓦', 6], ['千瓦', 3],
    ['테라와트', 12], ['기가와트', 9], ['메가와트', 6], ['킬로와트', 3],
  ] as const
).map(([word, power]) => [cjkPhrase(word), power] as const);

/** Words for users, counted with or without a counter ("8億人のユーザー", "8亿用户", "3억 사용자"). */
export const CJK_USER_WORDS: readonly string[] = ['ユーザー', 'ユーザ', '利用者', '用户', '用戶', '使用者', '사용자', '이용자'];

interface Counter {
  /** A counter of people (人, 名, 명) rather than of things. */
  readonly person: boolean;
}
const COUNTERS = buildPhraseTable<Counter>([
  ...[...'個基枚台个块塊颗顆張张개대장'].map((char) => [char, { person: false }] as const),
  ...[...'人名명'].map((char) => [char, { person: true }] as const),
]);
// Between a counter and its noun: "個のGPU", "块的GPU", "개의 GPU".
const LINKS: ReadonlySet<string> = new Set(['の', '的', '의']);
const USERS_WORDS_BEFORE = 12;
const CLAUSE_END: ReadonlySet<string> = new Set(['.', '!', '?', ';', '。', '！', '？', '；', '、', '，', ',']);

/** A counter at token `index`: where it ends, where its noun may begin (after の, 的 or 의), and whether it counts people. */
export interface CounterMatch {
  readonly end: number;
  readonly next: number;
  readonly person: boolean;
}

/** Matches a CJK counter (and the particle after it) at token `index`, or null. */
export function matchCjkCounter(tokens: readonly Token[], index: number): CounterMatch | null {
  const token = tokens[index];
  // Most tokens after a number are not CJK: one check instead of a table lookup.
  if (token === undefined || token.breakBefore || !isCjkToken(token)) return null;
  const counter = matchPhrase(tokens, index, COUNTERS);
  if (counter === null) return null;
  const link = tokens[counter.next];
  const next = link !== undefined && link.glued && LINKS.has(link.text) ? counter.next + 1 : counter.next;
  return { end: counter.next, next, person: counter.value.person };
}

/**
 * A count with a CJK scale and no unit or counter that ends its clause shortly after a users word
 * counts users: "月活跃用户超过5亿。", "注册用户已达3亿，". Chinese often leaves the counter out.
 */
export function endsCjkUsersCount(tokens: readonly Token[], first: number, next: number): boolean {
  const after = tokens[next];
  if (after !== undefined && !after.breakBefore && !CLAUSE_END.has(after.text)) return false;
  return followsCjkUsersWord(tokens, first);
}

/** True when a users word comes shortly before token `index`, in the same clause ("ユーザー数は8億人", "사용자 3억 명"). */
export function followsCjkUsersWord(tokens: readonly Token[], index: number): boolean {
  let from = index;
  while (from > 0 && index - from < USERS_WORDS_BEFORE && !CLAUSE_END.has(tokens[from - 1]?.text ?? '') && tokens[from]?.breakBefore !== true) from--;
  const letters = cjkLetters(tokens, from, index);
  return CJK_USER_WORDS.some((word) => letters.includes(word));
}
