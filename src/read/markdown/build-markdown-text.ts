import type { TextSpan } from '../../types.js';
import { decodeReferencesInPlace } from '../html/decode-references-in-place.js';
import { blankKeepingLineBreaks, stringOfCodeUnits } from '../code-units.js';
import { runsOf } from '../runs-of.js';
import type { MarkdownRanges } from './collect-markdown-ranges.js';
import type { MarkupMarks } from './record-markup.js';
import { separateBlocks } from './separate-blocks.js';

/** The prose of a parsed Markdown document and where it was read from. */
export interface MarkdownText {
  /** As long as the source, every character at its source offset; markup and non-prose blanked. */
  readonly text: string;
  /** The stretches read from the source (see `MarkdownLayout.prose`). */
  readonly prose: TextSpan[];
}

/**
 * Builds the prose in one pass of positional writes: text nodes copied, the escapes' backslashes
 * and quote prefixes inside them blanked, character references decoded where they stand, then
 * blocks separated. Everything else is blank, line breaks kept.
 */
export function buildMarkdownText(source: string, ranges: MarkdownRanges, marks: MarkupMarks): MarkdownText {
  const units = blankKeepingLineBreaks(source);
  const read = new Uint8Array(source.length);
  for (const span of ranges.text) {
    for (let index = span.start; index < span.end && index < source.length; index++) {
      units[index] = source.charCodeAt(index);
      read[index] = 1;
    }
  }
  for (const offset of marks.escapeMarkers) blank(units, read, offset, offset + 1);
  for (const span of marks.blockQuotePrefixes) blank(units, read, span.start, span.end);
  for (const start of marks.referenceStarts) decodeReference(units, read, source, start);
  separateBlocks(units, read, ranges.blocks);
  return { text: stringOfCodeUnits(units), prose: runsOf(read) };
}

const SPACE = 0x20;
const AMPERSAND = 0x26;

function blank(units: Uint16Array, read: Uint8Array, start: number, end: number): void {
  for (let index = start; index < end; index++) {
    units[index] = SPACE;
    read[index] = 0;
  }
}

/** Decodes a reference inside prose (one in a link destination is blanked already), padded to its written length. */
function decodeReference(units: Uint16Array, read: Uint8Array, source: string, start: number): void {
  if (units[start] !== AMPERSAND) return;
  const end = source.indexOf(';', start) + 1;
  const decoded = decodeReferencesInPlace(source.slice(start, end));
  // A reference decodes to at least one character; the padding after it is not read.
  const shown = Math.max(1, decoded.trimEnd().length);
  for (let index = start; index < end; index++) {
    units[index] = index - start < decoded.length ? decoded.charCodeAt(index - start) : SPACE;
    read[index] = index - start < shown ? 1 : 0;
  }
}
