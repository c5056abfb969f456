/**
 * Words right before a figure that turn a point into an estimate or a bound:
 * "nearly $87 billion", "more than 1.3 million GPUs", "up to 40%".
 */
import { buildPhraseTable, matchPhrase, type PhraseMatch } from './match-phrase.js';
import type { Token } from './tokenize.js';

/** How a qualifier bends the amount it precedes; bounds say whether the value itself is included. */
export type Qualifier =
  | { readonly kind: 'approximate' }
  | { readonly kind: 'just-below' }
  | { readonly kind: 'lower-bound'; readonly inclusive: boolean }
  | { readonly kind: 'upper-bound'; readonly inclusive: boolean };

const APPROXIMATE: Qualifier = { kind: 'approximate' };
const JUST_BELOW: Qualifier = { kind: 'just-below' };
const ABOVE: Qualifier = { kind: 'lower-bound', inclusive: false };
const AT_LEAST: Qualifier = { kind: 'lower-bound', inclusive: true };
const AT_MOST: Qualifier = { kind: 'upper-bound', inclusive: true };
const BELOW: Qualifier = { kind: 'upper-bound', inclusive: false };

/** A trailing "+" ("2GW+", "$100B+"): the value is the least it could be. */
export const PLUS_QUALIFIER: Qualifier = AT_LEAST;

const QUALIFIERS = buildPhraseTable<Qualifier>([
  ...[
    'about', 'approximately', 'approx', 'approx .', 'around', 'roughly', 'some', 'an estimated', 'estimated', '~',
    'circa', 'ca .',
  ].map((phrase) => [phrase, APPROXIMATE] as const),
  ...['nearly', 'almost', 'close to', 'just under', 'just below', 'just shy of', 'shy of'].map(
    (phrase) => [phrase, JUST_BELOW] as const,
  ),
  ...[
    'over', 'more than', 'above', 'upwards of', 'upward of', 'north of', 'in excess of', 'just over', 'well over',
    'greater than', 'exceeding',
  ].map((phrase) => [phrase, ABOVE] as const),
  ...['at least', 'no less than', 'no fewer than', 'a minimum of'].map((phrase) => [phrase, AT_LEAST] as const),
  ...['up to', 'as much as', 'as many as', 'as high as', 'at most', 'no more than', 'a maximum of'].map(
    (phrase) => [phrase, AT_MOST] as const,
  ),
  ...['under', 'less than', 'below', 'fewer than', 'beneath'].map((phrase) => [phrase, BELOW] as const),
]);

/** Matches a qualifier starting at token `index` (case-insensitive, longest phrase first). */
export function matchQualifier(tokens: readonly Token[], index: number): PhraseMatch<Qualifier> | null {
  return matchPhrase(tokens, index, QUALIFIERS);
}
