/**
 * The cents after a whole currency amount: "3 dollars 50 cents", "thirteen dollars and
 * forty-five cents", "17 USD 25.", and the yuan's tenths and hundredths ("one kuai and five mao
 * five"). Without a sub-unit word the number must end the clause or precede a word it cannot
 * count ("15 USD 50 more"), so "15 dollars and 50 people" stays fifteen dollars.
 */
import type { CurrencyCode } from '../types.js';
import { addDecimals, shiftDecimal, type Decimal } from '../money/decimal.js';
import { parseNumberWords } from './number-words.js';
import { parseNumeral } from './parse-numeral.js';
import type { Token } from './tokenize.js';

interface SubUnit {
  /** Power of ten of one sub-unit: -2 for a cent, -1 for a mao. */
  readonly power: number;
  /** The currency the word belongs to, or null for cents of any currency. */
  readonly currency: CurrencyCode | null;
}

const SUB_UNITS: ReadonlyMap<string, SubUnit> = new Map<string, SubUnit>([
  ...['cents', 'cent', 'pence', 'penny', 'centimes', 'céntimos', 'centavos', 'centesimi'].map((w) => [w, { power: -2, currency: null }] as const),
  ...['mao', 'jiao'].map((w) => [w, { power: -1, currency: 'CNY' }] as const),
  ['fen', { power: -2, currency: 'CNY' }],
  ['¢', { power: -2, currency: null }],
]);
// Words a bare number before them cannot be counting.
const UNCOUNTED_AFTER: ReadonlySet<string> = new Set(['more', 'less', 'extra', 'each', 'apiece', 'only']);

interface Part {
  readonly value: Decimal;
  readonly next: number;
  readonly power: number;
}

/** The amount plus its cents, and the token after them; null when no cents follow token `index`. */
export function matchCents(tokens: readonly Token[], index: number, whole: Decimal, currency: CurrencyCode): { value: Decimal; next: number } | null {
  const first = matchPart(tokens, tokens[index]?.lower === 'and' ? index + 1 : index, currency, 100n);
  if (first === null) return null;
  // "five mao five": a digit after the tenths counts hundredths.
  const rest = first.power === -1 ? matchPart(tokens, first.next, currency, 10n) : null;
  const cents = rest === null || rest.power !== -2 ? first : { value: addDecimals(first.value, rest.value), next: rest.next };
  return { value: addDecimals(whole, cents.value), next: cents.next };
}

/** A count of sub-units at `j`, its unit word if any; a bare count is hundredths below `bareLimit`. */
function matchPart(tokens: readonly Token[], j: number, currency: CurrencyCode, bareLimit: bigint): Part | null {
  const count = matchCount(tokens, j);
  if (count === null) return null;
  const after = tokens[count.next];
  const word = after === undefined || after.breakBefore ? undefined : after;
  const unit = word?.kind === 'word' || word?.kind === 'symbol' ? SUB_UNITS.get(word.lower) : undefined;
  if (unit !== undefined && (unit.currency === null || unit.currency === currency)) {
    return count.value < 10n ** BigInt(-unit.power) ? { value: shiftDecimal(count.decimal, unit.power), next: count.next + 1, power: unit.power } : null;
  }
  // "17 USD 25 %" and "10 $ 30 $": the number belongs to what follows it.
  if (word !== undefined && (word.kind === 'symbol' || (word.kind === 'word' && !UNCOUNTED_AFTER.has(word.lower)))) return null;
  return count.value < bareLimit ? { value: shiftDecimal(count.decimal, -2), next: count.next, power: -2 } : null;
}

/** A whole number of at most two digits, or in words, at `j`. */
function matchCount(tokens: readonly Token[], j: number): { decimal: Decimal; value: bigint; next: number } | null {
  const head = tokens[j];
  if (head === undefined || head.breakBefore || head.glued) return null;
  let decimal: Decimal | null = null;
  let next = j + 1;
  if (head.kind === 'number' && head.text.length <= 2) {
    decimal = parseNumeral(head.lower, false);
  } else if (head.kind === 'word') {
    const words = parseNumberWords(tokens, j);
    if (words !== null && !words.article) {
      decimal = words.value;
      next = words.next;
    }
  }
  if (decimal === null || decimal.exponent < 0) return null;
  return { decimal, value: decimal.coefficient * 10n ** BigInt(decimal.exponent), next };
}
