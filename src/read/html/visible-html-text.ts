import { loadCheerio } from './load-cheerio.js';

/**
 * A stretch of HTML source as a browser shows it: tags dropped, character references decoded,
 * white space collapsed ("<b>$60</b>&ndash;65 billion" → "$60–65 billion"). Used for a figure's
 * text "as written", since the analysed prose pads every tag and reference with spaces.
 */
export function visibleHtmlText(sourceSlice: string): string {
  const withoutTags = sourceSlice.replace(/<[^>]*>/g, '');
  return loadCheerio()(withoutTags, null, false).root().text().replace(/\s+/g, ' ').trim();
}
