/**
 * Currency words in Japanese, Chinese (simplified and traditional) and Korean, written after the
 * number or its scale, with or without a space ("億ドル", "亿美元", "억 달러", "51조 4천억 원").
 * 元 alone is the yuan; after 美, 日, 欧, 港, 韩, 加, 澳 or 新加坡 it ends another currency's name.
 */
import type { CurrencyCode } from '../types.js';
import { cjkPhrase } from './is-cjk.js';

const names = (code: CurrencyCode | null, words: readonly string[]): (readonly [string, CurrencyCode | null])[] =>
  words.map((word) => [cjkPhrase(word), code] as const);

/** `[phrase, currency]` pairs, each phrase its characters separated by spaces, as `buildPhraseTable` takes them. */
export const CJK_CURRENCY_WORDS: readonly (readonly [string, CurrencyCode | null])[] = [
  ...names('USD', ['ドル', '米ドル', '美元', '美金', '달러', '미국 달러', '미 달러']),
  ...names('JPY', ['円', '日元', '日圆', '日圓', '엔', '엔화']),
  ...names('CNY', ['元', '人民币', '人民幣', '元人民币', '元人民幣', '人民元', '위안', '위안화']),
  ...names('KRW', ['원', 'ウォン', '韩元', '韓元', '韩币', '韓幣']),
  ...names('EUR', ['ユーロ', '欧元', '歐元', '유로']),
  ...names('GBP', ['ポンド', '英镑', '英鎊', '英国ポンド']),
  ...names('HKD', ['香港ドル', '港元', '港币', '港幣', '홍콩 달러']),
  ...names('TWD', ['台湾ドル', '新台币', '新台幣', '台币', '台幣', '대만 달러']),
  ...names('AUD', ['豪ドル', '澳元', '호주 달러']),
  ...names('CAD', ['カナダドル', '加元', '캐나다 달러']),
  ...names('SGD', ['シンガポールドル', '新加坡元', '싱가포르 달러']),
  ...names('INR', ['インドルピー', '印度卢比', '인도 루피']),
  ...names('CHF', ['スイスフラン', '瑞士法郎', '스위스 프랑']),
];

/**
 * Names that are also other words: Korean syllables ("3원칙" is three principles, "여기엔" a particle),
 * and 日元 after a Japanese date ("3日元社長" is "on the 3rd, the former president"). Money only with
 * a scale or in a sentence about money.
 */
export const AMBIGUOUS_CJK_CURRENCY_WORDS: readonly string[] = ['원', '엔', '日元', '日圆', '日圓'];
