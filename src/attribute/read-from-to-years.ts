import type { Cue, YearPeriod } from '../types.js';
import type { FigureContext } from './figure-context.js';
import { neighbourSiblings } from './siblings.js';
import { spanAt, type TextSegments, type TextSpan } from './segment-text.js';

/** Words opening a change "from X …": before the first figure. */
const FROM_BEFORE = /(?:(?<![\p{L}])(?:from|von|de|du|desde|da)|从|由)\s*$/iu;
/** Words between the two figures of "from X to Y": "to", "auf", "à", "增长至", "增加到". */
const TO_BETWEEN = /^\s*(?:(?:rising|growing|climbing|increasing|jumping)?\s*to|auf|à|a|para|até|(?:增长|增加|上升|提高|升|增)?(?:至|到))\s*$/iu;
const YEAR = /(?<![\p{N}])(20\d\d)(?![\p{N}])/gu;

/**
 * "Combined capex grew from $360 billion to $610 billion", with no year in its sentence and the
 * sentence before naming exactly two years ("In 2025 … while in 2026 …"): the first figure is the
 * earlier year's and the second the later year's. Null for any other figure.
 */
export function readFromToYears(text: string, context: FigureContext, segments: TextSegments): { readonly period: YearPeriod; readonly cue: Cue } | null {
  const { figure, sentence } = context;
  if (sentence === null || context.paragraph === null) return null;
  const { before, after } = neighbourSiblings(context.siblings);
  const later = after !== undefined && TO_BETWEEN.test(text.slice(figure.end, after.start)) ? after : undefined;
  const earlier = before !== undefined && TO_BETWEEN.test(text.slice(before.end, figure.start)) ? before : undefined;
  const pair: [TextSpan, TextSpan] | null = later !== undefined ? [figure, later] : earlier !== undefined ? [earlier, figure] : null;
  if (pair === null || !FROM_BEFORE.test(text.slice(Math.max(sentence.start, pair[0].start - 8), pair[0].start))) return null;
  if (/(?<![\p{N}])20\d\d(?![\p{N}])/u.test(text.slice(sentence.start, sentence.end))) return null;
  const previous = spanAt(segments.sentences, sentence.start - 1);
  if (previous === null || previous.start < context.paragraph.start) return null;
  const years = [...text.slice(previous.start, previous.end).matchAll(YEAR)].map((match) => ({ year: Number(match[1]), start: previous.start + match.index }));
  const distinct = [...new Set(years.map((each) => each.year))].sort((a, b) => a - b);
  const [first, second] = distinct;
  if (distinct.length !== 2 || first === undefined || second === undefined) return null;
  const year = pair[0] === figure ? first : second;
  const named = years.find((each) => each.year === year);
  if (named === undefined) return null;
  return { period: { kind: 'calendar-year', year }, cue: { text: String(year), start: named.start, end: named.start + 4 } };
}
