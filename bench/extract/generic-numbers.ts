/**
 * Benchmark-only: the bare numbers capcheck's figures leave out ("22 goals", "three months"),
 * so "all quantities" can be scored like CQE, which extracts every quantity. This never changes
 * what `extractFigures` returns to the checker; it adds unit-less predictions around its figures.
 */
import { extractFigures } from '../../src/extract/extract-figures.js';
import { parseNumberWords } from '../../src/extract/number-words.js';
import { parseSide, sideValue } from '../../src/extract/parse-side.js';
import { tokenize, type Token } from '../../src/extract/tokenize.js';
import { followsYearLead, isYearLike } from '../../src/extract/years.js';
import { decimalToNumber } from '../../src/money/decimal.js';
import { toPrediction } from './capcheck-adapter.js';
import type { Prediction } from './prediction.js';

// Day numbers after a month name ("March 29", "Oct. 31") are dates, not quantities.
const MONTHS = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/i;

/** capcheck's figures plus every other number as a unit-less point. */
export function capcheckWithGenericNumbers(text: string): Prediction[] {
  const figures = extractFigures(text);
  const predictions = figures.map(toPrediction);
  const tokens = tokenize(text);
  let figureIndex = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    while (figureIndex < figures.length && (figures[figureIndex]?.end ?? 0) <= token.start) figureIndex++;
    const figure = figures[figureIndex];
    if (figure !== undefined && figure.start <= token.start) continue;
    const generic = genericAt(tokens, i);
    if (generic === null) continue;
    predictions.push(generic.prediction);
    i = generic.next - 1;
  }
  return predictions.sort((a, b) => a.start - b.start);
}

function genericAt(tokens: readonly Token[], index: number): { prediction: Prediction; next: number } | null {
  const token = tokens[index] as Token;
  if (token.kind === 'number') {
    const side = parseSide(tokens, index);
    if (side === null || side.currency !== null) return null;
    if (isYearLike(token) && side.scale === null && (followsYearLead(tokens, index) || side.measure === null)) return null;
    const previous = tokens[index - 1];
    const beforeDot = previous?.text === '.' ? tokens[index - 2] : previous;
    if (beforeDot !== undefined && MONTHS.test(beforeDot.text)) return null;
    const value = decimalToNumber(sideValue(side, side.scale, 0, side.european));
    return { prediction: point(tokens, index, side.next, value), next: side.next };
  }
  const words = token.kind === 'word' ? parseNumberWords(tokens, index) : null;
  if (words === null || words.article) return null;
  return { prediction: point(tokens, index, words.next, decimalToNumber(words.value)), next: words.next };
}

function point(tokens: readonly Token[], first: number, next: number, value: number): Prediction {
  const start = tokens[first]?.start ?? 0;
  const end = tokens[next - 1]?.end ?? start;
  return { start, end, low: value, high: value, isRange: false, unit: null, isMoney: false, change: '=' };
}
