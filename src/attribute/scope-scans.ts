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
  /** The first of `matchesIn(scope, pattern)`: one `exec` for a short scope, the shared matches for a long one. */
  firstMatchIn(scope: TextSpan, pattern: RegExp): ScopeMatch | undefined;
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
  const matchesIn = (scope: TextSpan, pattern: RegExp): readonly ScopeMatch[] => {
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
  };
  const firstMatchIn = (scope: TextSpan, pattern: RegExp): ScopeMatch | undefined => {
    if (scope.end - scope.start >= MEMO_MIN_LENGTH) return matchesIn(scope, pattern)[0];
    pattern.lastIndex = 0;
    const match = pattern.exec(text.slice(scope.start, scope.end));
    pattern.lastIndex = 0; // a global pattern is shared: the next caller starts at the beginning too
    return (match ?? undefined) as ScopeMatch | undefined;
  };
  return {
    matchesIn,
    firstMatchIn,
    holdsFigure: (clause) => held.has(clause.start),
  };
}
