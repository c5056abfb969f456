import type { Nodes, RootContent } from 'mdast';
import type { TextSpan } from '../../types.js';
import { unionSpans } from '../union-spans.js';
import { closesElement, isNonProseHtml, openedSkippedElement } from './skipped-html-element.js';

/** What the Markdown tree says about the source, as sorted source ranges. */
export interface MarkdownRanges {
  /** Text nodes: the only source ranges read as prose. */
  readonly text: TextSpan[];
  /** Paragraphs, headings and table rows, each from its first inline content to its last. */
  readonly blocks: TextSpan[];
  /** Raw HTML: blocks, inline tags, comments. */
  readonly html: TextSpan[];
  /** GFM tables, whole. */
  readonly tables: TextSpan[];
  /** Non-prose a figure never runs across: code, front matter, comments, skipped HTML elements (see `DocumentBase.barriers`). */
  readonly barriers: TextSpan[];
  /** The YAML front matter, as written between its fences; null when there is none. */
  readonly frontMatter: string | null;
}

/** Walks the tree once, in document order, with an explicit stack: deep nesting cannot overflow it. */
export function collectMarkdownRanges(root: Nodes, base: number): MarkdownRanges {
  const text: TextSpan[] = [];
  const blocks: TextSpan[] = [];
  const html: TextSpan[] = [];
  const tables: TextSpan[] = [];
  const barriers: TextSpan[] = [];
  let frontMatter: string | null = null;
  const pending: Nodes[] = [root];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    const span = spanOf(node, base);
    if (span !== null && isBarrier(node)) barriers.push(span);
    if (node.type === 'text' && span !== null) text.push(span);
    else if (node.type === 'html' && span !== null) html.push(span);
    else if (node.type === 'yaml') frontMatter ??= node.value;
    else if (node.type === 'paragraph' || node.type === 'heading') pushExtent(blocks, node.children, base);
    else if (node.type === 'tableRow') pushExtent(blocks, node.children.flatMap((cell) => cell.children), base);
    else if (node.type === 'table' && span !== null) tables.push(span);
    // Leaves (code, HTML, images, definitions, front matter) hold no prose; parents are read in order.
    if ('children' in node) pushReversed(pending, proseChildren(node.children, html, barriers, base));
  }
  // HTML and barriers inside a skipped element are noted when its parent is read, out of document order.
  const byStart = (a: TextSpan, b: TextSpan): number => a.start - b.start;
  // A skipped element's start tag is a barrier of its own, inside the element's: the union joins them.
  return { text, blocks, html: html.sort(byStart), tables, barriers: unionSpans(barriers.sort(byStart), []), frontMatter };
}

/** Leaves that are not prose and part the prose around them; emphasis, links and other inline tags do not. */
function isBarrier(node: Nodes): boolean {
  return node.type === 'html' ? isNonProseHtml(node.value) : NON_PROSE_NODES.has(node.type);
}

// `toml` front matter is a node type the frontmatter extension adds, outside mdast's own union.
const NON_PROSE_NODES: ReadonlySet<string> = new Set(['code', 'inlineCode', 'definition', 'yaml', 'toml']);

/**
 * Children in order, without those inside a skipped HTML element (`<pre>…</pre>` written around Markdown);
 * its HTML is still noted, and the element from its start tag to its end tag is a barrier.
 */
function proseChildren(children: readonly RootContent[], html: TextSpan[], barriers: TextSpan[], base: number): RootContent[] {
  const kept: RootContent[] = [];
  let skipping: string | null = null;
  let element: TextSpan | null = null;
  for (const child of children) {
    const span = spanOf(child, base);
    if (skipping === null) {
      kept.push(child);
      if (child.type === 'html') skipping = openedSkippedElement(child.value);
      element = skipping === null ? null : span;
      continue;
    }
    if (element !== null && span !== null) element = { start: element.start, end: span.end };
    if (child.type === 'html') {
      if (span !== null) html.push(span);
      if (closesElement(child.value, skipping)) skipping = null;
    } else {
      for (const inner of htmlWithin(child)) {
        const innerSpan = spanOf(inner, base);
        if (innerSpan !== null) html.push(innerSpan);
      }
    }
    if (skipping === null && element !== null) barriers.push(element);
  }
  // An element left open runs to the end of its parent.
  if (skipping !== null && element !== null) barriers.push(element);
  return kept;
}

/** The raw HTML nodes anywhere under `node`, so a directive inside a skipped element still counts. */
function htmlWithin(node: RootContent): RootContent[] {
  const found: RootContent[] = [];
  const pending: RootContent[] = [node];
  for (let each = pending.pop(); each !== undefined; each = pending.pop()) {
    if (each.type === 'html') found.push(each);
    else if ('children' in each) pushReversed(pending, each.children);
  }
  return found;
}

/** Pushes one at a time: spreading a paragraph of 100,000 inline nodes into `push` overflows the stack. */
function pushReversed<T>(stack: T[], items: readonly T[]): void {
  for (let index = items.length - 1; index >= 0; index--) {
    const item = items[index];
    if (item !== undefined) stack.push(item);
  }
}

function pushExtent(blocks: TextSpan[], inline: readonly RootContent[], base: number): void {
  const [firstNode, lastNode] = [inline[0], inline[inline.length - 1]];
  const first = firstNode === undefined ? null : spanOf(firstNode, base);
  const last = lastNode === undefined ? null : spanOf(lastNode, base);
  if (first !== null && last !== null && last.end > first.start) blocks.push({ start: first.start, end: last.end });
}

/** A node's source range; null for nodes a transform made without one. */
function spanOf(node: Nodes, base: number): TextSpan | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? null : { start: base + start, end: base + end };
}
