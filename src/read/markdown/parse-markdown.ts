import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { recordMarkup, type MarkupMarks } from './record-markup.js';

/** A parsed Markdown document: its tree, the markup folded into its text nodes, and where offsets start. */
export interface MarkdownParse {
  readonly tree: Root;
  readonly marks: MarkupMarks;
  /** Add to every tree offset to get a source offset: the parser drops a leading byte-order mark. */
  readonly base: number;
}

const FRONT_MATTER = ['yaml', 'toml'] as const;

/**
 * Parses Markdown as CommonMark with GFM (tables, autolinks, strikethrough, footnotes) and front
 * matter. Null only when the parser runs out of stack, on nesting no writer produces.
 */
export function parseMarkdown(source: string): MarkdownParse | null {
  const base = source.startsWith('\uFEFF') ? 1 : 0;
  const { extension, marks } = recordMarkup(base);
  // The autolink-literal transform splits text nodes into nodes without positions; the URL rule blanks URLs anyway.
  const gfmTrees = gfmFromMarkdown().map((extension) => ({ ...extension, transforms: [] }));
  try {
    const tree = fromMarkdown(source, {
      extensions: [gfm(), frontmatter([...FRONT_MATTER])],
      mdastExtensions: [...gfmTrees, frontmatterFromMarkdown([...FRONT_MATTER]), extension],
    });
    return { tree, marks, base };
  } catch (error) {
    // Markdown has no syntax errors: the parser fails only by recursing past the stack on absurd nesting.
    if (error instanceof RangeError) return null;
    throw error;
  }
}
