import type { CheerioAPI } from 'cheerio';
import type { TextSpan } from '../../types.js';
import { stringOfCodeUnits } from '../code-units.js';
import { runsOf } from '../runs-of.js';
import { decodeReferencesWithPadding } from './decode-references-in-place.js';
import { elementRole } from './element-role.js';
import { isHtmlElement, isHtmlText, type HtmlElement, type HtmlNode } from './html-node.js';

/**
 * Source line breaks inside HTML text are collapsible spaces, but the sentence splitter ends a sentence
 * at every line break, so they become spaces; NUL is dropped by the parser.
 */
const COLLAPSIBLE = /[\t\n\f\r\0]/g;

/** The visible prose of an HTML page, and where it blanks content that is not prose. */
export interface HtmlProse {
  /**
   * As long as `source` with every character at its source offset: text nodes with references decoded
   * in place, a paragraph break (`\n\n`) on each block tag, a line break on each table row and a "|" on
   * each cell, and everything else (head but title, skipped elements, tags, comments) blanked.
   */
  readonly text: string;
  /** Skipped elements (script, style, code, …) and comments, whole and sorted: figures never run across them; tags do not part them. */
  readonly skipped: TextSpan[];
  /**
   * The stretches of `text` a reader sees, taken from the parsed text nodes (references decoded, their
   * padding left out), sorted and disjoint: a figure's text is built from these, never from the markup.
   */
  readonly shown: TextSpan[];
}

/** Reads the visible prose of a parsed HTML page (see `HtmlProse`). */
export function extractHtmlProse($: CheerioAPI, source: string): HtmlProse {
  const units = new Uint16Array(source.length).fill(SPACE);
  const read = new Uint8Array(source.length);
  const skipped: TextSpan[] = [];
  // Explicit stack: deeply nested pages must not overflow the call stack. Order is irrelevant, writes are positional.
  const pending: { node: HtmlNode; inHead: boolean }[] = ($.root()[0]?.children ?? []).map((node) => ({ node, inHead: false }));
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    const { node, inHead } = item;
    if (isHtmlText(node)) {
      if (!inHead) copyText(units, read, source, node.sourceCodeLocation);
    } else if (node.nodeType === COMMENT_NODE) {
      noteSpan(skipped, node.sourceCodeLocation);
    } else if (isHtmlElement(node)) {
      const role = elementRole(node);
      if (role === 'skip') {
        noteSpan(skipped, node.sourceCodeLocation);
        continue;
      }
      if (role === 'block') markBreaks(units, node);
      else if (role === 'row' || role === 'cell') markStart(units, node, role === 'row' ? '\n' : '|');
      const childInHead = node.name === 'head' || (inHead && node.name !== 'title');
      for (const child of node.children) pending.push({ node: child, inHead: childInHead });
    }
  }
  // Noted in reverse document order (the stack), and never nested: a skipped element's content is not walked.
  return { text: stringOfCodeUnits(units), skipped: skipped.sort((a, b) => a.start - b.start), shown: runsOf(read) };
}

const COMMENT_NODE = 8;
const SPACE = 0x20;
const LINE_FEED = 0x0a;

function noteSpan(spans: TextSpan[], location: { startOffset: number; endOffset: number } | null | undefined): void {
  if (location && location.endOffset > location.startOffset) spans.push({ start: location.startOffset, end: location.endOffset });
}

function copyText(units: Uint16Array, read: Uint8Array, source: string, location: { startOffset: number; endOffset: number } | null | undefined): void {
  if (!location) return;
  const start = location.startOffset;
  const raw = source.slice(start, location.endOffset);
  const decoded = decodeReferencesWithPadding(raw);
  const text = decoded.text.replace(COLLAPSIBLE, ' ');
  for (let index = 0; index < text.length; index++) {
    units[start + index] = text.charCodeAt(index);
    // The parser drops NUL: no reader sees it.
    read[start + index] = raw[index] === '\0' ? 0 : 1;
  }
  for (const padding of decoded.padding) read.fill(0, start + padding.start, start + padding.end);
}

/** Every tag is at least three characters (`<p>`), so its first two can carry the break. */
function markBreaks(units: Uint16Array, element: HtmlElement): void {
  for (const tag of [element.sourceCodeLocation?.startTag, element.sourceCodeLocation?.endTag]) {
    if (tag === undefined || tag.endOffset - tag.startOffset < 2) continue;
    units[tag.startOffset] = LINE_FEED;
    units[tag.startOffset + 1] = LINE_FEED;
  }
}

/** A table row starts a line, a cell a "|": marked on the start tag only, so the rows stay one paragraph. */
function markStart(units: Uint16Array, element: HtmlElement, mark: string): void {
  const tag = element.sourceCodeLocation?.startTag;
  if (tag !== undefined && tag.endOffset > tag.startOffset) units[tag.startOffset] = mark.charCodeAt(0);
}
