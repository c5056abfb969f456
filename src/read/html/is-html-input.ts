const HTML_EXTENSIONS = /\.html?$/i;
/** A doctype or `<html>` tag first, after an optional byte-order mark and whitespace. */
const OPENS_AS_HTML = /^\uFEFF?\s*<(?:!doctype\s+html|html)(?=[\s>])/i;

/** HTML by extension; for stdin (no extension), when the text opens with a doctype or `<html>`. */
export function isHtmlInput(path: string, source: string): boolean {
  return HTML_EXTENSIONS.test(path) || (path === '<stdin>' && OPENS_AS_HTML.test(source));
}
