import { MOJIBAKE_DASH_SOURCE } from '../extract/mojibake-dashes.js';
import type { TextSpan } from '../types.js';

export type { TextSpan };

/** Paragraphs and the sentences and clauses inside them, found once per document. */
export interface TextSegments {
  readonly paragraphs: readonly TextSpan[];
  readonly sentences: readonly TextSpan[];
  readonly clauses: readonly TextSpan[];
  /** The first non-blank line: the headline, in the articles capcheck reads. */
  readonly headline: TextSpan | null;
}

const PARAGRAPH_BREAK = /\n[ \t]*(?:\r?\n[ \t]*)+|\r[ \t]*(?:\r[ \t]*)+/g;
/** Sentence ends: terminal punctuation (and closing quotes) then space; a line break always ends one. */
/** Sentence ends: terminal punctuation then space; Japanese and Chinese 。！？ need no space; a line break always ends one. */
const SENTENCE_END = /[.!?…]+["'”’)\]]*[ \t]+(?=\S)|[。！？]+[」』”）)]*[ \t]*(?=\S)|[ \t]*\r?\n/g;
/**
 * Clause breaks: comma, semicolon, colon, parentheses, spaced or em dashes (mojibake ones too: "โ€”"), joining words; CJK commas and
 * brackets; 、 after kana (a Japanese comma), but not between names or figures (it enumerates: "亚马逊、谷歌").
 */
const CLAUSE_BREAK = new RegExp(
  String.raw`[,;:]\s|,(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])|[()]|\s(?:[–-]|${MOJIBAKE_DASH_SOURCE})\s|—|\s(?:and|but|while|whereas|although)\s|[，；：（）「」]|(?<=[\p{Script=Hiragana}\p{Script=Katakana}])、`,
  'gu',
);
/** Words after which a full stop does not end a sentence. */
const ABBREVIATION =
  /(?:^|[\s(])(?:[A-Z]|U\.S|U\.K|Inc|Corp|Co|Ltd|Mr|Mrs|Ms|Dr|St|vs|etc|e\.g|i\.e|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|ca|bzw|usw|vgl|ggf|inkl|exkl|zzgl|Nr|env|aprox|aprox|p\.ej|ecc|cf)\.$/;
/** A scale abbreviated before its currency ("72 Mrd. Euro", "5 Mio. Dollar", "3 mds. de dollars"): no sentence ends there. */
const SCALE_ABBREVIATION = /(?:^|[\s(])(?:Mrd|Mio|Bio|Tsd|Mds|Md|bn|mn|mln|mld|mil)\.$/i;
const CURRENCY_AFTER = /^\s*(?:de\s+|d['’])?(?:Euro|Dollar|US-Dollar|USD|EUR|\$|€|£|dollars?|euros?|dólares|dollari|Franken|Pfund|yen)/i;

/** Splits a document's text into paragraphs, sentences and clauses (spans, no copies). */
export function segmentText(text: string): TextSegments {
  const paragraphs = splitSpans(text, { start: 0, end: text.length }, PARAGRAPH_BREAK, () => true);
  const sentences = paragraphs.flatMap((paragraph) =>
    splitSpans(text, paragraph, SENTENCE_END, (breakAt) => {
      const before = text.slice(Math.max(0, breakAt - 8), breakAt + 1);
      return !ABBREVIATION.test(before) && !(SCALE_ABBREVIATION.test(before) && CURRENCY_AFTER.test(text.slice(breakAt + 1, breakAt + 16)));
    }),
  );
  const clauses = sentences.flatMap((sentence) => splitSpans(text, sentence, CLAUSE_BREAK, () => true));
  const firstLine = /\S[^\r\n]*/.exec(text);
  const headline = firstLine ? { start: firstLine.index, end: firstLine.index + firstLine[0].trimEnd().length } : null;
  return { paragraphs, sentences, clauses, headline };
}

/** The innermost span of `spans` that contains `offset`, if any. */
export function spanAt(spans: readonly TextSpan[], offset: number): TextSpan | null {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle];
    if (span === undefined) break;
    if (offset < span.start) high = middle - 1;
    else if (offset >= span.end) low = middle + 1;
    else return span;
  }
  return null;
}

/** The index of the last span of `spans` (disjoint, in order, so their ends ascend) that ends by `offset`; -1 when none. */
export function lastIndexEndingBy(spans: readonly TextSpan[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((spans[middle]?.end ?? 0) <= offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** The smallest span covering every span of `spans` that overlaps `target` (a figure may cross a clause break). */
export function spanCovering(spans: readonly TextSpan[], target: TextSpan): TextSpan | null {
  const first = spanAt(spans, target.start);
  const last = spanAt(spans, Math.max(target.start, target.end - 1));
  if (first === null || last === null) return first ?? last;
  return { start: first.start, end: last.end };
}

function splitSpans(text: string, within: TextSpan, separator: RegExp, accept: (breakAt: number) => boolean): TextSpan[] {
  const spans: TextSpan[] = [];
  const pattern = new RegExp(separator.source, separator.flags.includes('g') ? separator.flags : `${separator.flags}g`);
  const slice = text.slice(within.start, within.end);
  let start = 0;
  for (const match of slice.matchAll(pattern)) {
    // The break falls on the punctuation; the abbreviation check looks at the text just before it.
    if (!accept(within.start + match.index)) continue;
    pushTrimmed(spans, slice, within.start, start, match.index + (/^[.!?…。！？]/.test(match[0]) ? 1 : 0));
    start = match.index + match[0].length;
  }
  pushTrimmed(spans, slice, within.start, start, slice.length);
  return spans;
}

function pushTrimmed(spans: TextSpan[], slice: string, base: number, start: number, end: number): void {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(slice[from] ?? '')) from++;
  while (to > from && /\s/.test(slice[to - 1] ?? '')) to--;
  if (to > from) spans.push({ start: base + from, end: base + to });
}
