import type { TextSpan } from '../types.js';

/** URLs are page furniture, and their digits ("/2025/01/24/") must never read as figures. */
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()]+/g;

/** Text with its URLs blanked, and where they stood. */
export interface BlankedUrls {
  /** `text` with every URL blanked with spaces; line breaks and every offset stay put. */
  readonly text: string;
  /** Where each URL stood, sorted: figures never run across one. */
  readonly urls: TextSpan[];
}

/** Blanks every URL in `text` with spaces, in one pass, noting where each stood. */
export function blankUrls(text: string): BlankedUrls {
  const urls: TextSpan[] = [];
  const blanked = text.replace(URL, (url: string, offset: number) => {
    urls.push({ start: offset, end: offset + url.length });
    return url.replace(/[^\r\n]/g, ' ');
  });
  return { text: blanked, urls };
}
