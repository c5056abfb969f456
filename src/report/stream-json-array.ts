import { stringifyJson } from './stringify-json.js';

/** Stands for the streamed array's items while the document around them is drawn; no report holds it. */
const ITEMS_MARKER = '\u0000capcheck streamed items\u0000';

/** A JSON document with one array written item by item: the text before its `[`, the items' indent, and the text after its `]`. */
export interface JsonArrayFrame {
  readonly before: string;
  readonly indent: string;
  /** From the newline before `]` to the end, as `JSON.stringify(…, 2)` lays out a non-empty array. */
  readonly after: string;
}

/** The marker that `frameJsonArray` finds: put it as the only item of the array to be streamed. */
export const STREAMED_ITEMS: readonly string[] = [ITEMS_MARKER];

/** Splits `document` (printed with indent 2) around the array holding `STREAMED_ITEMS`. */
export function frameJsonArray(document: unknown): JsonArrayFrame {
  const whole = `${stringifyJson(document, 2)}\n`;
  const marker = stringifyJson(ITEMS_MARKER);
  const at = whole.indexOf(marker);
  const lineStart = whole.lastIndexOf('\n', at);
  return { before: whole.slice(0, lineStart), indent: whole.slice(lineStart + 1, at), after: whole.slice(at + marker.length) };
}

/** Items (values) as they stand in the array, each on its own lines at the frame's indent, comma-joined; `first` says no item came before. */
export function jsonArrayItems(items: readonly unknown[], indent: string, first: boolean): string {
  return items.map((item, index) => `${first && index === 0 ? '' : ','}\n${indent}${stringifyJson(item, 2).replaceAll('\n', `\n${indent}`)}`).join('');
}

/** The end of the document: `]` right after `[` when no item was written (as JSON.stringify writes `[]`), else on its own line. */
export function closeJsonArray(frame: JsonArrayFrame, empty: boolean): string {
  return empty ? frame.after.replace(/^\n\s*\]/, ']') : frame.after;
}
