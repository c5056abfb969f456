import { COMPANIES, OTHER_COMPANIES } from '../data/companies.js';
import type { EntityId } from '../types.js';

/** Where an article names a company, one of its aliases, or one of its executives. */
export interface Mention {
  /** Null for a company capcheck has no records for (Nvidia, Tesla, …). */
  readonly entity: EntityId | null;
  readonly start: number;
  readonly end: number;
}

interface AliasEntry {
  readonly entity: EntityId | null;
  readonly caseSensitive: boolean;
  readonly alias: string;
}

const ENTRIES: readonly AliasEntry[] = [
  ...COMPANIES.flatMap((company) =>
    company.aliases.map((alias) => ({ entity: company.id, caseSensitive: company.caseSensitiveAliases.includes(alias), alias })),
  ),
  // Other companies are matched as written: "arm" and "dell" are ordinary words too.
  ...OTHER_COMPANIES.map((alias) => ({ entity: null, caseSensitive: true, alias })),
];

/** Entries by lower-case alias: "Meta" and the ticker "META" share a key, each with its own case rule. */
const ALIASES: ReadonlyMap<string, readonly AliasEntry[]> = ENTRIES.reduce((byKey, entry) => {
  const key = entry.alias.toLowerCase();
  byKey.set(key, [...(byKey.get(key) ?? []), entry]);
  return byKey;
}, new Map<string, AliasEntry[]>());

/** Longest alias first, so "Meta AI" wins over "Meta"; whole words only. */
const MENTION = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${[...new Set(ENTRIES.map((entry) => entry.alias.toLowerCase()))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}\\p{N}_])`,
  'giu',
);

/** Every company mention in the text, in order. */
export function findMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const match of text.matchAll(MENTION)) {
    const written = match[0];
    const entry = ALIASES.get(written.toLowerCase())?.find((candidate) => !candidate.caseSensitive || candidate.alias === written);
    if (entry === undefined) continue;
    mentions.push({ entity: entry.entity, start: match.index, end: match.index + written.length });
  }
  return mentions;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
