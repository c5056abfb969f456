import { assertNever } from '../assert-never.js';
import { companyById } from '../data/companies.js';
import type { ClaimMetric, Cue, EntityId, IsoDate, Period, PeriodSource } from '../types.js';
import { ownedByAnotherFigure, type FigureContext } from './figure-context.js';
import { PERIOD_WORDS, type PhraseReading } from './lexicon/period-words.js';
import { spanAt, type TextSpan } from './segment-text.js';

/** Metrics measured over no particular year. */
const PERIODLESS: ReadonlySet<ClaimMetric> = new Set(['pledge', 'datacenter-power']);
/** Counts that stand at a moment (GPUs installed, users served): with no period written, any moment's count may be meant. */
const STOCK_METRICS: ReadonlySet<ClaimMetric> = new Set(['gpus', 'users']);

/** The period a claim is about, and the words that say so (null when assumed or periodless). */
export interface PeriodReading {
  readonly period: Period | null;
  readonly periodSource: PeriodSource;
  readonly cue: Cue | null;
}

/** A period phrase found in the text, where it is. */
type PeriodPhrase = PhraseReading & { readonly start: number; readonly end: number; readonly text: string };

/**
 * The period a claim is about: the period phrase nearest the figure in its clause, else in its
 * sentence (outside clauses that hold another figure); else the company's fiscal year in progress
 * on the article's date ("default": the caller decides whether assuming it is safe).
 * Relative phrases count in the company's fiscal years; a bare year is a calendar year.
 */
export function resolvePeriod(text: string, entity: EntityId | null, metric: ClaimMetric, context: FigureContext, articleDate: IsoDate): PeriodReading {
  if (PERIODLESS.has(metric)) return { period: null, periodSource: 'default', cue: null };
  const currentFiscalYear = fiscalYearOn(entity, articleDate);
  const read = (phrase: PeriodPhrase): PeriodReading => readPhrase(entity, phrase, currentFiscalYear);
  const clauseOf = (offset: number): TextSpan | null => spanAt(context.clauses, offset);
  const ownedElsewhere = (offset: number): boolean => ownedByAnotherFigure(context, clauseOf, offset);
  // "In the first quarter of fiscal 2025, … $20 billion": a quarter named anywhere in reach wins over its year.
  // "In fiscal 2026, Microsoft plans $X, Meta $Y": a phrase before the sentence's first figure frames them all.
  const firstFigure = Math.min(context.figure.start, ...context.siblings.map((sibling) => sibling.start));
  const framing = context.sentence === null ? null : { start: context.sentence.start, end: firstFigure };
  for (const [scope, owned] of [[context.clause, null], [framing, null], [context.sentence, ownedElsewhere]] as const) {
    if (scope === null) continue;
    // Beyond its clause, only a quarter named before the figure frames it ("In the first quarter, …"): one after it is about something else.
    const quarterScope = scope === context.clause ? scope : { start: scope.start, end: context.figure.start };
    const quarter = nearestPhrase(text, quarterScope, context.figure, owned, 'quarters');
    if (quarter !== null) return read(quarter);
    const phrase = nearestPhrase(text, scope, context.figure, owned, 'years');
    if (phrase !== null) return read(phrase);
  }
  if (STOCK_METRICS.has(metric)) return { period: null, periodSource: 'default', cue: null };
  const assumed: Period = normalize(entity, { kind: 'fiscal-year', year: currentFiscalYear });
  // A sibling figure's phrase that names the very period assumed ("$60–65 billion in 2025, or €58
  // billion") was written for both: say it was stated, not assumed.
  const sibling = context.sentence === null ? null : nearestPhrase(text, context.sentence, context.figure, null);
  const siblingReading = sibling === null ? null : read(sibling);
  if (siblingReading?.period && samePeriod(siblingReading.period, assumed)) return siblingReading;
  return { period: assumed, periodSource: 'default', cue: null };
}

function readPhrase(entity: EntityId | null, phrase: PeriodPhrase, currentFiscalYear: number): PeriodReading {
  const cue: Cue = { text: phrase.text, start: phrase.start, end: phrase.end };
  switch (phrase.kind) {
    case 'relative':
      return { period: normalize(entity, { kind: 'fiscal-year', year: currentFiscalYear + phrase.offset }), periodSource: 'relative', cue };
    case 'quarter':
      return { period: { kind: 'quarter', label: phrase.label }, periodSource: 'stated', cue };
    case 'fiscal-year':
      return { period: normalize(entity, { kind: 'fiscal-year', year: phrase.year }), periodSource: 'stated', cue };
    case 'calendar-year':
      return { period: phrase.written === undefined ? { kind: 'calendar-year', year: phrase.year } : { kind: 'calendar-year', year: phrase.year, written: phrase.written }, periodSource: 'stated', cue };
    default:
      return assertNever(phrase);
  }
}

function samePeriod(a: Period, b: Period): boolean {
  return a.kind === 'quarter' || b.kind === 'quarter' ? false : a.kind === b.kind && a.year === b.year;
}

/** The fiscal year (named by the year it ends in) that contains `date` for this company; for several companies, the calendar year. */
export function fiscalYearOn(entity: EntityId | null, date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month > yearEndMonth(entity) ? year + 1 : year;
}

/** For companies whose fiscal year is the calendar year (and totals over several), "fiscal 2025" is simply 2025. */
function normalize(entity: EntityId | null, period: Period): Period {
  return period.kind === 'fiscal-year' && yearEndMonth(entity) === 12 ? { kind: 'calendar-year', year: period.year } : period;
}

function yearEndMonth(entity: EntityId | null): number {
  return entity === null ? 12 : companyById(entity).fiscalYearEndMonth;
}

/** The period phrase nearest the figure in `scope`: quarters only, years only, or any (for a sibling's phrase). */
function nearestPhrase(text: string, scope: TextSpan, figure: TextSpan, ownedElsewhere: ((offset: number) => boolean) | null, kind: 'quarters' | 'years' | 'any' = 'any'): PeriodPhrase | null {
  const scopeText = text.slice(scope.start, scope.end);
  let best: { phrase: PeriodPhrase; distance: number } | null = null;
  for (const { pattern, read, quarter } of PERIOD_WORDS) {
    if ((kind === 'quarters' && !quarter) || (kind === 'years' && quarter)) continue;
    for (const match of scopeText.matchAll(pattern)) {
      const start = scope.start + match.index;
      const end = start + match[0].length;
      if (start < figure.end && end > figure.start) continue;
      const distance = end <= figure.start ? figure.start - end : start - figure.end;
      if (ownedElsewhere !== null && ownedElsewhere(start)) continue;
      if (best === null || distance < best.distance) best = { phrase: { ...read(match), start, end, text: match[0] }, distance };
    }
  }
  return best?.phrase ?? null;
}
