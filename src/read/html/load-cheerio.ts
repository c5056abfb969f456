import { createRequire } from 'node:module';

type Load = typeof import('cheerio').load;

let cached: Load | undefined;

/**
 * Cheerio's `load`, required on first use: its full build (the one with parse5) costs about
 * 150 ms to import, which runs that read no HTML should not pay, and `prepareDocument` is synchronous.
 */
export function loadCheerio(): Load {
  cached ??= (createRequire(import.meta.url)('cheerio') as typeof import('cheerio')).load;
  return cached;
}
