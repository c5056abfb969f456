import type { Cue } from '../types.js';
import type { TextSpan } from './segment-text.js';

/** The first match of `pattern` inside `span`, as a cue with document offsets; null when none. */
export function firstCue(text: string, span: TextSpan, pattern: RegExp): Cue | null {
  const match = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(text.slice(span.start, span.end));
  if (match === null) return null;
  const start = span.start + match.index;
  return { text: match[0], start, end: start + match[0].length };
}
