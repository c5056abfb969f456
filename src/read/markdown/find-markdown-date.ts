import type { IsoDate } from '../../types.js';
import { findStatedDate } from '../find-stated-date.js';
import { fileNameDate } from './file-name-date.js';
import { readFrontMatterDate } from './read-front-matter-date.js';

/**
 * The date a Markdown article states: its YAML front matter's (see `readFrontMatterDate`), else
 * a Jekyll file name's; without front matter, a `Date:` line or byline near the top of its prose,
 * as in plain text.
 */
export function findMarkdownDate(frontMatter: string | null, path: string, text: string): IsoDate | null {
  const stated = frontMatter === null ? null : readFrontMatterDate(frontMatter);
  return stated ?? fileNameDate(path) ?? (frontMatter === null ? findStatedDate(text) : null);
}
