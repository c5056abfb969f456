import type { Cue } from '../types.js';
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
