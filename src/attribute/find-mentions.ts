import { COMPANIES, OTHER_CJK_NAMES, OTHER_COMPANIES } from '../data/companies.js';
import type { EntityId } from '../types.js';

/** Where an article names a company, one of its aliases, executives or segments. */
export interface Mention {
  /** Null for a company, person or institution capcheck has no records for (Nvidia, OpenAI, an analyst's bank). */
  readonly entity: EntityId | null;
  /** A part of the company (AWS, Google Cloud, Reality Labs): its figures are not company-wide. */
  readonly segment: boolean;
  /** Written with a possessive: "Meta's", "Metas", "Amazon’". */
  readonly possessive: boolean;
  readonly start: number;
  /** End of the name itself, before any possessive ending. */
  readonly end: number;
}

interface AliasEntry {
  readonly entity: EntityId | null;
  readonly segment: boolean;
  readonly caseSensitive: boolean;
  readonly alias: string;
}

const ENTRIES: readonly AliasEntry[] = [
  ...COMPANIES.flatMap((company) => [
    ...company.aliases.map((alias) => ({ entity: company.id, segment: false, caseSensitive: company.caseSensitiveAliases.includes(alias), alias })),
    ...company.segments.map((alias) => ({ entity: company.id, segment: true, caseSensitive: true, alias })),
  ]),
  // Other names are matched as written: "arm" and "dell" are ordinary words too.
  ...OTHER_COMPANIES.map((alias) => ({ entity: null, segment: false, caseSensitive: true, alias })),
];

/** Entries by lower-case alias: "Meta" and the ticker "META" share a key, each with its own case rule. */
const ALIASES: ReadonlyMap<string, readonly AliasEntry[]> = ENTRIES.reduce((byKey, entry) => {
  const key = entry.alias.toLowerCase();
  byKey.set(key, [...(byKey.get(key) ?? []), entry]);
  return byKey;
}, new Map<string, AliasEntry[]>());

/** Longest alias first, so "Meta AI" wins over "Meta"; whole words only (CJK text may touch a Latin name: "Meta上調"), with a German genitive "s" ("Metas"). */
const MENTION = new RegExp(
  `(?<![\\p{Script=Latin}\\p{N}_])(${[...ALIASES.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(s)?(?![\\p{Script=Latin}\\p{N}_])`,
  'giu',
);
/** An English possessive after a name: "Meta's", "Meta’s", "Alphabet’". */
const POSSESSIVE_AFTER = /^['’]s?(?![\p{L}])/u;

/** Names in Japanese, Chinese and Korean, written without spaces around them. */
const CJK_ENTRIES: ReadonlyMap<string, EntityId | null> = new Map([
  ...COMPANIES.flatMap((company) => company.cjkNames.map((name) => [name, company.id] as const)),
  ...OTHER_CJK_NAMES.map((name) => [name, null] as const),
]);
const CJK_MENTION = new RegExp([...CJK_ENTRIES.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'gu');

/** Every company mention in the text, in order. */
export function findMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const match of text.matchAll(MENTION)) {
    const written = match[1] ?? '';
    const entry = ALIASES.get(written.toLowerCase())?.find((candidate) => !candidate.caseSensitive || candidate.alias === written);
    // A genitive "s" only after a capitalised name ("Metas", "Googles"), never a plural of a word.
    if (entry === undefined || (match[2] !== undefined && !/^\p{Lu}/u.test(written))) continue;
    const end = match.index + written.length;
    const possessive = match[2] !== undefined || POSSESSIVE_AFTER.test(text.slice(end, end + 3));
    mentions.push({ entity: entry.entity, segment: entry.segment, possessive, start: match.index, end });
  }
  for (const match of text.matchAll(CJK_MENTION)) {
    const entity = CJK_ENTRIES.get(match[0]);
    if (entity !== undefined) mentions.push({ entity, segment: false, possessive: false, start: match.index, end: match.index + match[0].length });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A coordination between two names: "Meta and Microsoft", "Amazon, Alphabet", "Meta & Google". */
const JOINED = /^\s*(?:,\s*(?:and\s+|und\s+|et\s+|y\s+|e\s+)?|and|&|und|et|y|e|or|oder|ou|o|、|与|和|및|と|와|과)\s*$/iu;

/** "Meta and Microsoft will spend …": the name is one of a list of different companies. */
export function inList(text: string, mention: Mention, inSentence: readonly Mention[]): boolean {
  return inSentence.some(
    (other) =>
      other.entity !== mention.entity &&
      (other.end <= mention.start ? joined(text, other, mention) : other.start >= mention.end && joined(text, mention, other)),
  );
}

/** The names listed together with `mention` ("Meta, Microsoft and Amazon"), in order; just it when it stands alone. */
export function listAround(text: string, mention: Mention, inSentence: readonly Mention[]): Mention[] {
  const at = inSentence.indexOf(mention);
  if (at === -1) return [mention];
  let first = at;
  while (first > 0 && joined(text, inSentence[first - 1], inSentence[first])) first--;
  let last = at;
  while (last + 1 < inSentence.length && joined(text, inSentence[last], inSentence[last + 1])) last++;
  return inSentence.slice(first, last + 1);
}

/** Two names next to each other in a list: joined by a comma or "and", or the same company named twice ("Alphabet (Google)"). */
function joined(text: string, left: Mention | undefined, right: Mention | undefined): boolean {
  if (left === undefined || right === undefined) return false;
  // Markup and quotes around names do not break a list: "**Microsoft**, **Meta**".
  const gap = text.slice(left.end, right.start).replace(/^['’]s?/u, '').replace(/[*_`"“”«»]/gu, '');
  if (left.entity === right.entity && left.entity !== null && /^\s*[(\[/]\s*$/u.test(gap)) return true;
  return JOINED.test(gap.replace(/^\s*[)\]]/u, '').replace(/\s*\([^)]*\)\s*/gu, ' '));
}
