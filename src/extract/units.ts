/**
 * Units after a number: percent signs and words, power (GW, megawatts), GPUs and users,
 * with up to three adjective or brand words before the unit noun; CJK units and counters in cjk-units.ts.
 */
import type { QuantityUnit } from '../types.js';
import { CJK_PERCENT_WORDS, CJK_POWER_WORDS, CJK_USER_WORDS, endsCjkUsersCount, followsCjkUsersWord, matchCjkCounter, type CounterMatch } from './cjk-units.js';
import { skipGapWord } from './gap-words.js';
import { cjkPhrase } from './is-cjk.js';
import { buildPhraseTable, matchPhrase } from './match-phrase.js';
import type { Token } from './tokenize.js';

/** What a number counts: percentage points, or a quantity whose unit word scales it (GW = 10^9 W). */
export type Measure =
  | { readonly kind: 'percent' }
  | { readonly kind: 'quantity'; readonly unit: QuantityUnit; readonly power: number; readonly singular: boolean };

/** A unit after a number, the token after it, and whether the unit word is European-language. */
export interface MeasureMatch {
  readonly measure: Measure;
  readonly next: number;
  readonly european: boolean;
}

const PERCENT: Measure = { kind: 'percent' };
const MAX_GAP_WORDS = 3;
const GPU_CONTEXT_WINDOW = 20;

const PERCENT_WORDS = buildPhraseTable<boolean>([
  ...['%', 'percent', 'per cent', 'pct', 'percentage points', 'percentage point'].map((phrase) => [phrase, false] as const),
  ...[
    'prozent', 'prozentpunkte', 'pour cent', 'pourcent', 'points de pourcentage', 'por ciento', 'puntos porcentuales', 'por cento',
    'pontos percentuais', 'per cento', 'percento', 'punti percentuali',
  ].map((phrase) => [phrase, true] as const),
  ...CJK_PERCENT_WORDS.map((phrase) => [phrase, false] as const),
]);

// Abbreviations are case-sensitive: "mW" is a milliwatt, "MW" a megawatt.
const POWER_ABBREVIATIONS = buildPhraseTable<number>([['GW', 9], ['MW', 6], ['kW', 3], ['KW', 3], ['TW', 12]]);
const POWER_WORDS = buildPhraseTable<number>([
  ...[['terawatt', 12], ['gigawatt', 9], ['megawatt', 6], ['kilowatt', 3], ['watt', 0], ['gigavatio', 9], ['megavatio', 6]].flatMap(
    ([word, power]) => [[word as string, power as number], [`${word as string}s`, power as number]] as const,
  ),
  ...CJK_POWER_WORDS,
]);

interface Noun {
  readonly unit: QuantityUnit;
  readonly singular: boolean;
  /** "chips" counts GPUs only where GPUs are being discussed. */
  readonly needsGpuContext: boolean;
  readonly european: boolean;
}
const noun = (unit: QuantityUnit, singular = false, needsGpuContext = false, european = false): Noun => ({ unit, singular, needsGpuContext, european });
// Each French form also elided after "de": "millions d'utilisateurs".
const withElision = (words: readonly string[]): string[] => words.flatMap((w) => [w, `d'${w}`, `d’${w}`]);
const EUROPEAN_USERS = withElision([
  'nutzer', 'nutzern', 'nutzerinnen', 'menschen', 'personen', 'kunden', 'abonnenten', 'utilisateurs', 'personnes', 'abonnés', 'clients',
  'usuarios', 'personas', 'suscriptores', 'clientes', 'usuários', 'utilizadores', 'pessoas', 'assinantes', 'utenti', 'persone', 'abbonati',
]);
const EUROPEAN_GPUS = withElision(['grafikprozessoren', 'grafikchips', 'processeurs graphiques', 'procesadores gráficos', 'processori grafici']);
const EUROPEAN_CHIPS = withElision(['puces', 'chips', 'chip']);
const NOUNS = buildPhraseTable<Noun>([
  ['gpus', noun('GPU')],
  ['gpu', noun('GPU', true)],
  ['graphics processors', noun('GPU')],
  ['graphics processing units', noun('GPU')],
  ['graphics cards', noun('GPU')],
  ['accelerators', noun('GPU')],
  ['accelerator', noun('GPU', true)],
  ['chips', noun('GPU', false, true)],
  ['chip', noun('GPU', true, true)],
  ['users', noun('user')],
  ['user', noun('user', true)],
  ['people', noun('user')],
  ['maus', noun('user')],
  ['daus', noun('user')],
  ['waus', noun('user')],
  ['actives', noun('user')],
  ['subscribers', noun('user')],
  ['customers', noun('user')],
  ...EUROPEAN_USERS.map((word) => [word, noun('user', false, false, true)] as const),
  ...CJK_USER_WORDS.map((word) => [cjkPhrase(word), noun('user')] as const),
  ...EUROPEAN_GPUS.map((word) => [word, noun('GPU', false, false, true)] as const),
  ...EUROPEAN_CHIPS.filter((word) => word.includes("'") || word.includes('’') || word === 'puces').map(
    (word) => [word, noun('GPU', false, true, true)] as const,
  ),
]);

// A singular unit noun used as an adjective of these counts something else: "1,000 GPU hours".
const COUNTED_AFTER: ReadonlySet<string> = new Set([
  'hours', 'hour', 'hrs', 'clusters', 'servers', 'racks', 'nodes', 'instances',
]);
const MODEL = /^[a-z]{1,3}\d{2,4}[a-z]?$/i;
const MODEL_PLURAL = /^[a-z]{1,3}\d{2,4}[a-z]?s$/i;
const GPU_CONTEXT: ReadonlySet<string> = new Set([
  'gpu', 'gpus', 'nvidia', 'amd', 'ai', 'accelerator', 'accelerators', 'graphics', 'blackwell', 'hopper',
]);
const GPU_PLURAL: Measure = { kind: 'quantity', unit: 'GPU', power: 0, singular: false };
const USERS: Measure = { kind: 'quantity', unit: 'user', power: 0, singular: false };

/** Matches the unit of the number that ends just before token `index`. */
export function matchMeasure(tokens: readonly Token[], index: number): MeasureMatch | null {
  const token = tokens[index];
  if (token === undefined || token.breakBefore) return null;
  // "40-percent stake", "2-gigawatt campus", "100,000-GPU cluster": one hyphen, no gap words.
  const hyphenated = token.kind === 'dash' && token.glued && tokens[index + 1]?.glued === true;
  const at = hyphenated ? index + 1 : index;
  const percent = matchPhrase(tokens, at, PERCENT_WORDS);
  if (percent !== null) return { measure: PERCENT, next: percent.next, european: percent.value };
  const counter = hyphenated ? null : matchCjkCounter(tokens, at);
  if (counter !== null) return matchCounted(tokens, counter, index);
  let position = at;
  for (let gap = 0; gap <= (hyphenated ? 0 : MAX_GAP_WORDS); gap++) {
    const found = matchPower(tokens, position) ?? matchNoun(tokens, position, index);
    if (found !== null) return found;
    position = skipGapWord(tokens, position);
    if (position < 0) return null;
  }
  return null;
}

/** Users counted with a CJK scale and no unit, ending a clause after a users word ("用户超过5亿。"): `first` is the number's first token, `next` the token after it. */
export function matchBareCjkUsers(tokens: readonly Token[], first: number, next: number): MeasureMatch | null {
  return endsCjkUsersCount(tokens, first, next) ? { measure: USERS, next, european: false } : null;
}

/** What a CJK counter counts: the GPU or users noun after it ("130万個のGPU"), or users after a users word ("사용자 3억 명"). */
function matchCounted(tokens: readonly Token[], counter: CounterMatch, index: number): MeasureMatch | null {
  let position = counter.next;
  for (let gap = 0; gap <= MAX_GAP_WORDS && position >= 0; gap++) {
    const found = matchNoun(tokens, position, index);
    // A counter makes a count whatever the noun's number: "2048個のGPU" is not a year and a GPU.
    if (found?.measure.kind === 'quantity') return { ...found, measure: { ...found.measure, singular: false } };
    position = skipGapWord(tokens, position);
  }
  // A model code after a counter counts GPUs even in the singular: "10万块H100".
  if (!counter.person && isModel(tokens[counter.next]?.text ?? '')) return { measure: GPU_PLURAL, next: counter.next + 1, european: false };
  return counter.person && followsCjkUsersWord(tokens, index) ? { measure: USERS, next: counter.end, european: false } : null;
}

/** A power unit at `position`: "GW", "megawatts". */
function matchPower(tokens: readonly Token[], position: number): MeasureMatch | null {
  const power = matchPhrase(tokens, position, POWER_ABBREVIATIONS, true) ?? matchPhrase(tokens, position, POWER_WORDS);
  return power === null ? null : { measure: { kind: 'quantity', unit: 'W', power: power.value, singular: false }, next: power.next, european: false };
}

/** A unit noun at `position`; `from` is where the unit phrase began, for the GPU context check. */
function matchNoun(tokens: readonly Token[], position: number, from: number): MeasureMatch | null {
  const token = tokens[position];
  if (token === undefined || token.kind !== 'word' || token.breakBefore) return null;
  const found = matchPhrase(tokens, position, NOUNS);
  if (found !== null) {
    const { unit, singular, needsGpuContext, european } = found.value;
    if (needsGpuContext && !hasGpuContext(tokens, from)) return null;
    if (singular && COUNTED_AFTER.has(followingWord(tokens, found.next))) return null;
    return { measure: { kind: 'quantity', unit, power: 0, singular }, next: found.next, european };
  }
  if (isModelPlural(token.text)) return { measure: GPU_PLURAL, next: position + 1, european: false };
  if (isModel(token.text)) {
    // "H100-equivalents", "H100 equivalents"
    const dash = tokens[position + 1];
    const wordIndex = dash?.kind === 'dash' && dash.glued ? position + 2 : position + 1;
    const word = tokens[wordIndex];
    if (word !== undefined && !word.breakBefore && (word.lower === 'equivalents' || word.lower === 'equivalent')) {
      return { measure: GPU_PLURAL, next: wordIndex + 1, european: false };
    }
  }
  return null;
}

/** A model code ("H100", "MI300X"); the digit test rules out plain words before the regex runs. */
function isModel(text: string): boolean {
  return hasDigitAfterFirst(text) && MODEL.test(text);
}

/** A plural model code ("H100s"). */
function isModelPlural(text: string): boolean {
  return hasDigitAfterFirst(text) && MODEL_PLURAL.test(text);
}

/** True when the 2nd, 3rd or 4th character is a digit, as in every model code. */
function hasDigitAfterFirst(text: string): boolean {
  for (let i = 1; i < 4 && i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/** True when GPUs are mentioned near token `index`, so "chips" means GPUs. */
function hasGpuContext(tokens: readonly Token[], index: number): boolean {
  const end = Math.min(tokens.length, index + GPU_CONTEXT_WINDOW);
  for (let i = Math.max(0, index - GPU_CONTEXT_WINDOW); i < end; i++) {
    const token = tokens[i];
    if (token === undefined || token.kind !== 'word') continue;
    if (GPU_CONTEXT.has(token.lower) || isModel(token.text) || isModelPlural(token.text)) return true;
  }
  return false;
}

/** The lower-cased word after `index`, hyphen skipped ("GPU-hours"), or ''. */
function followingWord(tokens: readonly Token[], index: number): string {
  const token = tokens[index];
  const word = token?.kind === 'dash' && token.glued ? tokens[index + 1] : token;
  return word?.kind === 'word' && !word.breakBefore ? word.lower : '';
}
