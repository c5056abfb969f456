import type { EntityId } from '../types.js';
import type { Mention } from './find-mentions.js';
import type { TextSpan } from './segment-text.js';

/** Where the figure sits: its own span and the clause, sentence and paragraph around it. */
export interface FigureContext {
  readonly figure: TextSpan;
  readonly clause: TextSpan | null;
  readonly sentence: TextSpan | null;
  readonly paragraph: TextSpan | null;
  readonly headline: TextSpan | null;
  /** The other figures of the document, so a clause that has its own figure keeps its words to it. */
  readonly otherFigures: readonly TextSpan[];
  /** Every clause of the document. */
  readonly clauses: readonly TextSpan[];
}

/**
 * The company a figure is about: the nearest mention in its clause (one before the figure
 * first: that is where the subject stands), then in its sentence, else the paragraph's subject
 * (its first mention), else the headline's. Null when none of them names a company.
 */
export function resolveEntity(context: FigureContext, mentions: readonly Mention[]): EntityId | null {
  for (const scope of [context.clause, context.sentence]) {
    if (scope === null) continue;
    const inScope = mentions.filter((mention) => within(mention, scope));
    const before = inScope.filter((mention) => mention.end <= context.figure.start).at(-1);
    if (before) return before.entity;
    const after = inScope.find((mention) => mention.start >= context.figure.end);
    if (after) return after.entity;
  }
  for (const scope of [context.paragraph, context.headline]) {
    if (scope === null) continue;
    const first = mentions.find((mention) => within(mention, scope));
    if (first) return first.entity;
  }
  return null;
}

/** Whether a span lies inside another. */
export function within(inner: TextSpan, outer: TextSpan): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
