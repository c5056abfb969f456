/**
 * Prose laid out by positional writes, one UTF-16 code unit per source offset: two bytes a character,
 * where an array of one-character strings took eight or more.
 */

const SPACE = 0x20;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
/** Code units turned into a string at a time: `String.fromCharCode` takes them as arguments. */
const CHUNK = 8192;

/** As long as `source`, all spaces but its line breaks, kept where they stand. */
export function blankKeepingLineBreaks(source: string): Uint16Array {
  const units = new Uint16Array(source.length).fill(SPACE);
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index);
    if (code === LINE_FEED || code === CARRIAGE_RETURN) units[index] = code;
  }
  return units;
}

/** The string the code units spell, each as it is (a lone surrogate stays one). */
export function stringOfCodeUnits(units: Uint16Array): string {
  let text = '';
  for (let start = 0; start < units.length; start += CHUNK) text += String.fromCharCode(...units.subarray(start, start + CHUNK));
  return text;
}
