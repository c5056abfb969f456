import type { Extension } from 'mdast-util-from-markdown';
import type { TextSpan } from '../../types.js';

/** Markup inside the source range of a text node, which the tree folds into the node's value. */
export interface MarkupMarks {
  /** Offsets of the backslashes of character escapes (`\*`). */
  readonly escapeMarkers: number[];
  /** Block quote prefixes (`> `) on the continuation lines of a quoted paragraph. */
  readonly blockQuotePrefixes: TextSpan[];
  /** Offsets of the `&` of each character reference (`&nbsp;`, `&#36;`); each ends at the next `;`. */
  readonly referenceStarts: number[];
}

/**
 * An mdast-util-from-markdown extension that notes where escapes, block quote prefixes and
 * character references stand (offsets shifted by `base`). It handles only tokens the compiler
 * ignores, so the tree it builds is unchanged.
 */
export function recordMarkup(base: number): { extension: Extension; marks: MarkupMarks } {
  const marks: MarkupMarks = { escapeMarkers: [], blockQuotePrefixes: [], referenceStarts: [] };
  const extension: Extension = {
    enter: {
      escapeMarker(token) {
        marks.escapeMarkers.push(base + token.start.offset);
      },
      blockQuotePrefix(token) {
        marks.blockQuotePrefixes.push({ start: base + token.start.offset, end: base + token.end.offset });
      },
      // A reference opens and closes with a marker token (`&`, then `;`); the first of each pair is its start.
      characterReferenceMarker(token) {
        if (this.sliceSerialize(token) === '&') marks.referenceStarts.push(base + token.start.offset);
      },
    },
  };
  return { extension, marks };
}
