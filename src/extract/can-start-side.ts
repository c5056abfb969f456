/**
 * A cheap gate before a figure side: a side begins with a number, a symbol, or a word that can
 * open one (a number word, a currency code, prefix or name). The word list is built from the side
 * grammar's own tables, so the gate cannot drift from them.
 */
import { NAME_PREFIXES } from './currencies.js';
import { CODES, DOLLAR_PREFIXES, LOWER_CODES } from './currency-words.js';
import { NUMBER_WORD_HEADS } from './number-words.js';
import type { Token } from './tokenize.js';
import { WordSet } from './word-set.js';

/** Lower-cased words a side can begin with. */
export const SIDE_HEADS: ReadonlySet<string> = new Set([
  ...NUMBER_WORD_HEADS, ...LOWER_CODES.keys(), ...DOLLAR_PREFIXES.keys(), ...NAME_PREFIXES.keys(),
  ...[...CODES.keys()].map((code) => code.toLowerCase()),
  // "MEUR 120", "CN¥", "Fr. 5", "SFr 5": codes matched by their own patterns.
  ...['musd', 'meur', 'mgbp', 'maud', 'mchf', 'mcad', 'mjpy', 'cn', 'fr', 'sfr'],
]);

const SIDE_HEAD_SET = new WordSet(SIDE_HEADS);

/** True when a side could begin at `token`; false means parseSide would find none there. */
export function canStartSide(token: Token | undefined): boolean {
  if (token === undefined) return false;
  switch (token.kind) {
    case 'number':
    case 'symbol':
      return true;
    case 'word':
      return SIDE_HEAD_SET.has(token.lower);
    default:
      return false;
  }
}
