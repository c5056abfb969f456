/** URLs are page furniture, and their digits ("/2025/01/24/") must never read as figures. */
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()]+/g;

/** Blanks every URL in `text` with spaces, in one pass; line breaks and every offset stay put. */
export function blankUrls(text: string): string {
  return text.replace(URL, (url) => url.replace(/[^\r\n]/g, ' '));
}
