/**
 * Multi-word phrase lookup over tokens ("more than", "graphics processing units"), keyed by
 * the first token so a miss costs one map probe.
 */
import type { Token } from './tokenize.js';

/** A phrase table: phrases grouped by their first token, longest first. */
export type PhraseTable<T> = ReadonlyMap<string, readonly PhraseEntry<T>[]>;

interface PhraseEntry<T> {
  readonly words: readonly string[];
  readonly value: T;
}

/** A successful phrase match: its value and the index of the token after it. */
export interface PhraseMatch<T> {
  readonly value: T;
  readonly next: number;
}

/**
 * Builds a table from `[phrase, value]` pairs; a phrase is its tokens separated by single
 * spaces ("per cent", "approx ."); write it lower-case unless the table is matched case-sensitively.
 */
export function buildPhraseTable<T>(entries: readonly (readonly [string, T])[]): PhraseTable<T> {
  const table = new Map<string, PhraseEntry<T>[]>();
  for (const [phrase, value] of entries) {
    const words = phrase.split(' ');
    const first = words[0] ?? '';
    const list = table.get(first) ?? [];
    list.push({ words, value });
    table.set(first, list);
  }
  // Longest first, so "just under" wins over a shorter phrase sharing its first word.
  for (const list of table.values()) list.sort((a, b) => b.words.length - a.words.length);
  return table;
}

/**
 * Matches the longest phrase of `table` starting at token `index`, comparing lower-cased
 * text (or the text as written when `caseSensitive`). Phrases never span a paragraph break.
 */
export function matchPhrase<T>(
  tokens: readonly Token[],
  index: number,
  table: PhraseTable<T>,
  caseSensitive = false,
): PhraseMatch<T> | null {
  const first = tokens[index];
  if (first === undefined) return null;
  const candidates = table.get(caseSensitive ? first.text : first.lower);
  if (candidates === undefined) return null;
  for (const { words, value } of candidates) {
    if (matchesFrom(tokens, index, words, caseSensitive)) return { value, next: index + words.length };
  }
  return null;
}

function matchesFrom(tokens: readonly Token[], index: number, words: readonly string[], caseSensitive: boolean): boolean {
  for (let k = 1; k < words.length; k++) {
    const token = tokens[index + k];
    if (token === undefined || token.breakBefore) return false;
    if ((caseSensitive ? token.text : token.lower) !== words[k]) return false;
  }
  return true;
}
