/**
 * The cents after a whole currency amount: "3 dollars 50 cents", "thirteen dollars and
 * forty-five cents", "17 USD 25." Without the word "cents" the number must end the clause,
 * so "15 dollars and 50 people" stays fifteen dollars.
 */
import { addDecimals, shiftDecimal, type Decimal } from '../money/decimal.js';
import { parseNumberWords } from './number-words.js';
import { parseNumeral } from './parse-numeral.js';
import type { Token } from './tokenize.js';

const CENT_WORDS: ReadonlySet<string> = new Set(['cents', 'cent', 'pence', 'penny', 'centimes', 'céntimos', 'centavos', 'centesimi']);

/** The amount plus its cents, and the token after them; null when no cents follow token `index`. */
export function matchCents(tokens: readonly Token[], index: number, whole: Decimal): { value: Decimal; next: number } | null {
  let j = tokens[index]?.lower === 'and' ? index + 1 : index;
  const head = tokens[j];
  if (head === undefined || head.breakBefore || head.glued) return null;
  let cents: Decimal | null = null;
  if (head.kind === 'number' && head.text.length <= 2) {
    cents = parseNumeral(head.text, false);
    j += 1;
  } else if (head.kind === 'word') {
    const words = parseNumberWords(tokens, j);
    if (words !== null && !words.article) {
      cents = words.value;
      j = words.next;
    }
  }
  // Cents are a whole number below a hundred.
  if (cents === null || cents.exponent < 0 || cents.coefficient * 10n ** BigInt(cents.exponent) >= 100n) return null;
  const after = tokens[j];
  if (after !== undefined && CENT_WORDS.has(after.lower) && !after.breakBefore) j += 1;
  else if (after !== undefined && after.kind === 'word' && !after.breakBefore) return null;
  return { value: addDecimals(whole, shiftDecimal(cents, -2)), next: j };
}
