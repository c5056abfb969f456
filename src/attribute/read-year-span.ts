import type { Cue, YearPeriod } from '../types.js';
import type { FigureContext } from './figure-context.js';
import { firstCueInScope } from './first-cue.js';

/**
 * A span of years written as one period: "2025-2026", "2025–26", "2025 to 2026", "from 2025 through
 * 2026", "2025 bis 2026", "de 2025 à 2026", "2025年至2026年", "2025〜2026年度". Not a date ("2025-06").
 */
const YEAR_SPAN =
  /(?<![\p{N}.,$€£])(20\d\d)\s*(?:年度?)?\s*(?:[-–—~〜～]\s*(?:20)?(\d\d)|(?:to|through|thru|until|bis|à|au|a|al|até|至|到|から)\s*20(\d\d))(?![\p{N}%])/iu;

/** The longest span a total may sum over: more is a plan's horizon, not a sum of yearly budgets. */
const MAX_YEARS = 5;

/** The years of a span written in the figure's clause (else its sentence), each a calendar year; null when none. */
export function readYearSpan(text: string, context: FigureContext): { readonly periods: readonly [YearPeriod, ...YearPeriod[]]; readonly cue: Cue } | null {
  for (const scope of [context.clause, context.sentence]) {
    if (scope === null) continue;
    const cue = firstCueInScope(text, context.scans, scope, YEAR_SPAN);
    if (cue === null) continue;
    const match = YEAR_SPAN.exec(cue.text);
    const first = Number(match?.[1]);
    const last = Math.floor(first / 100) * 100 + Number(match?.[2] ?? match?.[3]);
    if (!(last > first && last - first < MAX_YEARS)) return null;
    const years = Array.from({ length: last - first + 1 }, (_, index): YearPeriod => ({ kind: 'calendar-year', year: first + index }));
    const [head, ...rest] = years;
    return head === undefined ? null : { periods: [head, ...rest], cue };
  }
  return null;
}
