import type { DocumentFormat } from '../types.js';
import { blankRange } from './blank-range.js';

/** URLs are page furniture, and their digits ("/2025/01/24/") must never read as figures. */
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()]+/g;

// Markdown constructs whose content is not prose. Each pattern is linear: no nested quantifiers.
const FRONT_MATTER = /^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const FENCED_CODE = /^([ \t]{0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n[ \t]{0,3}\2[`~]*[ \t]*(?=\n|$)|$(?![\s\S]))/gm;
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$(?![\s\S]))/g;
const INLINE_CODE = /(`+)[^`\n]+?\1/g;
const LINK_DESTINATION = /\]\([^)\s]*(?:\s+"[^"\n]*")?\)/g;

/**
 * The analysable prose of a document: same length as `source`, non-prose blanked.
 * Markdown loses front matter, code, comments and link targets; every format loses URLs.
 */
export function maskNonProse(source: string, format: DocumentFormat): string {
  let text = source;
  if (format === 'markdown') {
    text = blankMatches(text, FRONT_MATTER);
    text = blankMatches(text, FENCED_CODE);
    text = blankMatches(text, HTML_COMMENT);
    text = blankMatches(text, INLINE_CODE);
    text = blankMatches(text, LINK_DESTINATION);
  }
  return blankMatches(text, URL);
}

/** Markdown with its code blanked: comments shown inside code samples are not directives. */
export function maskMarkdownCode(source: string): string {
  return blankMatches(blankMatches(source, FENCED_CODE), INLINE_CODE);
}

function blankMatches(text: string, pattern: RegExp): string {
  let result = text;
  const global = pattern.global ? pattern : new RegExp(pattern.source, pattern.flags + 'g');
  for (const match of text.matchAll(global)) {
    result = blankRange(result, match.index, match.index + match[0].length);
  }
  return result;
}
