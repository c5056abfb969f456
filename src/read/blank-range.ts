/**
 * Replaces `text[start, end)` with spaces, keeping line breaks, so offsets after it stay put.
 */
export function blankRange(text: string, start: number, end: number): string {
  const blanked = text.slice(start, end).replace(/[^\r\n]/g, ' ');
  return text.slice(0, start) + blanked + text.slice(end);
}
