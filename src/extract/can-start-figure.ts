/**
 * A cheap gate before the figure grammar: a figure begins with a number, a symbol, or a word
 * that can open one (a qualifier, "between"/"from", a number word, a currency code or prefix).
 * The word list is built from the grammar's own tables, so the gate cannot drift from them.
 */
import { CODES, DOLLAR_PREFIXES, LOWER_CODES } from './currency-words.js';
import { NUMBER_WORD_HEADS } from './number-words.js';
import { BETWEEN, FROM } from './parse-figure.js';
import { QUALIFIER_HEADS } from './qualifiers.js';
import type { Token } from './tokenize.js';

const STARTS: ReadonlySet<string> = new Set([
  ...QUALIFIER_HEADS, ...BETWEEN, ...FROM, ...NUMBER_WORD_HEADS, ...LOWER_CODES.keys(), ...DOLLAR_PREFIXES.keys(),
  ...[...CODES.keys()].map((code) => code.toLowerCase()),
  ...['musd', 'meur', 'mgbp', 'maud', 'mchf', 'mcad', 'mjpy', 'cn', 'fr', 'sfr'],
]);

/** True when a figure could begin at `token`; false means the grammar need not be tried there. */
export function canStartFigure(token: Token): boolean {
  switch (token.kind) {
    case 'number':
    case 'symbol':
      return true;
    case 'word':
      return STARTS.has(token.lower);
    default:
      return false;
  }
}
