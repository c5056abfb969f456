/**
 * The CJK side of money-context.ts: a scaled number with no currency is money when its sentence
 * is about spending ("设备投资将达到2000亿", "投資額は4000億に"), unless what follows it is what it
 * counts ("8億人", "130万トークン", "1000亿参数", "3억 명").
 */
import { cjkLetters, cjkPhrase, isCjkToken } from './is-cjk.js';
import { buildPhraseTable, matchPhrase } from './match-phrase.js';
import type { Token } from './tokenize.js';

const LOOK_BEHIND = 40;
const LOOK_AHEAD = 10;

/** Words of money in Japanese, Chinese and Korean; the look-around finds them inside longer words too (設備投資額). */
const MONEY_WORDS: readonly string[] = [
  '投資', '投资', '투자', '支出', '開支', '开支', '売上', '营收', '營收', '收入', '매출', '予算', '预算', '預算', '예산',
  '資金', '资金', '자금', '費用', '费用', '비용', '出資', '融资', '融資', '調達', '利益', '利润', '利潤', '이익', '지출',
];
const MONEY_HEADS = buildPhraseTable<true>(MONEY_WORDS.map((word) => [cjkPhrase(word), true] as const));

// Han and kana that begin what a number counts: counters (人, 個, 台, 件 …) and nouns counted without one (用户, 参数).
const COUNTED = buildPhraseTable<true>(
  [
    ...'人名个個台基枚张張块塊颗顆件社家株倍回次年月日号號位票部本种種项項条條辆輛吨噸頭头匹只隻户戸世期季週周秒分時时歳岁度点字行',
    '用户', '用戶', '参数', '參數', '词元', '詞元', '平方',
  ].map((word) => [cjkPhrase(word), true] as const),
);
// Korean particles and words that may follow an amount (을, 의, 에, 대 "-level", 규모 "scale", 이상 …): any other word is what it counts.
const KOREAN_FOLLOWERS: ReadonlySet<string> = new Set(['을', '를', '이', '가', '은', '는', '의', '에', '로', '으', '과', '와', '도', '만', '씩', '대', '까', '부', '규', '정', '여', '내', '안', '미', '초']);
const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?', ';', '。', '！', '？', '；']);

/** True when tokens `first`..`next` (exclusive), a number in CJK text, sit in a sentence about money. */
export function hasCjkMoneyContext(tokens: readonly Token[], first: number, next: number): boolean {
  const after = tokens[next];
  if (after !== undefined && !after.breakBefore && after.kind === 'word') {
    if (matchPhrase(tokens, next, MONEY_HEADS) !== null) return true;
    if (!mayFollowAmount(tokens, next)) return false;
  }
  let start = first;
  while (start > 0 && first - start < LOOK_BEHIND && !endsSentence(tokens[start - 1]) && tokens[start]?.breakBefore !== true) start--;
  let end = next;
  while (end < tokens.length && end - next < LOOK_AHEAD && !endsSentence(tokens[end]) && tokens[end]?.breakBefore !== true) end++;
  return mentionsMoney(tokens, start, first) || mentionsMoney(tokens, next, end);
}

/** The word at `index` can follow an amount: a particle or verb, not a counter, a katakana or Latin noun, or a Korean noun. */
function mayFollowAmount(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token === undefined || !isCjkToken(token)) return false;
  const code = token.text.charCodeAt(0);
  if ((code >= 0x30a0 && code <= 0x30ff) || (code >= 0xff66 && code <= 0xff9f)) return false;
  if (code >= 0xac00 || code < 0x3000 || (code >= 0x3130 && code <= 0x318f)) return KOREAN_FOLLOWERS.has(token.text);
  return matchPhrase(tokens, index, COUNTED) === null;
}

/** True when the CJK letters of tokens `from`..`to` (exclusive), read together, contain a money word. */
function mentionsMoney(tokens: readonly Token[], from: number, to: number): boolean {
  const letters = cjkLetters(tokens, from, to);
  return MONEY_WORDS.some((word) => letters.includes(word));
}

function endsSentence(token: Token | undefined): boolean {
  return token !== undefined && SENTENCE_END.has(token.text);
}
