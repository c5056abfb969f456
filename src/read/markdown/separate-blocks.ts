import type { TextSpan } from '../../types.js';

/**
 * Lays out blocks for the sentence splitter, which ends a sentence at every line break and a
 * paragraph at a blank line: inside a block, line breaks (a wrapped line) become spaces; between
 * two blocks on different lines, a blanked character beside the line break becomes a second
 * one, so the blocks are separate paragraphs. `blocks` are in document order.
 */
export function separateBlocks(units: string[], read: Uint8Array, blocks: readonly TextSpan[]): void {
  let previousEnd = -1;
  for (const block of blocks) {
    for (let index = block.start; index < block.end; index++) {
      if (units[index] === '\n' || units[index] === '\r') {
        units[index] = ' ';
        read[index] = 1;
      }
    }
    if (previousEnd >= 0) breakParagraph(units, previousEnd, block.start);
    previousEnd = block.end;
  }
}

/** Between two blocks (all blank but line breaks): one line break gains a partner; two or more already part them. */
function breakParagraph(units: string[], from: number, to: number): void {
  let lineBreak = -1;
  for (let index = from; index < to; index++) {
    const ends = units[index] === '\n' || (units[index] === '\r' && units[index + 1] !== '\n');
    if (!ends) continue;
    if (lineBreak >= 0) return;
    lineBreak = index;
  }
  if (lineBreak < 0) return;
  // Written in the source's own style, so a CR-only file gets "\r\r" and never a CRLF.
  const partner = units[lineBreak] === '\r' ? '\r' : '\n';
  const before = units[lineBreak - 1] === '\r' ? lineBreak - 2 : lineBreak - 1;
  if (lineBreak + 1 < to) units[lineBreak + 1] = partner;
  else if (before >= from) units[before] = partner;
}
