/**
 * What joins the two ends of a range in Japanese, Chinese and Korean: ～, 〜, 至, 到, から, a dash
 * beside a CJK scale ("910亿—930亿美元"), and
 * 에서 … 까지. The ends share scale and currency as in English ("600億～720億ドル"). から and 에서
 * also start a change ("660億ドルから720億ドルに引き上げ", "700억 달러에서 720억 달러로"),
 * so each separator says what must hold around the second end.
 */
import { assertNever } from '../assert-never.js';
import { cjkPhrase, isCjkToken } from './is-cjk.js';
import { buildPhraseTable, matchPhrase, type PhraseMatch } from './match-phrase.js';
import type { Token } from './tokenize.js';

/**
 * `always`; `cjk-side` for the ASCII "~" (elsewhere an "about"), which joins a range only with a
 * CJK scale or currency at either end; `not-a-change` for から; `closed` for 에서, which needs 까지 or 사이 after the second end.
 */
export type CjkRangeRule = 'always' | 'cjk-side' | 'not-a-change' | 'closed';

const SEPARATORS = buildPhraseTable<CjkRangeRule>([
  ...['～', '〜', '－', '至', '到'].map((word) => [word, 'always'] as const),
  // "~" elsewhere means "about"; en and em dashes join Latin ranges their own way: all three only beside a CJK scale or currency.
  ...['~', '–', '—'].map((word) => [word, 'cjk-side'] as const),
  [cjkPhrase('から'), 'not-a-change'],
  [cjkPhrase('에서'), 'closed'],
]);
const CLOSERS = buildPhraseTable<true>([[cjkPhrase('까지'), true], [cjkPhrase('사이'), true]]);
// After に or へ, these begin a verb of change: 引き上げ, 増加, 減少, 拡大, 縮小, 上方修正, 下方修正, 伸び, 膨らむ, 積み増し, 倍増.
const CHANGE_HEADS: ReadonlySet<string> = new Set(['引', '増', '減', '拡', '縮', '上', '下', '伸', '膨', '積', '倍']);

/** Matches a CJK range separator at token `index`: its rule and the token after it. */
export function matchCjkRangeSeparator(tokens: readonly Token[], index: number): PhraseMatch<CjkRangeRule> | null {
  // Every separator but "~" and the dashes is past U+3000: one check keeps the lookup off alphabetic text.
  const code = tokens[index]?.text.charCodeAt(0) ?? 0;
  // A dash is a CJK separator only right after a CJK scale or currency; elsewhere it joins a Latin range.
  if ((code === 0x2013 || code === 0x2014) && !isCjkToken(tokens[index - 1])) return null;
  return code === 126 || code === 0x2013 || code === 0x2014 || code >= 0x3000 ? matchPhrase(tokens, index, SEPARATORS) : null;
}

/** True when the range whose low end's last token is `lowLast` and whose high end ends before `highNext` is a range under `rule`. */
export function closesCjkRange(tokens: readonly Token[], rule: CjkRangeRule, lowLast: number, highNext: number): boolean {
  switch (rule) {
    case 'always':
      return true;
    case 'cjk-side':
      return isCjkToken(tokens[lowLast]) || isCjkToken(tokens[highNext - 1]);
    case 'not-a-change': {
      const particle = tokens[highNext]?.text;
      return !((particle === 'に' || particle === 'へ') && CHANGE_HEADS.has(tokens[highNext + 1]?.text ?? ''));
    }
    case 'closed':
      return matchPhrase(tokens, highNext, CLOSERS) !== null;
    default:
      return assertNever(rule);
  }
}
