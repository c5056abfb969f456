import type { ScopeScans } from './scope-scans.js';
import type { TextSpan } from './segment-text.js';
import { allSiblings, siblingWithin, type Siblings } from './siblings.js';

/** Where a figure sits: its own span and the clause, sentence and paragraph around it. */
export interface FigureContext {
  readonly figure: TextSpan;
  readonly clause: TextSpan | null;
  readonly sentence: TextSpan | null;
  readonly paragraph: TextSpan | null;
  /** The other figures of the same sentence: a clause that has its own figure keeps its words to it. */
  readonly siblings: Siblings;
  /** Every clause of the document. */
  readonly clauses: readonly TextSpan[];
  /** Scans shared by the document's figures. */
  readonly scans: ScopeScans;
}

/** Whether a span lies inside another. */
export function within(inner: TextSpan, outer: TextSpan): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/**
 * Whether `offset`, outside the figure's own clause, stands in a clause that holds another figure:
 * such words belong to that figure ("$85 billion; a year earlier it had spent $52.5 billion").
 */
export function ownedByAnotherFigure(context: FigureContext, clauseOf: (offset: number) => TextSpan | null, offset: number): boolean {
  const clause = clauseOf(offset);
  if (clause === null || (context.clause !== null && within(clause, context.clause))) return false;
  // With every other figure of the sentence as siblings, the clauses holding one were found once for the document.
  if (allSiblings(context.siblings)) return context.scans.holdsFigure(clause);
  return siblingWithin(context.siblings, clause);
}
