import type { IsoDate } from '../../types.js';
import { parseWrittenDate } from '../find-stated-date.js';
import { readFrontMatterFields } from './read-front-matter-fields.js';

/**
 * Top-level keys that date an article, first wins, compared without case, `_` or `-`: `date`,
 * Hugo's `publishDate`, then the `published` / `pubDate` family.
 */
const DATE_KEYS = ['date', 'publishdate', 'published', 'publishedat', 'pubdate'] as const;

/**
 * The date YAML front matter gives the article: the first of `DATE_KEYS` at the top level whose
 * value reads as a date (a `date:` nested under another key never counts). Null when the YAML
 * does not parse, so a broken header costs the date, not the document.
 */
export function readFrontMatterDate(yaml: string): IsoDate | null {
  const values = readFrontMatterFields(yaml);
  if (values === null) return null;
  for (const key of DATE_KEYS) {
    const value = values.get(key);
    const date = typeof value === 'string' ? parseWrittenDate(value.trim()) : null;
    if (date !== null) return date;
  }
  return null;
}
