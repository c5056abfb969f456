/**
 * A cheap gate before the figure grammar: a figure begins where a side can (canStartSide), or
 * with a word that can open one (a qualifier, "between"/"from"). The word list is built from the
 * grammar's own tables, so the gate cannot drift from them.
 */
import { canStartSide, SIDE_HEADS } from './can-start-side.js';
import { BETWEEN, FROM } from './parse-figure.js';
import { QUALIFIER_HEADS } from './qualifiers.js';
import type { Token } from './tokenize.js';
import { WordSet } from './word-set.js';

const FIGURE_HEADS = new WordSet([...QUALIFIER_HEADS, ...BETWEEN, ...FROM, ...SIDE_HEADS]);

/** True when a figure could begin at `token`; false means the grammar need not be tried there. */
export function canStartFigure(token: Token): boolean {
  return token.kind === 'word' ? FIGURE_HEADS.has(token.lower) : canStartSide(token);
}
