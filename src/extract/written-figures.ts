import type { Figure, TextSpan } from '../types.js';
import { assertNever } from '../assert-never.js';
import { canStartFigure } from './can-start-figure.js';
import { parseFigure, type FigureDraft } from './parse-figure.js';
import { tokenStream, type Token } from './tokenize.js';

/**
 * How many tokens the figure grammar keeps around the one it reads. It looks back a bounded number of
 * tokens (at most 40, for CJK context), and ahead within the paragraph plus a bounded number past its end;
 * the property test holds every window to the whole token list.
 */
export interface TokenWindow {
  /** Tokens kept behind the one being read. */
  readonly behind: number;
  /** Tokens read past the first paragraph break (or barrier) after the one being read. */
  readonly ahead: number;
  /** Tokens read before the passed ones are dropped (dropped at least half the window at a time, so copying stays linear). */
  readonly dropAfter: number;
}

/** The window the extractor runs with: a few thousand tokens however long the text, unless one paragraph is longer. */
export const TOKEN_WINDOW: TokenWindow = { behind: 64, ahead: 64, dropAfter: 4096 };

/** What a run over the tokens cost: the most tokens held at once (for linearity tests). */
export interface WindowStats {
  peakTokens: number;
}

/**
 * The figures written out in full, each with its own number and unit, read from a stream of tokens of
 * which only a window is held: memory follows the longest paragraph, not the text.
 */
export function extractWrittenFigures(text: string, barriers: readonly TextSpan[] = [], window: TokenWindow = TOKEN_WINDOW, stats?: WindowStats): Figure[] {
  const next = tokenStream(text, barriers);
  const figures: Figure[] = [];
  let tokens: Token[] = [];
  let done = false;
  let index = 0;
  // The first paragraph break after `index` (a token with `breakBefore`), or -1 when not read yet; tokens before `scanned` are checked.
  let breakAt = -1;
  let scanned = 0;
  const readAhead = (): void => {
    if (breakAt <= index) {
      breakAt = -1;
      scanned = Math.max(scanned, index + 1);
    }
    for (;;) {
      for (; breakAt < 0 && scanned < tokens.length; scanned++) if (tokens[scanned]?.breakBefore === true) breakAt = scanned;
      if (done || (breakAt >= 0 && tokens.length > breakAt + window.ahead)) return;
      const token = next();
      if (token === null) done = true;
      else tokens.push(token);
    }
  };
  for (;;) {
    readAhead();
    if (stats !== undefined) stats.peakTokens = Math.max(stats.peakTokens, tokens.length);
    if (index >= tokens.length) break;
    const token = tokens[index];
    const draft = token !== undefined && canStartFigure(token) ? parseFigure(tokens, index) : null;
    if (draft === null) index += 1;
    else {
      figures.push(toFigure(text, tokens, draft));
      index = draft.next;
    }
    const drop = index - window.behind;
    if (drop > window.dropAfter && drop * 2 >= tokens.length) {
      tokens = tokens.slice(drop);
      index -= drop;
      scanned = Math.max(0, scanned - drop);
      if (breakAt >= 0) breakAt -= drop;
    }
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
