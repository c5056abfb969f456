/**
 * Money written as bare numbers in a list of name–number pairs whose last member carries the
 * scale and currency for all: "Amazon plans 200 billion, Microsoft 180, Meta 125 and Alphabet 105
 * billion dollars" holds four money figures. Only a list whose every member is a capitalised
 * name right before its number is read (the first member may instead repeat the scale word:
 * "200 billion"); anything else leaves the bare numbers alone.
 */
import type { Figure } from '../types.js';
import { overlapsAny } from './overlaps-any.js';

/** What joins two members: a comma, "and" in the languages capcheck reads, or both. */
const SEPARATOR = String.raw`(?:\s*,\s*(?:(?:and|und|et|y|e|en|och|i)\s+)?|\s+(?:and|und|et|y|e|en|och|i)\s+)`;
/** A name: one to three capitalised words ("Meta", "Alphabet", "Bank of America" is not one). */
const NAME = String.raw`\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,2}`;
/** A bare number: digits grouped by thousands ("65.000", read with the last member's language), or with a decimal part of one or two digits. */
const NUMBER = String.raw`(?:\d{1,3}(?:[.,]\d{3})+|\d{1,4}(?:[.,]\d{1,2})?)(?![\d])`;
/** The longest stretch before a list's last figure that is read, within one sentence. */
const MAX_LIST_LENGTH = 240;

/**
 * Returns the bare members of such lists as money figures, each valued by `readAmount`, which
 * reads a number followed by the last member's scale and currency ("180 Milliarden Dollar").
 */
export function extractListMemberFigures(text: string, figures: readonly Figure[], readAmount: (written: string) => Figure | null): Figure[] {
  const found: Figure[] = [];
  for (const last of figures) {
    if (last.kind !== 'money') continue;
    // The last member writes its unit after its number: "105 Milliarden Dollar".
    const unit = /^(\d[\d.,]*)(\s+(\p{L}+\.?)\s.*)$/u.exec(last.text);
    if (unit === null) continue;
    const suffix = unit[2] ?? '';
    const scaleWord = unit[3] ?? '';
    // A cheap look at the few characters before the figure rules out almost every figure: a name, or a number and "and".
    const tail = text.slice(Math.max(0, last.start - TAIL_LENGTH), last.start);
    const members: Member[] = NAME_TAIL.test(tail) ? readMembers(text, last, scaleWord, figures) : [];
    if (members.length === 0 && NUMBER_TAIL.test(tail)) members.push(...readRespectiveNumbers(text, last, figures));
    if (members.length === 0) continue;
    const lastValue = readAmount(`${unit[1] ?? ''}${suffix}`);
    if (lastValue === null || lastValue.kind !== 'money' || lastValue.currency !== last.currency) continue;
    for (const member of members) {
      const figure = readAmount(`${member.number}${suffix}`);
      if (figure === null || figure.kind !== 'money' || figure.amount.kind !== 'exact') continue;
      found.push({ ...figure, text: text.slice(member.start, member.end), start: member.start, end: member.end });
    }
  }
  return found;
}

interface Member {
  readonly number: string;
  readonly start: number;
  readonly end: number;
}

/** The members before `last`, right to left then put in order; [] unless the whole list reads. */
function readMembers(text: string, last: Figure, scaleWord: string, figures: readonly Figure[]): Member[] {
  // Within a window, so the search for the sentence's start stays linear in the text.
  const windowStart = Math.max(0, last.start - MAX_LIST_LENGTH);
  const window = text.slice(windowStart, last.start);
  const sentenceStart = windowStart + Math.max(...['\n', '. ', '! ', '? ', '; '].map((end) => window.lastIndexOf(end) + (window.lastIndexOf(end) === -1 ? 0 : end.length)), 0);
  let before = text.slice(sentenceStart, last.start);
  // The last member's own name: "… und Alphabet " before "105 Milliarden Dollar".
  const lastName = LAST_NAME.exec(before);
  if (lastName === null) return [];
  before = before.slice(0, lastName.index);
  const { named, first } = memberPatterns(scaleWord);
  const separator = SEPARATOR_AT_END;
  const members: Member[] = [];
  for (;;) {
    const member = named.exec(before) ?? first.exec(before);
    if (member === null) return [];
    const number = member[1] ?? '';
    const start = sentenceStart + (member.indices?.[1]?.[0] ?? member.index);
    const end = sentenceStart + member.index + member[0].length;
    if (/^(?:19|20)\d\d$/u.test(number)) return [];
    // "spend 200 billion, Alphabet 150 …": a first member read as a figure already opens the list.
    if (overlapsAny(figures, start, end)) return member[2] !== undefined && members.length > 0 ? members : [];
    members.unshift({ number, start, end });
    before = before.slice(0, member.index);
    const joined = separator.exec(before);
    // The list opens here: with a member that writes its scale word ("200 Milliarden"), or after two named members.
    if (joined === null) return member[2] !== undefined || members.length >= 2 ? members : [];
    before = before.slice(0, joined.index);
  }
}

/** Words that pair a list of figures with a list of names in order. */
const RESPECTIVELY = String.raw`(?:respectively|jeweils|respectivement|respectivamente|rispettivamente|respectivamente)`;
/** What joins bare numbers: a comma, or "and" in the languages capcheck reads. */
const NUMBERS_JOINED = String.raw`(?:\s*,\s*|\s+(?:and|und|et|y|e)\s+)`;

const RESPECTIVE_LIST = new RegExp(`(?<![\\p{L}])${RESPECTIVELY}\\s+(?:(?:of|von|de|di|da)\\s+)?((?:${NUMBER}${NUMBERS_JOINED})+)$`, 'diu');

/**
 * "Meta and Amazon plan respectively 65 and 100 billion dollars": bare numbers joined to the last
 * one, right after a word that says they pair with names in order, share its scale and currency.
 * Without that word the numbers are left alone ("between 65 and 100 billion" is a range).
 */
function readRespectiveNumbers(text: string, last: Figure, figures: readonly Figure[]): Member[] {
  const before = text.slice(Math.max(0, last.start - MAX_LIST_LENGTH), last.start);
  const offset = last.start - before.length;
  const list = RESPECTIVE_LIST.exec(before);
  const numbers = list?.indices?.[1];
  if (list === null || numbers === undefined) return [];
  const members = [...(list[1] ?? '').matchAll(new RegExp(NUMBER, 'gu'))].map((match) => ({
    number: match[0],
    start: offset + numbers[0] + match.index,
    end: offset + numbers[0] + match.index + match[0].length,
  }));
  const clash = members.some(({ number, start, end }) => /^(?:19|20)\d\d$/u.test(number) || overlapsAny(figures, start, end));
  return clash ? [] : members;
}

const TAIL_LENGTH = 16;
const NAME_TAIL = /\p{Lu}[\p{L}\-]*\s+$/u;
const NUMBER_TAIL = /\d(?:\s*,|\s+(?:and|und|et|y|e))\s+$/u;
const LAST_NAME = new RegExp(`${SEPARATOR}${NAME}\\s+$`, 'u');
const SEPARATOR_AT_END = new RegExp(`${SEPARATOR}$`, 'u');
const PATTERNS = new Map<string, { readonly named: RegExp; readonly first: RegExp }>();

/** A member named before its number ("Microsoft 180"), and a first member with the scale word ("200 Milliarden"); built once per scale word. */
function memberPatterns(scaleWord: string): { readonly named: RegExp; readonly first: RegExp } {
  const known = PATTERNS.get(scaleWord);
  if (known !== undefined) return known;
  const scale = escapeRegExp(scaleWord);
  const patterns = {
    named: new RegExp(`(?<![\\p{L}\\d])${NAME}\\s+(${NUMBER})(\\s+${scale})?$`, 'du'),
    first: new RegExp(`(?<![\\p{L}\\d.,])(${NUMBER})(\\s+${scale})$`, 'du'),
  };
  PATTERNS.set(scaleWord, patterns);
  return patterns;
}

function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
