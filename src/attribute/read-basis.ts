import type { ClaimBasis } from '../types.js';
import type { FigureContext } from './figure-context.js';
import { CJK_FORWARD, FORWARD, REPORTED } from './lexicon/tense-words.js';

const PLAN_WORDS = 'plans?|guidance|outlook|forecasts?|budgets?|targets?|projections?|Prognose|Ausblick|prévisions?|perspectives?|previsión|pronóstico|previsione|previsão';
const PLAN_BESIDE = new RegExp(`(?<![\\p{L}])(?:${PLAN_WORDS})\\s+(?:of|at|to|von|de|di|do)\\s+(?:about\\s+|around\\s+)?$`, 'iu');
const PLAN_AFTER = new RegExp(`^\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:${PLAN_WORDS})(?![\\p{L}])`, 'iu');

/**
 * Whether a figure is planned or reported: the nearest plan word ("will", "expects", "outlook")
 * or result word ("spent", "reported", "was") before it in its clause, else after it, else in its sentence.
 */
export function readBasis(text: string, context: FigureContext): ClaimBasis {
  const { figure } = context;
  // "the $57 billion capex plan", "guidance of $70–72 billion": the words around the figure name a plan.
  if (PLAN_BESIDE.test(text.slice(Math.max(0, figure.start - 25), figure.start)) || PLAN_AFTER.test(text.slice(figure.end, figure.end + 30))) return 'forecast';
  for (const scope of [context.clause, context.sentence]) {
    if (scope === null) continue;
    const words = [
      ...matches(context, scope, FORWARD, 'forecast'),
      ...matches(context, scope, CJK_FORWARD, 'forecast'),
      ...matches(context, scope, REPORTED, 'reported'),
    ];
    const before = words.filter((word) => word.end <= figure.start).sort((a, b) => b.end - a.end)[0];
    const after = words.filter((word) => word.start >= figure.end).sort((a, b) => a.start - b.start)[0];
    const nearest = before ?? after;
    if (nearest !== undefined) return nearest.basis;
  }
  return 'unstated';
}

function matches(context: FigureContext, scope: { start: number; end: number }, pattern: RegExp, basis: Exclude<ClaimBasis, 'unstated'>) {
  return context.scans.matchesIn(scope, pattern).map((match) => ({
    start: scope.start + match.index,
    end: scope.start + match.index + match[0].length,
    basis,
  }));
}
