import { lowerBound } from './lower-bound.js';
import type { TextSpan } from './segment-text.js';

/** The figures of one sentence, by start, shared by all of them: built once per sentence. */
export interface SentenceFigures {
  readonly figures: readonly TextSpan[];
  readonly starts: readonly number[];
}

/**
 * The other figures of a figure's sentence, asked by position (binary search and neighbour steps),
 * so a figure's work is bounded by its neighbourhood, not by how many figures the sentence holds.
 * `left` are figures set aside (a list's members, read as one), or 'all' when none count.
 */
export interface Siblings {
  readonly sentence: SentenceFigures;
  /** The figure itself: never its own sibling. */
  readonly self: TextSpan;
  readonly left: ReadonlySet<TextSpan> | 'all' | null;
}

/** Groups figures (in order of start) by the sentence each starts in. */
export function sentenceFigures(figures: readonly TextSpan[]): SentenceFigures {
  const sorted = [...figures].sort((a, b) => a.start - b.start);
  return { figures: sorted, starts: sorted.map((figure) => figure.start) };
}

export function siblingsOf(sentence: SentenceFigures, self: TextSpan): Siblings {
  return { sentence, self, left: null };
}

/** The siblings without `members` (a list read as one); complete again when none of them was a sibling. */
export function siblingsWithout(siblings: Siblings, members: readonly TextSpan[]): Siblings {
  const left = new Set(members.filter((member) => member !== siblings.self && isSentenceFigure(siblings.sentence, member)));
  if (siblings.left === 'all') return siblings;
  for (const each of siblings.left ?? []) left.add(each);
  return { ...siblings, left: left.size === 0 ? null : left };
}

/** No siblings at all: complete only when the sentence holds just this figure. */
export function noSiblings(siblings: Siblings): Siblings {
  return { ...siblings, left: siblings.sentence.figures.length <= 1 ? null : 'all' };
}

/** Whether every other figure of the sentence counts as a sibling. */
export function allSiblings(siblings: Siblings): boolean {
  return siblings.left === null;
}

function counts(siblings: Siblings, figure: TextSpan): boolean {
  if (figure === siblings.self || siblings.left === 'all') return false;
  return siblings.left === null || !siblings.left.has(figure);
}

function isSentenceFigure(sentence: SentenceFigures, figure: TextSpan): boolean {
  for (let index = lowerBound(sentence.starts, figure.start); index < sentence.figures.length && sentence.starts[index] === figure.start; index++) {
    if (sentence.figures[index] === figure) return true;
  }
  return false;
}

/** Whether a sibling lies wholly inside `span`: only the figures starting in it are visited. */
export function siblingWithin(siblings: Siblings, span: TextSpan): boolean {
  const { figures, starts } = siblings.sentence;
  for (let index = lowerBound(starts, span.start); index < figures.length && (starts[index] ?? Infinity) < span.end; index++) {
    const figure = figures[index];
    if (figure !== undefined && figure.end <= span.end && counts(siblings, figure)) return true;
  }
  return false;
}

/** The earliest start among the figure and its siblings. */
export function firstFigureStart(siblings: Siblings): number {
  for (const figure of siblings.sentence.figures) {
    if (figure.start >= siblings.self.start) break;
    if (counts(siblings, figure)) return figure.start;
  }
  return siblings.self.start;
}

/**
 * The nearest sibling after the figure (starting at or after its end) and before it (ending by
 * its start). Words joining two figures ("to", ", and") cannot span a third figure, so only these
 * neighbours can be joined to it.
 */
export function neighbourSiblings(siblings: Siblings): { readonly before: TextSpan | undefined; readonly after: TextSpan | undefined } {
  const { figures, starts } = siblings.sentence;
  const { self } = siblings;
  let after: TextSpan | undefined;
  for (let index = lowerBound(starts, self.end); index < figures.length; index++) {
    const figure = figures[index];
    if (figure !== undefined && figure !== self) {
      after = figure;
      break;
    }
  }
  let before: TextSpan | undefined;
  // Figures never overlap in practice; the nearest ending by the figure's start is the last starting before it that does.
  for (let index = lowerBound(starts, self.start) - 1; index >= 0; index--) {
    const figure = figures[index];
    if (figure !== undefined && figure !== self && figure.end <= self.start) {
      before = figure;
      break;
    }
  }
  // A neighbour set aside stands between the figure and any farther sibling: none is joined to it.
  return { before: before !== undefined && counts(siblings, before) ? before : undefined, after: after !== undefined && counts(siblings, after) ? after : undefined };
}
