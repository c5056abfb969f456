import type { Figure } from '../types.js';
import { within } from './figure-context.js';
import { spanAt, type TextSegments, type TextSpan } from './segment-text.js';

/** A match of a pattern inside a scope: `index` counts from the scope's start, as `matchAll` over its slice gives it. */
export type ScopeMatch = RegExpMatchArray & { readonly index: number };

/**
 * Work the figures of one document share, done once and asked per figure: the matches of a word
 * pattern in a clause or sentence (the figures of one long sentence all scan the same text), and
 * the clauses that hold a figure (so "does another figure own this clause" needs no scan of them).
 */
export interface ScopeScans {
  /** The matches of `pattern` in the text of `scope`, exactly as `text.slice(start, end).matchAll(pattern)` yields them. */
  matchesIn(scope: TextSpan, pattern: RegExp): readonly ScopeMatch[];
  /** Whether a whole figure lies inside the clause (one of `clauses`, by its start). */
  holdsFigure(clause: TextSpan): boolean;
}

/** Scopes shorter than this are scanned afresh each time: cheap, and remembering them all would cost more memory than time. */
const MEMO_MIN_LENGTH = 256;

/**
 * Builds the shared scans of a document. Long scopes' matches are remembered while the figures of
 * one sentence are read (the spotter takes figures in order), so memory stays that of one sentence.
 */
export function scanScopes(text: string, segments: Pick<TextSegments, 'sentences' | 'clauses'>, figures: readonly Figure[]): ScopeScans {
  const held = new Set<number>();
  for (const figure of figures) {
    const clause = spanAt(segments.clauses, figure.start);
    if (clause !== null && within(figure, clause)) held.add(clause.start);
  }
  const memo = new Map<string, Map<RegExp, readonly ScopeMatch[]>>();
  let memoSentence: TextSpan | null = null;
  const scan = (scope: TextSpan, pattern: RegExp): readonly ScopeMatch[] => [...text.slice(scope.start, scope.end).matchAll(pattern)] as ScopeMatch[];
  return {
    matchesIn: (scope, pattern) => {
      if (scope.end - scope.start < MEMO_MIN_LENGTH) return scan(scope, pattern);
      const sentence = spanAt(segments.sentences, scope.start);
      if (sentence !== memoSentence) {
        memo.clear();
        memoSentence = sentence;
      }
      const key = `${scope.start}:${scope.end}`;
      let byPattern = memo.get(key);
      if (byPattern === undefined) {
        byPattern = new Map();
        memo.set(key, byPattern);
      }
      let found = byPattern.get(pattern);
      if (found === undefined) {
        found = scan(scope, pattern);
        byPattern.set(pattern, found);
      }
      return found;
    },
    holdsFigure: (clause) => held.has(clause.start),
  };
}
