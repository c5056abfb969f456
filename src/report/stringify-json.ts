/**
 * Characters `JSON.stringify` leaves raw although they can drive a terminal or reorder what a reader
 * sees: DEL, C1 controls, bidi controls, the line and paragraph separators. They only ever stand inside
 * strings, so writing them as `\u` escapes keeps the document's value while no raw one is printed.
 */
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `JSON.stringify(value, null, indent)` with every control and bidi character escaped (C0 ones and lone surrogates it escapes itself). */
export function stringifyJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(RAW_IN_JSON, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
