import { assertNever } from '../assert-never.js';
import { companyById } from '../data/companies.js';
import { monthSpan } from '../data/fiscal-calendar.js';
import type { ClaimMetric, Cue, DatedQuarter, EntityId, IsoDate, Period, PeriodSource } from '../types.js';
import { ownedByAnotherFigure, type FigureContext } from './figure-context.js';
import { PERIOD_WORDS, type PhraseReading, type QuarterWords } from './lexicon/period-words.js';
import type { ScopeScans } from './scope-scans.js';
import { spanAt, type TextSpan } from './segment-text.js';
import { firstFigureStart } from './siblings.js';

/** Words saying a figure is a whole year's, not a quarter's named elsewhere in its sentence. */
const FULL_YEAR = /(?<![\p{L}])(?:full[- ]year|for the (?:full |whole |entire )?year|annual|annually)(?![\p{L}])/iu;

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
  const read = (phrase: PeriodPhrase): PeriodReading => readPhrase(entity, phrase, currentFiscalYear, articleDate);
  const clauseOf = (offset: number): TextSpan | null => spanAt(context.clauses, offset);
  const ownedElsewhere = (offset: number): boolean => ownedByAnotherFigure(context, clauseOf, offset);
  // "In the first quarter of fiscal 2025, … $20 billion": a quarter named anywhere in reach wins over its year.
  // "In fiscal 2026, Microsoft plans $X, Meta $Y": a phrase before the sentence's first figure frames them all.
  const firstFigure = firstFigureStart(context.siblings);
  const framing = context.sentence === null ? null : { start: context.sentence.start, end: firstFigure };
  for (const [scope, owned] of [[context.clause, null], [framing, null], [context.sentence, ownedElsewhere]] as const) {
    if (scope === null) continue;
    // Beyond its clause, only a quarter named before the figure frames it ("In the first quarter, …"): one after it is about something else.
    const quarterScope = scope === context.clause ? scope : { start: scope.start, end: context.figure.start };
    // "…in the first quarter, and expects $125–145 billion for the full year": the figure's own clause says it is a year's.
    const ownClause = context.clause ?? context.figure;
    const wholeYear = scope !== context.clause && FULL_YEAR.test(text.slice(ownClause.start, ownClause.end));
    const quarter = wholeYear ? null : nearestPhrase(text, context.scans, quarterScope, context.figure, owned, 'quarters');
    if (quarter !== null) return read(quarter);
    const phrase = nearestPhrase(text, context.scans, scope, context.figure, owned, 'years');
    if (phrase !== null) return read(phrase);
  }
  if (STOCK_METRICS.has(metric)) return { period: null, periodSource: 'default', cue: null };
  const assumed: Period = normalize(entity, { kind: 'fiscal-year', year: currentFiscalYear });
  // A sibling figure's phrase that names the very period assumed ("$60–65 billion in 2025, or €58
  // billion") was written for both: say it was stated, not assumed.
  const sibling = context.sentence === null ? null : nearestPhrase(text, context.scans, context.sentence, context.figure, null);
  const siblingReading = sibling === null ? null : read(sibling);
  if (siblingReading?.period && samePeriod(siblingReading.period, assumed)) return siblingReading;
  return { period: assumed, periodSource: 'default', cue: null };
}

function readPhrase(entity: EntityId | null, phrase: PeriodPhrase, currentFiscalYear: number, articleDate: IsoDate): PeriodReading {
  const cue: Cue = { text: phrase.text, start: phrase.start, end: phrase.end };
  switch (phrase.kind) {
    case 'relative':
      return { period: normalize(entity, { kind: 'fiscal-year', year: currentFiscalYear + phrase.offset }), periodSource: 'relative', cue };
    case 'quarter': {
      const dated = phrase.words === undefined ? null : resolveQuarter(entity, phrase.words, articleDate);
      // A quarter whose year was taken from the article's date is read, like "this year", relative to it.
      const readings = dated === null && phrase.words !== undefined ? quarterReadings(entity, phrase.words, articleDate) : null;
      const source: PeriodSource = (dated !== null || readings !== null) && phrase.words?.year === null ? 'relative' : 'stated';
      return { period: { kind: 'quarter', label: phrase.label, quarter: dated, ...(readings === null ? {} : { readings }) }, periodSource: source, cue };
    }
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
function nearestPhrase(
  text: string,
  scans: ScopeScans,
  scope: TextSpan,
  figure: TextSpan,
  ownedElsewhere: ((offset: number) => boolean) | null,
  kind: 'quarters' | 'years' | 'any' = 'any',
): PeriodPhrase | null {
  const scopeLength = scope.end - scope.start;
  let best: { phrase: PeriodPhrase; distance: number } | null = null;
  // A quarter phrase starting in the scope is read whole, its year included, even where a comma ends the clause ("the quarter ended March 31, 2025").
  const quarterScope = { start: scope.start, end: Math.min(text.length, scope.end + 40) };
  for (const { pattern, read, quarter } of PERIOD_WORDS) {
    if ((kind === 'quarters' && !quarter) || (kind === 'years' && quarter)) continue;
    for (const match of scans.matchesIn(quarter ? quarterScope : scope, pattern)) {
      if (match.index >= scopeLength) continue;
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

const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Longest distance from the article's date to the end of the quarter read when no year is written: nearer than the same quarter a year away. */
const NEAREST_QUARTER_DAYS = 152;

/**
 * The quarter a phrase names, in the company's calendar: "Q2 FY2026", "the fiscal second quarter"
 * (fiscal), "Q1 2026" (calendar, or fiscal for a company whose fiscal year is the calendar year),
 * "the September quarter" (the quarter ending in September). Null when the words leave it open:
 * no company, a numbered quarter of a company with a fiscal calendar and no word saying fiscal or
 * calendar, a month no quarter of the company ends in, or, with no year written, no quarter of that
 * name ending within five months of the article's date.
 */
export function resolveQuarter(entity: EntityId | null, words: QuarterWords, articleDate: IsoDate): DatedQuarter | null {
  if (entity === null) return null;
  const fiscalEnd = companyById(entity).fiscalYearEndMonth;
  // The month each quarter ends in, as months since January of year 0 (0-based), for a year of the calendar it is counted in.
  let endIndexOf: (year: number) => number;
  let fiscal: boolean;
  if (words.endMonth !== null) {
    if ((words.endMonth - fiscalEnd + 12) % 3 !== 0) return null;
    endIndexOf = (year) => year * 12 + words.endMonth! - 1;
    fiscal = fiscalEnd !== 12;
  } else if (words.number !== null) {
    const number = words.number;
    const calendarYear = fiscalEnd === 12 || words.calendar === 'calendar';
    if (!calendarYear && words.calendar !== 'fiscal') return null;
    const yearEnd = calendarYear ? 12 : fiscalEnd;
    // The fiscal year named `year` ends in month `yearEnd` of `year`; its quarter n ends 3(4 - n) months earlier.
    endIndexOf = (year) => year * 12 + yearEnd - 1 - 3 * (4 - number);
    fiscal = !calendarYear;
  } else {
    return null;
  }
  const year = words.year ?? nearestYear(endIndexOf, articleDate);
  if (year === null) return null;
  const endIndex = endIndexOf(year);
  const { start, end } = monthSpan(endIndex - 2, 3);
  const endYear = Math.floor(endIndex / 12);
  const endMonth = (endIndex % 12) + 1;
  const fiscalYear = endMonth > fiscalEnd ? endYear + 1 : endYear;
  const number = fiscal ? fiscalQuarterNumber(endMonth, fiscalEnd) : (Math.floor((endMonth - 1) / 3) + 1) as 1 | 2 | 3 | 4;
  return { year: fiscal ? fiscalYear : endYear, number, fiscal, start, end };
}

/**
 * "Microsoft's Q1" with no word saying fiscal or calendar: its fiscal Q1 and its calendar Q1, each
 * in the year written, else the latest over by the article's date. Null when the words say which,
 * name no number, or the company's fiscal year is the calendar year (one reading only).
 */
export function quarterReadings(entity: EntityId | null, words: QuarterWords, articleDate: IsoDate): readonly [DatedQuarter, DatedQuarter] | null {
  if (entity === null || words.number === null || words.calendar !== null || companyById(entity).fiscalYearEndMonth === 12) return null;
  const reading = (calendar: 'fiscal' | 'calendar'): DatedQuarter | null => {
    if (words.year !== null) return resolveQuarter(entity, { ...words, calendar }, articleDate);
    const articleYear = Number(articleDate.slice(0, 4));
    for (const year of [articleYear + 1, articleYear, articleYear - 1]) {
      const quarter = resolveQuarter(entity, { ...words, calendar, year }, articleDate);
      if (quarter !== null && quarter.end < articleDate) return quarter;
    }
    return null;
  };
  const fiscal = reading('fiscal');
  const calendar = reading('calendar');
  return fiscal === null || calendar === null ? null : [fiscal, calendar];
}

/** "Q2 FY2026 (Oct–Dec 2025)", "Q1 2026 (Jan–Mar 2026)". */
export function describeQuarter(quarter: DatedQuarter): string {
  const first = MONTH_ABBREVIATIONS[Number(quarter.start.slice(5, 7)) - 1];
  const last = MONTH_ABBREVIATIONS[Number(quarter.end.slice(5, 7)) - 1];
  return `Q${quarter.number} ${quarter.fiscal ? 'FY' : ''}${quarter.year} (${first}–${last} ${quarter.end.slice(0, 4)})`;
}

function fiscalQuarterNumber(endMonth: number, fiscalEnd: number): 1 | 2 | 3 | 4 {
  return (((endMonth - fiscalEnd + 12) % 12) / 3 || 4) as 1 | 2 | 3 | 4;
}

/** The year whose quarter ends nearest the article's date, when it ends within five months of it. */
function nearestYear(endIndexOf: (year: number) => number, articleDate: IsoDate): number | null {
  const articleYear = Number(articleDate.slice(0, 4));
  const day = Date.parse(articleDate);
  for (const year of [articleYear - 1, articleYear, articleYear + 1, articleYear + 2]) {
    const end = Date.parse(monthSpan(endIndexOf(year), 1).end);
    if (Math.abs(end - day) <= NEAREST_QUARTER_DAYS * 86_400_000) return year;
  }
  return null;
}

