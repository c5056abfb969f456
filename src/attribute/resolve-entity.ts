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
  /** The words of the figure's clause, for how it opens. */
  readonly textOfClause: string | null;
}

/**
 * The company a figure is about: the nearest mention in its clause (one before the figure
 * first: that is where the subject stands), then in its sentence, else the paragraph's subject
 * (its first mention), else the headline's. Null when none of them names a company, or when the
 * mention chosen is of a company capcheck has no records for ("Nvidia reported $35 billion").
 */
export function resolveEntity(context: FigureContext, mentions: readonly Mention[]): EntityId | null {
  for (const scope of [context.clause, context.sentence]) {
    if (scope === null) continue;
    const inScope = mentions.filter((mention) => within(mention, scope));
    const before = inScope.filter((mention) => mention.end <= context.figure.start);
    // In its own clause (or a "which …" clause) the nearest name is the subject; across clauses, an
    // untracked company in between is an aside ("Meta, a big Nvidia customer, will spend …").
    const nearest = before.at(-1);
    const subject = scope === context.clause || opensRelativeClause(context) ? nearest : (before.filter((mention) => mention.entity !== null).at(-1) ?? nearest);
    if (subject) return subject.entity;
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

/** A clause opening "which" or "who" is about the name just before it ("Nvidia, which reported …"). */
function opensRelativeClause(context: FigureContext): boolean {
  return context.clause !== null && context.textOfClause !== null && /^(?:which|who|whose|whom)\b/i.test(context.textOfClause);
}

/** Whether a span lies inside another. */
export function within(inner: TextSpan, outer: TextSpan): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
