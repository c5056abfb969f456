import { assertNever } from '../assert-never.js';
import { companyById } from '../data/companies.js';
import type { ClaimMetric, EntityId, IsoDate, Period, PeriodSource } from '../types.js';
import type { FigureContext } from './resolve-entity.js';
import { spanAt, type TextSpan } from './segment-text.js';

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
    pattern: /\b(?:(?:fiscal\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal\s+)?quarter|Q[1-4](?:\s+(?:FY\s*)?['’]?\d{2,4})?|(?:the|this|last|next|that|its|their|current)(?:\s+(?:current|fiscal))?\s+quarter|quarterly)\b/gi,
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
  const read = (phrase: PeriodPhrase) => readPhrase(entity, phrase, currentFiscalYear);
  const clausePhrase = context.clause === null ? null : nearestPhrase(text, context.clause, context.figure, null);
  if (clausePhrase !== null) return read(clausePhrase);
  if (context.sentence !== null) {
    const sentencePhrase = nearestPhrase(text, context.sentence, context.figure, clauseOwnedElsewhere(context));
    if (sentencePhrase !== null) return read(sentencePhrase);
  }
  if (metric !== null && STOCK_METRICS.has(metric)) return { period: null, periodSource: 'default' };
  const assumed: Period = normalize(entity, { kind: 'fiscal-year', year: currentFiscalYear });
  // A sibling figure's phrase that names the very period assumed ("$60–65 billion in 2025, or €58
  // billion") was written for both: say it was stated, not assumed.
  const sibling = context.sentence === null ? null : nearestPhrase(text, context.sentence, context.figure, null);
  const siblingReading = sibling === null ? null : read(sibling);
  if (siblingReading?.period && samePeriod(siblingReading.period, assumed)) return siblingReading;
  return { period: assumed, periodSource: 'default' };
}

function readPhrase(entity: EntityId, phrase: PeriodPhrase, currentFiscalYear: number): { period: Period; periodSource: PeriodSource } {
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

function samePeriod(a: Period, b: Period): boolean {
  return a.kind === 'quarter' || b.kind === 'quarter' ? false : a.kind === b.kind && a.year === b.year;
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

/**
 * Beyond the figure's own clause, a phrase standing in a clause with another figure belongs to
 * that figure ("$85 billion; a year earlier it had spent $52.5 billion").
 */
function clauseOwnedElsewhere(context: FigureContext): (offset: number) => boolean {
  return (offset) => {
    const clause = spanAt(context.clauses, offset);
    if (clause === null || (context.clause !== null && clause.start >= context.clause.start && clause.end <= context.clause.end)) return false;
    return context.otherFigures.some((other) => other.start >= clause.start && other.end <= clause.end);
  };
}

function nearestPhrase(text: string, scope: TextSpan, figure: TextSpan, ownedElsewhere: ((offset: number) => boolean) | null): PeriodPhrase | null {
  const scopeText = text.slice(scope.start, scope.end);
  let best: { phrase: PeriodPhrase; distance: number } | null = null;
  for (const { pattern, read } of PHRASES) {
    for (const match of scopeText.matchAll(pattern)) {
      const start = scope.start + match.index;
      const end = start + match[0].length;
      if (start < figure.end && end > figure.start) continue;
      const distance = end <= figure.start ? figure.start - end : start - figure.end;
      if (ownedElsewhere !== null && ownedElsewhere(start)) continue;
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
