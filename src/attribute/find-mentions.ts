import { COMPANIES } from '../data/companies.js';
import type { EntityId } from '../types.js';

/** Where an article names a company, one of its aliases, or one of its executives. */
export interface Mention {
  readonly entity: EntityId;
  readonly start: number;
  readonly end: number;
}

interface AliasEntry {
  readonly entity: EntityId;
  readonly caseSensitive: boolean;
  readonly alias: string;
}

const ALIASES: ReadonlyMap<string, AliasEntry> = new Map(
  COMPANIES.flatMap((company) =>
    company.aliases.map((alias): [string, AliasEntry] => [
      alias.toLowerCase(),
      { entity: company.id, caseSensitive: company.caseSensitiveAliases.includes(alias), alias },
    ]),
  ),
);

/** Longest alias first, so "Meta AI" wins over "Meta"; whole words only. */
const MENTION = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${[...ALIASES.values()]
    .map((entry) => entry.alias)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}\\p{N}_])`,
  'giu',
);

/** Every company mention in the text, in order. */
export function findMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const match of text.matchAll(MENTION)) {
    const entry = ALIASES.get(match[0].toLowerCase());
    if (entry === undefined || (entry.caseSensitive && entry.alias !== match[0])) continue;
    mentions.push({ entity: entry.entity, start: match.index, end: match.index + match[0].length });
  }
  return mentions;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
