import type { Cue } from '../types.js';
import type { ScopeMatch, ScopeScans } from './scope-scans.js';
import type { TextSpan } from './segment-text.js';

/**
 * Each pattern's twins, compiled once: callers pass lexicon constants on every figure. The
 * non-global one finds a first match from the start; the global one keys a scope's shared matches.
 */
const singleMatch = new WeakMap<RegExp, RegExp>();
const allMatches = new WeakMap<RegExp, RegExp>();

function twinOf(pattern: RegExp, flags: string, twins: WeakMap<RegExp, RegExp>): RegExp {
  let twin = twins.get(pattern);
  if (twin === undefined) {
    twin = new RegExp(pattern.source, flags);
    twins.set(pattern, twin);
  }
  return twin;
}

function nonGlobal(pattern: RegExp): RegExp {
  return !pattern.global && !pattern.sticky ? pattern : twinOf(pattern, pattern.flags.replace('g', ''), singleMatch);
}

function globalTwin(pattern: RegExp): RegExp {
  return pattern.global ? pattern : twinOf(pattern, `${pattern.flags}g`, allMatches);
}

/** A match found in the text from `offset` on, as a cue with document offsets. */
export function cueOfMatch(offset: number, match: { readonly 0: string; readonly index: number }): Cue {
  const start = offset + match.index;
  return { text: match[0], start, end: start + match[0].length };
}

/** The first match of `pattern` inside `span`, as a cue with document offsets; null when none. */
export function firstCue(text: string, span: TextSpan, pattern: RegExp): Cue | null {
  const single = nonGlobal(pattern);
  single.lastIndex = 0; // a sticky pattern keeps its flag and would start where its last match ended
  const match = single.exec(text.slice(span.start, span.end));
  return match === null ? null : cueOfMatch(span.start, match);
}

/**
 * `firstCue(text, scope, pattern)` for a whole clause or sentence, read from the scope's matches,
 * which its figures share: the figures of one long clause would otherwise each scan all of it.
 */
export function firstCueInScope(text: string, scans: ScopeScans, scope: TextSpan, pattern: RegExp): Cue | null {
  if (pattern.sticky) return firstCue(text, scope, pattern);
  const first = scans.firstMatchIn(scope, globalTwin(pattern));
  return first === undefined ? null : cueOfMatch(scope.start, first);
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
  const cue = first === undefined ? null : cueOfMatch(sentence.start, first);
  if (cue === null || cue.start >= end) return null;
  return cue.end > end ? firstCue(text, span, pattern) : cue;
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
