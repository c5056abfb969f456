/**
 * Words right before a figure that turn a point into an estimate or a bound, in six languages:
 * "nearly $87 billion", "more than 1.3 million GPUs", "up to 40%", "rund 60 Milliarden",
 * "près de 5 %", "más de 1.000 millones", "cerca de", "fino a"; CJK ones are in cjk-qualifiers.ts.
 */
import { CJK_PREFIX_QUALIFIERS } from './cjk-qualifiers.js';
import { isCjkToken } from './is-cjk.js';
import { buildPhraseTable, matchPhrase, type PhraseMatch } from './match-phrase.js';
import { ABOVE, APPROXIMATE, AT_LEAST, AT_MOST, BELOW, JUST_BELOW, type Qualifier } from './qualifier.js';
import type { Token } from './tokenize.js';

export type { Qualifier } from './qualifier.js';

/** A trailing "+" ("2GW+", "$100B+"): the value is the least it could be. */
export const PLUS_QUALIFIER: Qualifier = AT_LEAST;

// French elides "de" before a vowel: "d'environ 5 %".
const withElision = (phrases: readonly string[]): string[] =>
  phrases.flatMap((p) => (/^[aeiouéè]/.test(p) ? [p, `d'${p}`, `d’${p}`] : [p]));

const QUALIFIERS = buildPhraseTable<Qualifier>([
  ...withElision([
    'rund', 'etwa', 'ungefähr', 'zirka', 'environ', 'quelque', 'autour de', 'à peu près', 'approximativement',
    'alrededor de', 'aproximadamente', 'unos', 'unas', 'cerca de', 'por volta de', 'intorno a', 'attorno a', 'quasi circa',
  ]).map((phrase) => [phrase, APPROXIMATE] as const),
  ...['knapp', 'fast', 'beinahe', 'nahezu', 'près de', 'presque', 'casi', 'quase', 'quasi', 'poco menos de', 'pouco menos de'].map(
    (phrase) => [phrase, JUST_BELOW] as const,
  ),
  ...['mehr als', 'über', 'plus de', 'au-delà de', 'más de', 'mais de', 'oltre', 'più di', 'poco más de', 'pouco mais de'].map(
    (phrase) => [phrase, ABOVE] as const,
  ),
  ...['mindestens', 'au moins', 'al menos', 'por lo menos', 'pelo menos', 'no mínimo', 'almeno', 'minimo'].map(
    (phrase) => [phrase, AT_LEAST] as const,
  ),
  ...[
    'bis zu', 'höchstens', "jusqu'à", 'jusqu’à', 'au plus', 'hasta', 'como máximo', 'até', 'no máximo', 'fino a', 'al massimo',
  ].map((phrase) => [phrase, AT_MOST] as const),
  ...['weniger als', 'unter', 'moins de', 'menos de', 'meno di'].map((phrase) => [phrase, BELOW] as const),
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
  ...CJK_PREFIX_QUALIFIERS,
]);

const ENGLISH_HEADS: ReadonlySet<string> = new Set(['about', 'approximately', 'approx', 'around', 'roughly', 'some', 'an', 'estimated',
  '~', 'circa', 'ca', 'nearly', 'almost', 'close', 'just', 'shy', 'over', 'more', 'above', 'upwards', 'upward', 'north', 'in', 'well',
  'greater', 'exceeding', 'at', 'no', 'a', 'up', 'as', 'under', 'less', 'below', 'fewer', 'beneath']);

/** True when the qualifier at token `index` is German, French, Spanish, Portuguese or Italian ("almeno 1.000" is a thousand). */
export function isEuropeanQualifier(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  return token !== undefined && matchQualifier(tokens, index) !== null && !ENGLISH_HEADS.has(token.lower) && !isCjkToken(token);
}

/** Lower-cased first words of every qualifier, so the figure scan can skip other words cheaply. */
export const QUALIFIER_HEADS: ReadonlySet<string> = new Set(QUALIFIERS.keys());

/** Matches a qualifier starting at token `index` (case-insensitive, longest phrase first). */
export function matchQualifier(tokens: readonly Token[], index: number): PhraseMatch<Qualifier> | null {
  return matchPhrase(tokens, index, QUALIFIERS);
}
