import type { TextSpan } from '../types.js';

/** A document's prose and the stretches of it read from the source (Markdown and HTML layouts). */
export interface ReadProse {
  readonly text: string;
  readonly layout: { readonly prose: readonly TextSpan[] };
}

/**
 * A stretch of a document as a reader sees it: only what was read from the source's text (markup,
 * skipped content and the padding of decoded references dropped), white space collapsed, and text with
 * no white space between it kept glued (`**$67** billion` → "$67 billion", `<b>$60</b>&ndash;65` →
 * "$60–65"). Used for a figure's text "as written", since the analysed prose pads markup with spaces.
 */
export function visibleProseText(document: ReadProse, span: TextSpan): string {
  const { prose } = document.layout;
  let shown = '';
  for (let index = firstEndingAfter(prose, span.start); index < prose.length; index++) {
    const run = prose[index];
    if (run === undefined || run.start >= span.end) break;
    shown += document.text.slice(Math.max(run.start, span.start), Math.min(run.end, span.end));
  }
  return shown.replace(/\s+/g, ' ').trim();
}

/** The index of the first run ending after `offset` (binary search: runs are sorted and disjoint). */
function firstEndingAfter(runs: readonly TextSpan[], offset: number): number {
  let low = 0;
  let high = runs.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((runs[middle]?.end ?? Infinity) <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
