import type { Cue } from '../types.js';
import type { ScopeMatch, ScopeScans } from './scope-scans.js';
import type { TextSpan } from './segment-text.js';

/** Each pattern's non-global twin, compiled once: callers pass lexicon constants on every figure. */
const singleMatch = new WeakMap<RegExp, RegExp>();

function nonGlobal(pattern: RegExp): RegExp {
  if (!pattern.global && !pattern.sticky) return pattern;
  let twin = singleMatch.get(pattern);
  if (twin === undefined) {
    twin = new RegExp(pattern.source, pattern.flags.replace('g', ''));
    singleMatch.set(pattern, twin);
  }
  return twin;
}

/** The first match of `pattern` inside `span`, as a cue with document offsets; null when none. */
export function firstCue(text: string, span: TextSpan, pattern: RegExp): Cue | null {
  const single = nonGlobal(pattern);
  single.lastIndex = 0; // a sticky pattern keeps its flag and would start where its last match ended
  const match = single.exec(text.slice(span.start, span.end));
  if (match === null) return null;
  const start = span.start + match.index;
  return { text: match[0], start, end: start + match[0].length };
}

/** Each pattern's global twin, compiled once, so the scope's shared matches are keyed by one object. */
const allMatches = new WeakMap<RegExp, RegExp>();

function globalTwin(pattern: RegExp): RegExp {
  if (pattern.global) return pattern;
  let twin = allMatches.get(pattern);
  if (twin === undefined) {
    twin = new RegExp(pattern.source, `${pattern.flags}g`);
    allMatches.set(pattern, twin);
  }
  return twin;
}

/**
 * `firstCue(text, scope, pattern)` for a whole clause or sentence, read from the scope's matches,
 * which its figures share: the figures of one long clause would otherwise each scan all of it.
 */
export function firstCueInScope(text: string, scans: ScopeScans, scope: TextSpan, pattern: RegExp): Cue | null {
  if (pattern.sticky) return firstCue(text, scope, pattern);
  const first = scans.firstMatchIn(scope, globalTwin(pattern));
  if (first === undefined) return null;
  const start = scope.start + first.index;
  return { text: first[0], start, end: start + first[0].length };
}

/** A character a whole-word pattern's closing `(?![\p{L}\p{N}_])` refuses to end before. */
const WORD_CHARACTER = /^[\p{L}\p{N}_]/u;

/**
 * Whether cutting the text at `end` may change a pattern's matches before it, other than one that
 * runs across the cut (callers check that one against the scope's matches): only when a match may
 * end right at the cut, where the cut text's end passes the closing lookahead that the character
 * after it (one of `refusedAfter`) fails. Patterns read this way never end a match with whitespace,
 * so whitespace before the cut rules that out.
 */
function cutMayChangeMatches(text: string, end: number, refusedAfter: RegExp): boolean {
  const after = text.codePointAt(end);
  if (after === undefined || !refusedAfter.test(String.fromCodePoint(after))) return false;
  return !/\s/u.test(text[end - 1] ?? ' ');
}

/**
 * `firstCue(text, { start: sentence.start, end }, pattern)` for a pattern with no lookaround inside
 * its words, no `$` and no match ending with whitespace (a `wordPattern`, say), read from the
 * sentence's matches, which its figures share: the figures of one long sentence each ask up to
 * themselves, and a fresh scan each would make the sentence quadratic. When the cut may change the
 * matches (see cutMayChangeMatches) or the first match runs past `end`, it scans the cut text.
 */
export function firstCueFromSentenceStart(text: string, scans: ScopeScans, sentence: TextSpan, end: number, pattern: RegExp): Cue | null {
  const span = { start: sentence.start, end };
  if (end > sentence.end || cutMayChangeMatches(text, end, WORD_CHARACTER)) return firstCue(text, span, pattern);
  const first = scans.firstMatchIn(sentence, globalTwin(pattern));
  if (first === undefined) return null;
  const start = sentence.start + first.index;
  if (start >= end) return null;
  if (start + first[0].length > end) return firstCue(text, span, pattern);
  return { text: first[0], start, end: start + first[0].length };
}

/** The matches of a pattern in a scope cut at some offset: the first `count` of `matches`. */
export interface MatchesBeforeCut {
  readonly matches: readonly ScopeMatch[];
  readonly count: number;
}

/**
 * The matches of a global pattern (no lookaround inside its words, no `$`, no match ending with
 * whitespace) in `text.slice(scope.start, end)`, read from the scope's shared matches: the figures
 * of one long clause each ask up to themselves. `refusedAfter` is what the pattern's closing
 * lookahead refuses to end before. When the cut may change the matches or a match runs across it,
 * the cut text is scanned.
 */
export function matchesBeforeCut(text: string, scans: ScopeScans, scope: TextSpan, end: number, pattern: RegExp, refusedAfter: RegExp): MatchesBeforeCut {
  const cut = end - scope.start;
  const scanCut = (): MatchesBeforeCut => {
    const matches = [...text.slice(scope.start, end).matchAll(pattern)] as ScopeMatch[];
    return { matches, count: matches.length };
  };
  if (end > scope.end || cutMayChangeMatches(text, end, refusedAfter)) return scanCut();
  const matches = scans.matchesIn(scope, pattern);
  // The first match ending after the cut: binary search, since a scope's matches are in order.
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const match = matches[middle];
    if (match !== undefined && match.index + match[0].length <= cut) low = middle + 1;
    else high = middle;
  }
  const next = matches[low];
  if (next !== undefined && next.index < cut) return scanCut();
  return { matches, count: low };
}
