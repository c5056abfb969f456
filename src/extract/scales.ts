/**
 * Scale words and abbreviations after a number: "billion", "bn", "B". The power of ten is
 * added to the number's exponent, so "39.23 billion" stays exact.
 */
import type { Token } from './tokenize.js';

/** A scale after a number: its power of ten and the token after it. */
export interface ScaleMatch {
  readonly power: number;
  readonly next: number;
  /**
   * A single-letter abbreviation ("m", "B"): only trusted glued to the number or in a money
   * or quantity context, since "5 m" may be metres.
   */
  readonly letter: boolean;
}

// Plurals ("billions") are deliberately absent: "billions of dollars" states no amount.
const SCALES: ReadonlyMap<string, number> = new Map([
  ['thousand', 3],
  ['million', 6],
  ['billion', 9],
  ['trillion', 12],
  ['k', 3],
  ['m', 6],
  ['mn', 6],
  ['mln', 6],
  ['b', 9],
  ['bn', 9],
  ['bln', 9],
  ['t', 12],
  ['tn', 12],
  ['trn', 12],
]);

/** Matches a scale at token `index`, also hyphenated to the number ("$10-billion"). */
export function matchScale(tokens: readonly Token[], index: number): ScaleMatch | null {
  let token = tokens[index];
  let next = index + 1;
  if (token?.kind === 'dash' && token.glued) {
    // A hyphen only joins a spelled-out scale: "60-B" is not a way to write 60 billion.
    token = tokens[index + 1];
    next = index + 2;
    if (token === undefined || !token.glued || token.text.length < 2) return null;
  }
  if (token === undefined || token.kind !== 'word' || token.breakBefore) return null;
  const power = SCALES.get(token.lower);
  if (power === undefined) return null;
  return { power, next, letter: token.text.length === 1 };
}
