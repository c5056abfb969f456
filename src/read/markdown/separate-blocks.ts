import type { TextSpan } from '../../types.js';

const SPACE = 0x20;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Lays out blocks for the sentence splitter, which ends a sentence at every line break and a
 * paragraph at a blank line: inside a block, line breaks (a wrapped line) become spaces; between
 * two blocks on different lines, a blanked character beside the line break becomes a second
 * one, so the blocks are separate paragraphs. `blocks` are in document order.
 */
export function separateBlocks(units: Uint16Array, read: Uint8Array, blocks: readonly TextSpan[]): void {
  let previousEnd = -1;
  for (const block of blocks) {
    for (let index = block.start; index < block.end; index++) {
      if (units[index] === LINE_FEED || units[index] === CARRIAGE_RETURN) {
        units[index] = SPACE;
        read[index] = 1;
      }
    }
    if (previousEnd >= 0) breakParagraph(units, previousEnd, block.start);
    previousEnd = block.end;
  }
}

/** Between two blocks (all blank but line breaks): one line break gains a partner; two or more already part them. */
function breakParagraph(units: Uint16Array, from: number, to: number): void {
  let lineBreak = -1;
  for (let index = from; index < to; index++) {
    const ends = units[index] === LINE_FEED || (units[index] === CARRIAGE_RETURN && units[index + 1] !== LINE_FEED);
    if (!ends) continue;
    if (lineBreak >= 0) return;
    lineBreak = index;
  }
  if (lineBreak < 0) return;
  // Written in the source's own style, so a CR-only file gets "\r\r" and never a CRLF.
  const partner = units[lineBreak] === CARRIAGE_RETURN ? CARRIAGE_RETURN : LINE_FEED;
  const before = units[lineBreak - 1] === CARRIAGE_RETURN ? lineBreak - 2 : lineBreak - 1;
  if (lineBreak + 1 < to) units[lineBreak + 1] = partner;
  else if (before >= from) units[before] = partner;
}
