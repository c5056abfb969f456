import type { MarkdownDocument } from '../../types.js';

/**
 * A Markdown document's source with everything but its raw HTML blanked, line breaks kept: a
 * comment shown in code, or escaped, is not where a `capcheck-disable` directive stands.
 */
export function rawHtmlSource(document: MarkdownDocument): string {
  const { source } = document;
  let kept = '';
  let from = 0;
  for (const span of document.layout.html) {
    kept += blank(source.slice(from, span.start)) + source.slice(span.start, span.end);
    from = span.end;
  }
  return kept + blank(source.slice(from));
}

function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}
