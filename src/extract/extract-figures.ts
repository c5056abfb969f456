/**
 * The extract stage: finds money figures, GPU, power and user counts, and percentages in
 * prose, with exact values in base units and their spans in the text.
 */
import type { Figure } from '../types.js';
import { assertNever } from '../assert-never.js';
import { parseFigure, type FigureDraft } from './parse-figure.js';
import { tokenize, type Token } from './tokenize.js';

/** Extracts the figures of `text`, sorted by `start` and never overlapping. */
export function extractFigures(text: string): Figure[] {
  const tokens = tokenize(text);
  const figures: Figure[] = [];
  let index = 0;
  while (index < tokens.length) {
    const kind = tokens[index]?.kind;
    // Punctuation and dashes never begin a figure; skipping them saves a grammar attempt.
    const draft = kind === 'punct' || kind === 'dash' ? null : parseFigure(tokens, index);
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
  const span = { text: text.slice(start, end), start, end, amount: draft.amount };
  const target = draft.target;
  switch (target.kind) {
    case 'money':
      return { ...span, kind: 'money', currency: target.currency };
    case 'quantity':
      return { ...span, kind: 'quantity', unit: target.unit };
    case 'percent':
      return { ...span, kind: 'percent' };
    default:
      return assertNever(target);
  }
}
