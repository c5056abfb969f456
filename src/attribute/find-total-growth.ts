import { shiftDecimal } from '../money/decimal.js';
import type { Figure, TotalClaim, TotalGrowthClaim, YearPeriod } from '../types.js';
import { percentToFactor } from './find-growth-claims.js';
import { spanAt, type TextSegments } from './segment-text.js';

/** Words of a rise around a percentage: "a 36% increase", "up 40%", "增长69.4%", "高出约70%". */
const RISE_AFTER = /^\s*(?:increase|rise|jump|growth|higher|more|up|Anstieg|Zuwachs|mehr|de plus|d['’]augmentation|de hausse)(?![\p{L}])/iu;
const RISE_BEFORE = /(?:(?<![\p{L}])(?:up|rose|grew|increased(?: by)?|an? increase of|growth of|Anstieg um|Plus von|hausse de|augmentation de)|增长|增加|高出|增幅|増加|増|증가)\s*(?:about|roughly|约|約|약)?\s*$/iu;
/** The year compared with: "over 2025 levels", "from 2025", "gegenüber 2025", "较2025年", "2025年比", "2025년 대비". */
const BASE_YEAR = /(?:(?<![\p{L}])(?:over|from|than|compared (?:with|to)|versus|vs\.?|gegenüber|par rapport à|sur)\s+(?:the\s+)?(20\d\d)(?![\p{N}])|较|比)\s*(20\d\d)?|(20\d\d)\s*(?:年比|년 대비)/iu;
/** A sentence opening on the total before it: "That figure", "This sum", "Dieser Betrag", "Ce montant", "该数字". */
const BACK_TO_TOTAL = /^\s*(?:(?:That|This|The) (?:figure|total|sum|amount)|(?:Dieser|Diese) (?:Betrag|Summe)|Ce (?:montant|chiffre|total)|该数字|这一数字|この(?:額|金額)|이 금액)/iu;

/**
 * Rises claimed for a total: a percentage next to words of a rise, in the sentence of a total or
 * in one opening on it ("That figure … a 36% increase over 2025"), with the year compared with
 * written, or the earlier year of a "from X to Y" total pair. Each is tied to that total.
 */
export function findTotalGrowth(text: string, segments: TextSegments, totals: readonly TotalClaim[], percents: readonly Figure[]): TotalGrowthClaim[] {
  return percents.flatMap((figure) => {
    if (figure.kind !== 'percent') return [];
    const sentence = spanAt(segments.sentences, figure.start);
    const paragraph = spanAt(segments.paragraphs, figure.start);
    if (sentence === null || paragraph === null) return [];
    if (!RISE_AFTER.test(text.slice(figure.end, figure.end + 20)) && !RISE_BEFORE.test(text.slice(Math.max(sentence.start, figure.start - 30), figure.start))) return [];
    const inSentence = totals.filter((total) => total.figure.start >= sentence.start && total.figure.end <= figure.start);
    const opening = BACK_TO_TOTAL.test(text.slice(sentence.start, sentence.end));
    const earlier = opening ? totals.filter((total) => total.figure.start >= paragraph.start && total.figure.end <= sentence.start) : [];
    const subject = inSentence.at(-1) ?? earlier.at(-1);
    if (subject === undefined || subject.periods.length !== 1) return [];
    const base = baseYear(text, sentence, figure, subject, inSentence);
    if (base === null) return [];
    return [{ subject, span: { text: figure.text, start: figure.start, end: figure.end }, factor: percentToFactor(figure.amount), precision: shiftDecimal(figure.precision, -2), basePeriod: base }];
  });
}

function baseYear(text: string, sentence: { start: number; end: number }, figure: Figure, subject: TotalClaim, inSentence: readonly TotalClaim[]): YearPeriod | null {
  const match = BASE_YEAR.exec(text.slice(sentence.start, sentence.end));
  const year = Number(match?.[1] ?? match?.[2] ?? match?.[3] ?? Number.NaN);
  const [later] = subject.periods;
  if (!Number.isNaN(year)) return year < later.year ? { kind: 'calendar-year', year } : null;
  // "from $360 billion to $610 billion, up 69.4%": the other total of the pair is the base.
  const other = inSentence.find((total) => total !== subject && total.periods.length === 1 && total.periods[0].year < later.year && total.figure.end <= figure.start);
  return other?.periods[0] ?? null;
}
