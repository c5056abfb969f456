/**
 * capcheck's `extractFigures`, scored as it is: each figure becomes one prediction. Values stay
 * in base units except power, which is compared in the unit written (NewsQuant counts "5 GW" as
 * 5 gigawatt); the user unit is named by its noun (NewsQuant tells "people" from "users").
 */
import { extractFigures } from '../../src/extract/extract-figures.js';
import { matchQualifier } from '../../src/extract/qualifiers.js';
import { tokenize } from '../../src/extract/tokenize.js';
import { decimalToNumber } from '../../src/money/decimal.js';
import type { Figure } from '../../src/types.js';
import type { Change, Prediction } from './prediction.js';

const POWER_NAMES: readonly (readonly [RegExp, string, number])[] = [
  [/GW|gigawatt/i, 'gigawatt', 1e9],
  [/MW|megawatt/i, 'megawatt', 1e6],
  [/kW|kilowatt/i, 'kilowatt', 1e3],
  [/TW|terawatt/i, 'terawatt', 1e12],
];
const PEOPLE_NOUNS: ReadonlyMap<string, string> = new Map([
  ['people', 'people'], ['customers', 'customer'], ['subscribers', 'subscriber'], ['users', 'user'], ['user', 'user'],
]);

/** Runs `extractFigures` and converts every figure. */
export function capcheckPredictions(text: string): Prediction[] {
  return extractFigures(text).map(toPrediction);
}

/** One figure as a prediction; exported so the generic-number adapter can reuse it. */
export function toPrediction(figure: Figure): Prediction {
  const amount = figure.amount;
  const [low, high] = amount.kind === 'range' ? [amount.low, amount.high] : [amount.value, amount.value];
  let unit: string;
  let divisor = 1;
  switch (figure.kind) {
    case 'money':
      unit = figure.currency;
      break;
    case 'percent':
      unit = 'percent';
      break;
    case 'quantity': {
      unit = figure.unit;
      if (figure.unit === 'W') [unit, divisor] = powerUnit(figure.text);
      if (figure.unit === 'user') unit = PEOPLE_NOUNS.get(lastWord(figure.text)) ?? 'user';
      break;
    }
  }
  const start = coreStart(figure);
  return {
    start,
    end: figure.end,
    low: decimalToNumber(low) / divisor,
    high: decimalToNumber(high) / divisor,
    isRange: amount.kind === 'range',
    unit,
    isMoney: figure.kind === 'money',
    change: changeOf(figure),
  };
}

/** How a figure's qualifier reads in the scored sets: about (~), at least (>), at most (<) or exact (=). */
export function changeOf(figure: Figure): Change {
  switch (figure.amount.kind) {
    case 'approximate':
    case 'just-below':
      return '~';
    case 'lower-bound':
      return '>';
    case 'upper-bound':
      return '<';
    default:
      return '=';
  }
}

/** The figure's start past a leading qualifier: span gold marks "$ 247 million", not "more than $ 247 million". */
function coreStart(figure: Figure): number {
  const tokens = tokenize(figure.text);
  const qualifier = matchQualifier(tokens, 0);
  const after = qualifier === null ? undefined : tokens[qualifier.next];
  return after === undefined ? figure.start : figure.start + after.start;
}

function powerUnit(text: string): [string, number] {
  for (const [pattern, name, divisor] of POWER_NAMES) if (pattern.test(text)) return [name, divisor];
  return ['watt', 1];
}

function lastWord(text: string): string {
  return (/(\p{L}+)\W*$/u.exec(text)?.[1] ?? '').toLowerCase();
}
