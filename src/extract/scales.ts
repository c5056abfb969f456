/**
 * Scale words after a number in six languages, plus lakh and crore: "billion", "bn", "B",
 * "Mrd.", "Milliarden", "milliards", "mil millones", "bilhões", "miliardi", "lakh crore".
 * The power of ten is added to the number's exponent, so "39.23 billion" stays exact.
 */
import type { Token } from './tokenize.js';

/** A scale after a number: its power of ten and the token after it. */
export interface ScaleMatch {
  readonly power: number;
  readonly next: number;
  /**
   * A single-letter abbreviation ("m", "B"): only trusted glued to the number or in a money
   * or quantity context, since "5 m" may be metres.
   */
  readonly letter: boolean;
  /** The word is German, French, Spanish, Portuguese or Italian, so "66.000" groups thousands. */
  readonly european: boolean;
}

interface Scale {
  readonly power: number;
  readonly european: boolean;
}
const scale = (power: number, european = false): Scale => ({ power, european });

// English plurals are absent: "billions of dollars" states no amount. French "billions" and
// Spanish "billones" are 10^12; German "Billion" is too, but in English text it is 10^9,
// so only the unambiguous plural "Billionen" reads as 10^12.
const WORDS: ReadonlyMap<string, Scale> = new Map([
  ...(['thousand', 'k'] as const).map((w) => [w, scale(3)] as const),
  ...(['million', 'mn', 'mln', 'mil', 'm'] as const).map((w) => [w, scale(6)] as const),
  ...(['billion', 'bn', 'bln', 'b'] as const).map((w) => [w, scale(9)] as const),
  ...(['trillion', 'tn', 'trn', 't'] as const).map((w) => [w, scale(12)] as const),
  ['lakh', scale(5)], ['lakhs', scale(5)], ['lac', scale(5)], ['crore', scale(7)], ['crores', scale(7)], ['cr', scale(7)],
  ...['tausend', 'tsd', 'mille', 'mila'].map((w) => [w, scale(3, true)] as const),
  ...['millionen', 'mio', 'millions', 'millón', 'millon', 'millones', 'milhão', 'milhões', 'milhao', 'milhoes', 'milione', 'milioni'].map(
    (w) => [w, scale(6, true)] as const,
  ),
  ...['milliarde', 'milliarden', 'mrd', 'milliard', 'milliards', 'md', 'mds', 'millardo', 'millardos', 'bilhão', 'bilhões', 'bilhao', 'bilhoes', 'miliardo', 'miliardi', 'mld', 'mrd'].map(
    (w) => [w, scale(9, true)] as const,
  ),
  ...['billionen', 'bio', 'billions', 'billón', 'billones', 'bilión', 'biliões', 'trilhão', 'trilhões', 'bilione', 'bilioni'].map(
    (w) => [w, scale(12, true)] as const,
  ),
]);

// Abbreviations that take a dot ("5 Mio.", "3,5 Mrd."): the dot is part of the figure.
const DOTTED: ReadonlySet<string> = new Set(['mio', 'mrd', 'tsd', 'bio', 'md', 'mds', 'mld', 'mln']);
// Case matters for these: "MM" is millions in finance, "mm" millimetres; "Md" milliards, "md" nothing.
const CASED: ReadonlyMap<string, Scale> = new Map([['MM', scale(6)], ['Md', scale(9, true)], ['Mds', scale(9, true)]]);
// "mil" alone is a thousand in Spanish and Portuguese ("66 mil dólares"), a million in English ("$5 mil").
const MIL_THOUSAND_BEFORE: ReadonlySet<string> = new Set(['millones', 'milhões', 'milhoes', 'de', 'dólares', 'euros', 'reais', 'pesos', 'usuarios', 'usuários', 'personas', 'pessoas']);

/** Matches a scale at token `index`, also hyphenated to the number ("$10-billion") or chained ("lakh crore", "mil millones"). */
export function matchScale(tokens: readonly Token[], index: number): ScaleMatch | null {
  let first = index;
  const dash = tokens[index];
  if (dash?.kind === 'dash' && dash.glued) {
    // A hyphen only joins a spelled-out scale: "60-B" is not a way to write 60 billion.
    const word = tokens[index + 1];
    if (word === undefined || !word.glued || word.text.length < 2) return null;
    first = index + 1;
  }
  const head = scaleAt(tokens, first);
  if (head === null) return null;
  let { power, next } = head;
  // "lakh crore", "mil millones", "thousand million": a second, larger scale multiplies the first.
  const tail = head.text.length > 1 ? scaleAt(tokens, next) : null;
  if (tail !== null && tail.power > power && tail.text.length > 1) {
    power += tail.power;
    next = tail.next;
  }
  return { power, next, letter: head.text.length === 1, european: head.european || (tail?.european ?? false) };
}

interface ScaleAt {
  readonly power: number;
  readonly next: number;
  readonly text: string;
  readonly european: boolean;
}

function scaleAt(tokens: readonly Token[], index: number): ScaleAt | null {
  const token = tokens[index];
  if (token === undefined || token.kind !== 'word' || token.breakBefore) return null;
  const found = CASED.get(token.text) ?? (token.text === 'mm' || token.text === 'md' ? undefined : WORDS.get(token.lower));
  if (found === undefined) return null;
  let power = found.power;
  if (token.lower === 'mil' && MIL_THOUSAND_BEFORE.has(tokens[index + 1]?.lower ?? '')) power = 3;
  const dot = tokens[index + 1];
  const next = dot?.text === '.' && dot.glued && DOTTED.has(token.lower) ? index + 2 : index + 1;
  return { power, next, text: token.text, european: found.european || (token.lower === 'mil' && power === 3) };
}

/** True when `lower` is a European-language scale word ("milliards", "Mrd", "mil"): foreign number words count only before one. */
export function isEuropeanScaleWord(lower: string): boolean {
  return lower === 'mil' || WORDS.get(lower)?.european === true;
}
