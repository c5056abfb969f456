import type { ArticleMetadata } from '../../types.js';
import { absoluteHttpUrl } from '../absolute-url.js';
import { NO_METADATA } from '../article-metadata.js';
import { readFrontMatterFields } from './read-front-matter-fields.js';

/**
 * Keys that give the article's address, first absolute http(s) URL wins (keys compared without
 * case, `_` or `-`): the canonical address a publisher declares (dev.to's and Hashnode's
 * `canonical_url`), then `url`, then `permalink`. Jekyll's and Hugo's site-relative `url` and
 * `permalink` (`/posts/capex/`) are no address on their own and are passed over.
 */
const URL_KEYS = ['canonicalurl', 'canonical', 'url', 'permalink'] as const;
/** `author: Jane Doe`, `author: [Jane Doe, Max Roe]`, `authors: …`, or entries with a `name:`. */
const AUTHOR_KEYS = ['author', 'authors'] as const;

/** What YAML front matter says about the article: its address, authors and title. */
export function readFrontMatterMetadata(yaml: string): ArticleMetadata {
  const fields = readFrontMatterFields(yaml);
  if (fields === null) return NO_METADATA;
  const url = URL_KEYS.map((key) => fields.get(key)).map((value) => (typeof value === 'string' ? absoluteHttpUrl(value) : null)).find((value) => value !== null) ?? null;
  const authors = AUTHOR_KEYS.map((key) => authorNames(fields.get(key))).find((names) => names.length > 0) ?? [];
  const title = fields.get('title');
  return { url, authors, title: typeof title === 'string' && title.trim() !== '' ? title.trim() : null };
}

/** Names from a string, a `{ name }` entry, or a list of either; duplicates once. */
function authorNames(value: unknown): readonly string[] {
  const entries = Array.isArray(value) ? (value as unknown[]) : [value];
  const names = entries.map(authorName).filter((name) => name !== null);
  return [...new Set(names)];
}

function authorName(entry: unknown): string | null {
  const name = typeof entry === 'object' && entry !== null && 'name' in entry ? (entry as { name: unknown }).name : entry;
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : null;
}
