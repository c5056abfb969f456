import type { Figure } from '../types.js';

/** A money figure followed by its conversion in brackets: "72 Milliarden Dollar (633,08 Mrd. Euro)". */
export interface Restatement {
  readonly original: Figure;
  readonly restated: Figure;
}

/** What may stand between a figure and its bracketed conversion: "(", "(about ", "(bis zu ", "(or ". */
const OPENING = /^\s*[([]\s*(?:[\p{L}.~≈]+\s+){0,3}$/u;
const CLOSING = /^\s*[)\]]/;

/** Finds each money figure whose next figure restates it in another currency, in brackets. */
export function findRestatements(text: string, figures: readonly Figure[]): Restatement[] {
  const restatements: Restatement[] = [];
  for (let index = 0; index + 1 < figures.length; index++) {
    const original = figures[index];
    const restated = figures[index + 1];
    if (original?.kind !== 'money' || restated?.kind !== 'money' || original.currency === restated.currency) continue;
    if (!OPENING.test(text.slice(original.end, restated.start))) continue;
    if (!CLOSING.test(text.slice(restated.end, restated.end + 4))) continue;
    restatements.push({ original, restated });
  }
  return restatements;
}
