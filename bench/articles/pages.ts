/**
 * Rebuilt page text: `url:`, `title:`, `date:`, `language:` header lines, a blank line, then the
 * body. Pages are third-party text, kept in the git-ignored bench/articles/pages/ and never committed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One page as the benchmark reads it. */
export interface Page {
  readonly file: string;
  readonly url: string;
  readonly language: string;
  /** The article text capcheck is run on (the header is not part of the article). */
  readonly body: string;
}

/** Reads a page from `folder`, or null when it has not been rebuilt. */
export function loadPage(folder: string, file: string): Page | null {
  const path = join(folder, file);
  if (!existsSync(path)) return null;
  const source = readFileSync(path, 'utf8');
  const split = source.indexOf('\n\n');
  const header = split === -1 ? source : source.slice(0, split);
  const field = (name: string): string => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(header)?.[1]?.trim() ?? '';
  return { file, url: field('url'), language: field('language'), body: split === -1 ? '' : source.slice(split + 2) };
}
