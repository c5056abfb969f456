import { assertNever } from '../assert-never.js';
import { companyById } from '../data/companies.js';
import type { ClaimMetric, EntityId, IsoDate, Period, PeriodSource } from '../types.js';
import type { FigureContext } from './resolve-entity.js';
import type { TextSpan } from './segment-text.js';

/** Metrics measured over no particular year. */
const PERIODLESS: ReadonlySet<ClaimMetric> = new Set(['pledge', 'datacenter-power']);
/** Counts that stand at a moment (GPUs installed, users served): with no period written, any moment's count may be meant. */
const STOCK_METRICS: ReadonlySet<ClaimMetric> = new Set(['gpus', 'users']);

/** What a period phrase says: a year, or a number of fiscal years from the article's. */
type PhraseReading =
  | { readonly kind: 'fiscal-year' | 'calendar-year'; readonly year: number }
  | { readonly kind: 'relative'; readonly offset: number }
  | { readonly kind: 'quarter'; readonly label: string };

/** A period phrase found in the text, where it is. */
type PeriodPhrase = PhraseReading & { readonly start: number; readonly end: number };

const PHRASES: readonly { readonly pattern: RegExp; readonly read: (match: RegExpMatchArray) => PhraseReading }[] = [
  // "its fiscal second quarter", "Q4", "Q3 2025", "the quarter", "quarterly": a quarter's figure, not a year's.
  {
    pattern: /\b(?:(?:fiscal\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal\s+)?quarter|Q[1-4](?:\s+(?:FY\s*)?['’]?\d{2,4})?|(?:the|this|last|next|that)\s+quarter|quarterly)\b/gi,
    read: (m) => ({ kind: 'quarter', label: m[0] }),
  },
  // "fiscal 2025", "fiscal year 2025", "FY2025", "FY25", "FY '25"
  { pattern: /\b(?:FY|fiscal(?:\s+year)?)\s*['’‘]?(\d{4}|\d{2})\b/gi, read: (m) => ({ kind: 'fiscal-year', year: fullYear(m[1]) }) },
  { pattern: /\bcalendar(?:\s+year)?\s+(20\d\d)\b/gi, read: (m) => ({ kind: 'calendar-year', year: fullYear(m[1]) }) },
  // A bare year, not part of a year range ("2024-2025") or of a longer number.
  { pattern: /(?<![\d.,$€£–-])\b(20[0-4]\d)\b(?![\d%]|\s?[–-]\s?\d)/g, read: (m) => ({ kind: 'calendar-year', year: fullYear(m[1]) }) },
  // "in '25", "in ’25"
  { pattern: /(?<![\p{L}\p{N}])['’‘](\d{2})(?![\p{L}\p{N}'’])/gu, read: (m) => ({ kind: 'calendar-year', year: fullYear(m[1]) }) },
  {
    pattern: /\b(this|next|last|past|previous|prior|coming|current)\s+(?:fiscal\s+)?year\b/gi,
    read: (m) => ({ kind: 'relative', offset: relativeOffset(m[1]) }),
  },
  { pattern: /\b(?:end\s+of\s+(?:the|this)\s+year|year[- ]end|year\s+to\s+date)\b/gi, read: () => ({ kind: 'relative', offset: 0 }) },
  { pattern: /\ba\s+year\s+(?:earlier|ago|before)\b/gi, read: () => ({ kind: 'relative', offset: -1 }) },
];

/**
 * The period a claim is about: the period phrase nearest the figure in its clause, else in its
 * sentence; else the company's fiscal year in progress on the article's date ("default").
 * Relative phrases count in the company's fiscal years; a bare year is a calendar year.
 */
export function resolvePeriod(
  text: string,
  entity: EntityId,
  metric: ClaimMetric | null,
  context: FigureContext,
  articleDate: IsoDate,
): { period: Period | null; periodSource: PeriodSource } {
  if (metric !== null && PERIODLESS.has(metric)) return { period: null, periodSource: 'default' };
  const currentFiscalYear = fiscalYearOn(entity, articleDate);
  for (const scope of [context.clause, context.sentence]) {
    if (scope === null) continue;
    const phrase = nearestPhrase(text, scope, context.figure);
    if (phrase === null) continue;
    switch (phrase.kind) {
      case 'relative':
        return { period: normalize(entity, { kind: 'fiscal-year', year: currentFiscalYear + phrase.offset }), periodSource: 'relative' };
      case 'quarter':
        return { period: { kind: 'quarter', label: phrase.label }, periodSource: 'stated' };
      case 'fiscal-year':
      case 'calendar-year':
        return { period: normalize(entity, { kind: phrase.kind, year: phrase.year }), periodSource: 'stated' };
      default:
        return assertNever(phrase);
    }
  }
  if (metric !== null && STOCK_METRICS.has(metric)) return { period: null, periodSource: 'default' };
  return { period: normalize(entity, { kind: 'fiscal-year', year: currentFiscalYear }), periodSource: 'default' };
}

/** The fiscal year (named by the year it ends in) that contains `date` for this company. */
export function fiscalYearOn(entity: EntityId, date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month > companyById(entity).fiscalYearEndMonth ? year + 1 : year;
}

/** For companies whose fiscal year is the calendar year, "fiscal 2025" is simply 2025. */
function normalize(entity: EntityId, period: Period): Period {
  return period.kind === 'fiscal-year' && companyById(entity).fiscalYearEndMonth === 12
    ? { kind: 'calendar-year', year: period.year }
    : period;
}

function nearestPhrase(text: string, scope: TextSpan, figure: TextSpan): PeriodPhrase | null {
  const scopeText = text.slice(scope.start, scope.end);
  let best: { phrase: PeriodPhrase; distance: number } | null = null;
  for (const { pattern, read } of PHRASES) {
    for (const match of scopeText.matchAll(pattern)) {
      const start = scope.start + match.index;
      const end = start + match[0].length;
      if (start < figure.end && end > figure.start) continue;
      const distance = end <= figure.start ? figure.start - end : start - figure.end;
      if (best === null || distance < best.distance) best = { phrase: { ...read(match), start, end }, distance };
    }
  }
  return best?.phrase ?? null;
}

function fullYear(digits: string | undefined): number {
  const year = Number(digits);
  return year < 100 ? 2000 + year : year;
}

function relativeOffset(word: string | undefined): number {
  switch (word?.toLowerCase()) {
    case 'next':
    case 'coming':
      return 1;
    case 'last':
    case 'past':
    case 'previous':
    case 'prior':
      return -1;
    default:
      return 0;
  }
}
