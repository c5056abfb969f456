import { CHARACTER_REFERENCE } from '../read/html/decode-references-in-place.js';
import type { Figure } from '../types.js';

/** A character reference as written, read from one `&`. */
const REFERENCE = new RegExp(CHARACTER_REFERENCE.source, 'y');

/**
 * A figure of HTML or Markdown that ends inside a decoded character reference (`1,234 &euro;` is read
 * as "1,234 €" with the `€` at the `&`) stretched to the reference's end, so its source slice shows what
 * its text says. Scans the figure's own span only.
 */
export function coverReferences(source: string, figure: Figure): Figure {
  let ampersand = figure.end - 1;
  while (ampersand >= figure.start && source.charCodeAt(ampersand) !== 38) ampersand--;
  if (ampersand < figure.start) return figure;
  REFERENCE.lastIndex = ampersand;
  const end = REFERENCE.test(source) ? REFERENCE.lastIndex : figure.end;
  return end > figure.end ? { ...figure, end } : figure;
}
