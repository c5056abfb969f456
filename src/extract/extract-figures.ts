/**
 * The extract stage: finds money figures, GPU, power and user counts, and percentages in
 * prose, with exact values in base units and their spans in the text.
 */
import type { Figure } from '../types.js';
import { assertNever } from '../assert-never.js';
import { canStartFigure } from './can-start-figure.js';
import { parseFigure, type FigureDraft } from './parse-figure.js';
import { tokenize, type Token } from './tokenize.js';

/** Extracts the figures of `text`, sorted by `start` and never overlapping. */
export function extractFigures(text: string): Figure[] {
  const tokens = tokenize(text);
  const figures: Figure[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index];
    const draft = token !== undefined && canStartFigure(token) ? parseFigure(tokens, index) : null;
    if (draft === null) {
      index += 1;
      continue;
    }
    figures.push(toFigure(text, tokens, draft));
    index = draft.next;
  }
  return figures;
}

function toFigure(text: string, tokens: readonly Token[], draft: FigureDraft): Figure {
  const start = tokens[draft.first]?.start ?? 0;
  const end = tokens[draft.next - 1]?.end ?? start;
  const figureText = text.slice(start, end);
  const { target, amount, precision } = draft;
  switch (target.kind) {
    case 'money':
      return { text: figureText, start, end, amount, precision, kind: 'money', currency: target.currency };
    case 'quantity':
      return { text: figureText, start, end, amount, precision, kind: 'quantity', unit: target.unit };
    case 'percent':
      return { text: figureText, start, end, amount, precision, kind: 'percent' };
    default:
      return assertNever(target);
  }
}
