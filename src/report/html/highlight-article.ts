import { escapeHtml } from './escape-html.js';

/** One stretch of the article to highlight: [start, end) as 0-based UTF-16 offsets into the source. */
export interface ArticleMark {
  readonly start: number;
  readonly end: number;
  /** The mark's element id (`m-…`). */
  readonly id: string;
  /** The id of the finding's card in the panel, which the badge links to. */
  readonly cardId: string;
  readonly verdict: string;
  /** Classes of the mark (verdict and severity). */
  readonly className: string;
  /** The badge's visible text ("✖ overstated"). */
  readonly badge: string;
  /** The badge link's accessible name ("Finding 3: overstated, up to $72 billion"). */
  readonly badgeName: string;
}

/**
 * The article source as HTML, each mark wrapped in `<mark>` followed by its badge link. Marks nest when
 * one lies inside another; a mark that starts inside another and runs past its end is clipped at that
 * end, so the elements always nest. Marks outside the text or empty are left out. Line ends become `\n`;
 * `collapse-blanks` also shortens runs of blanks (for an HTML page's text, whose markup is blanked).
 */
export function highlightArticle(source: string, marks: readonly ArticleMark[], layout: 'as-is' | 'collapse-blanks' = 'as-is'): string {
  const sorted = marks
    .map((mark) => ({ ...mark, start: onCodePoint(source, mark.start, -1), end: onCodePoint(source, mark.end, 1) }))
    .filter((mark) => mark.start >= 0 && mark.end <= source.length && mark.start < mark.end)
    .sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const parts: string[] = [];
  const open: { readonly end: number; readonly mark: ArticleMark }[] = [];
  let cursor = 0;
  const text = (until: number): void => {
    if (until > cursor) {
      const piece = source.slice(cursor, until).replace(/\r\n?/gu, '\n');
      parts.push(escapeHtml(layout === 'as-is' ? piece : collapseBlanks(piece)));
    }
    cursor = Math.max(cursor, until);
  };
  const closeUntil = (position: number): void => {
    for (let top = open.at(-1); top !== undefined && top.end <= position; top = open.at(-1)) {
      text(top.end);
      parts.push(closing(top.mark));
      open.pop();
    }
  };
  for (const mark of sorted) {
    closeUntil(mark.start);
    const end = Math.min(mark.end, open.at(-1)?.end ?? mark.end);
    text(mark.start);
    parts.push(`<mark id="${escapeHtml(mark.id)}" class="${escapeHtml(mark.className)}" data-verdict="${escapeHtml(mark.verdict)}">`);
    open.push({ end, mark });
  }
  closeUntil(Number.POSITIVE_INFINITY);
  text(source.length);
  return parts.join('');
}

function closing(mark: ArticleMark): string {
  return `<a class="badge" href="#${escapeHtml(mark.cardId)}" aria-label="${escapeHtml(mark.badgeName)}">${escapeHtml(mark.badge)}</a></mark>`;
}

/**
 * Prose whose markup was blanked out (an HTML page's text, markup padding given as NUL): padding goes,
 * runs of spaces become one, and runs of blank lines one blank line, so the page reads as text.
 * Offsets are unaffected: marks are placed first.
 */
function collapseBlanks(piece: string): string {
  return piece
    .replace(/\u0000/gu, '').replace(/[ \t]*\n[ \t\n]*\n[ \t]*/gu, '\n\n').replace(/[ \t]*\n[ \t]*/gu, '\n').replace(/[ \t]{2,}/gu, ' ');
}

/** Moves an offset that falls between the halves of a surrogate pair off it (`direction` -1: before, 1: after). */
function onCodePoint(source: string, offset: number, direction: -1 | 1): number {
  const low = source.charCodeAt(offset);
  const high = source.charCodeAt(offset - 1);
  const inside = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return inside ? offset + (direction === -1 ? -1 : 1) : offset;
}
