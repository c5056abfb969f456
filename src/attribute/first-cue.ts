import type { Cue } from '../types.js';
import type { ScopeScans } from './scope-scans.js';
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

/** A character a whole-word pattern's closing `(?![\p{L}\p{N}_])` refuses to end before. */
const WORD_CHARACTER = /^[\p{L}\p{N}_]/u;

/**
 * `firstCue(text, { start: sentence.start, end }, pattern)` for a `wordPattern` (no lookaround
 * inside its words), read from the sentence's matches, which its figures share: the figures of one
 * long sentence each ask up to themselves, and a fresh scan each would make the sentence quadratic.
 * Cutting the text at `end` changes nothing unless a word character follows `end` (the closing
 * lookahead would see the cut) or the first match runs past `end`: then it scans the cut text.
 */
export function firstCueFromSentenceStart(text: string, scans: ScopeScans, sentence: TextSpan, end: number, pattern: RegExp): Cue | null {
  const span = { start: sentence.start, end };
  const after = text.codePointAt(end);
  if (after !== undefined && WORD_CHARACTER.test(String.fromCodePoint(after))) return firstCue(text, span, pattern);
  const [first] = scans.matchesIn(sentence, pattern);
  if (first === undefined) return null;
  const start = sentence.start + first.index;
  if (start >= end) return null;
  if (start + first[0].length > end) return firstCue(text, span, pattern);
  return { text: first[0], start, end: start + first[0].length };
}
