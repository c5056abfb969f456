/**
 * Money written as bare numbers in a list of name–number pairs whose last member carries the
 * scale and currency for all: "Amazon plans 200 billion, Microsoft 180, Meta 125 and Alphabet 105
 * billion dollars" holds four money figures. Only a list whose every member is a capitalised
 * name right before its number is read (the first member may instead repeat the scale word:
 * "200 billion"); anything else leaves the bare numbers alone.
 */
import type { Figure } from '../types.js';

/** What joins two members: a comma, "and" in the languages capcheck reads, or both. */
const SEPARATOR = String.raw`(?:\s*,\s*(?:(?:and|und|et|y|e|en|och|i)\s+)?|\s+(?:and|und|et|y|e|en|och|i)\s+)`;
/** A name: one to three capitalised words ("Meta", "Alphabet", "Bank of America" is not one). */
const NAME = String.raw`\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,2}`;
/** A bare number: digits with at most one decimal part of one or two digits. */
const NUMBER = String.raw`\d{1,4}(?:[.,]\d{1,2})?`;
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
    const lastValue = readAmount(`${unit[1] ?? ''}${suffix}`);
    if (lastValue === null || lastValue.kind !== 'money' || lastValue.currency !== last.currency) continue;
    const members = readMembers(text, last, scaleWord, figures);
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
  const sentenceStart = Math.max(text.lastIndexOf('\n', last.start - 1), ...['. ', '! ', '? ', '; '].map((end) => text.lastIndexOf(end, last.start - 1)), last.start - MAX_LIST_LENGTH, -1) + 1;
  let before = text.slice(sentenceStart, last.start);
  // The last member's own name: "… und Alphabet " before "105 Milliarden Dollar".
  const lastName = new RegExp(`${SEPARATOR}${NAME}\\s+$`, 'u').exec(before);
  if (lastName === null) return [];
  before = before.slice(0, lastName.index);
  const scale = escapeRegExp(scaleWord);
  const named = new RegExp(`(?<![\\p{L}\\d])${NAME}\\s+(${NUMBER})(\\s+${scale})?$`, 'du');
  const first = new RegExp(`(?<![\\p{L}\\d.,])(${NUMBER})(\\s+${scale})$`, 'du');
  const separator = new RegExp(`${SEPARATOR}$`, 'u');
  const members: Member[] = [];
  for (;;) {
    const member = named.exec(before) ?? first.exec(before);
    if (member === null) return [];
    const number = member[1] ?? '';
    const start = sentenceStart + (member.indices?.[1]?.[0] ?? member.index);
    const end = sentenceStart + member.index + member[0].length;
    if (/^(?:19|20)\d\d$/u.test(number) || figures.some((figure) => figure.start < end && figure.end > start)) return [];
    members.unshift({ number, start, end });
    before = before.slice(0, member.index);
    const joined = separator.exec(before);
    // The list opens here: with a member that writes its scale word ("200 Milliarden"), or after two named members.
    if (joined === null) return member[2] !== undefined || members.length >= 2 ? members : [];
    before = before.slice(0, joined.index);
  }
}

function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
