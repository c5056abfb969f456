import { monthSpan } from '../data/fiscal-calendar.js';
import type { DatedQuarter, Period } from '../types.js';

/** "from the same period last year", "year-over-year", "a year earlier", "YoY", "gegenüber dem Vorjahresquartal", "按年", "前年同期比", "전년 동기 대비". */
const YEAR_AGO =
  /(?<![\p{L}])(?:(?:the\s+)?same\s+(?:period|quarter|three months)\s+(?:(?:of\s+)?last|(?:of\s+)?the\s+(?:previous|prior)|a)\s+year|(?:the\s+)?(?:year[-\s]earlier|year[-\s]ago|prior[-\s]year|last\s+year['’]s)\s+(?:period|quarter)|a\s+year\s+(?:earlier|ago|before)|(?:from|than|over|on|vs\.?|versus)\s+last\s+year|year[-\s](?:over|on)[-\s]year|YoY|y\/y|Vorjahres(?:quartal|zeitraum)|im\s+Vorjahr|sur\s+un\s+an|en\s+glissement\s+annuel|(?:même|la\s+même)\s+période\s+de\s+l['’]an(?:née)?\s+(?:dernier|dernière|passée?|précédente?)|interanual|(?:mismo|igual)\s+(?:periodo|período|trimestre)\s+del\s+año\s+(?:anterior|pasado)|su\s+base\s+annua|stesso\s+(?:periodo|trimestre)\s+(?:dell['’]anno\s+(?:precedente|scorso))|(?:mesmo\s+(?:período|trimestre)\s+(?:do\s+ano\s+)?(?:anterior|passado)))(?![\p{L}])|前年同期|同比|按年|去年同期|전년\s*동기|전년\s*대비/iu;
/** "sequentially", "quarter-over-quarter", "from the previous quarter". */
const QUARTER_AGO =
  /(?<![\p{L}])(?:sequential(?:ly)?|quarter[-\s](?:over|on)[-\s]quarter|QoQ|q\/q|(?:the\s+)?(?:previous|prior|preceding|last)\s+quarter|Vorquartal|trimestre\s+(?:précédent|anterior|precedente))(?![\p{L}])|前四半期|环比|전\s*분기/iu;

/**
 * The quarter a quarter's change is measured from, as the sentence says: the same quarter a year
 * earlier, or the one before. Null when it does not say: news uses both, and guessing would check
 * the wrong change.
 */
export function quarterBase(sentence: string, later: DatedQuarter): Period | null {
  const yearAgo = YEAR_AGO.exec(sentence);
  const quarterAgo = QUARTER_AGO.exec(sentence);
  if ((yearAgo === null) === (quarterAgo === null)) return null;
  const cue = (yearAgo ?? quarterAgo)!;
  return { kind: 'quarter', label: cue[0], quarter: earlierQuarter(later, yearAgo !== null ? 12 : 3) };
}

/** The quarter `months` (3 or 12) before another, in the same calendar (fiscal or not). */
export function earlierQuarter(quarter: DatedQuarter, months: 3 | 12): DatedQuarter {
  const endIndex = Number(quarter.end.slice(0, 4)) * 12 + Number(quarter.end.slice(5, 7)) - 1 - months;
  const { start, end } = monthSpan(endIndex - 2, 3);
  if (months === 12) return { ...quarter, year: quarter.year - 1, start, end };
  const first = quarter.number === 1;
  return { ...quarter, year: first ? quarter.year - 1 : quarter.year, number: first ? 4 : ((quarter.number - 1) as 1 | 2 | 3), start, end };
}
