import type { Cue, EntityId } from '../types.js';
import { inList, type Mention } from './find-mentions.js';
import { followsPreposition } from './follows-preposition.js';
import { lowerBound } from './lower-bound.js';
import { spanAt, type TextSegments, type TextSpan } from './segment-text.js';

/** What the article has been about, sentence by sentence: read once, asked per figure. */
export interface Discourse {
  readonly text: string;
  /** The mentions inside a span, in order. */
  mentionsIn(span: TextSpan): readonly Mention[];
  /**
   * The company a sentence carries over from before it: the subject of the latest earlier
   * sentence of its paragraph that has one, else the article's only company; null when unclear.
   */
  topicBefore(sentence: TextSpan): EntityId | null;
  /** Where that company was named. */
  topicCue(sentence: TextSpan): Cue | null;
  /** The subject of the latest earlier sentence with one, across paragraphs: what "the firm" opening a paragraph refers to. */
  lastSubjectBefore(sentence: TextSpan): EntityId | null;
}

/** Reads who each sentence is about (its first name not after a preposition), in one pass. */
export function readDiscourse(text: string, segments: TextSegments, mentions: readonly Mention[]): Discourse {
  const starts = mentions.map((mention) => mention.start);
  const inSpan = (span: TextSpan): readonly Mention[] => mentions.slice(lowerBound(starts, span.start), lowerBound(starts, span.end)).filter((mention) => mention.end <= span.end);
  // Every figure of a sentence asks for the sentence's mentions: gathered once per sentence, not once per figure.
  const bySentence = new Map<number, readonly Mention[]>();
  const mentionsIn = (span: TextSpan): readonly Mention[] => {
    const sentence = spanAt(segments.sentences, span.start);
    if (sentence === null || sentence.start !== span.start || sentence.end !== span.end) return inSpan(span);
    let found = bySentence.get(span.start);
    if (found === undefined) {
      found = inSpan(span);
      bySentence.set(span.start, found);
    }
    return found;
  };
  const tracked = new Set(mentions.flatMap((mention) => (mention.entity === null ? [] : [mention.entity])));
  const onlyCompany = tracked.size === 1 ? mentions.find((mention) => mention.entity !== null) ?? null : null;
  // For each sentence, the subject carried into it: the latest earlier subject of its paragraph
  // ("several" when that subject was a list of companies: a later "they" or "the spending" is theirs together).
  const carried = new Map<number, Mention | 'several' | null>();
  const acrossParagraphs = new Map<number, Mention | 'several' | null>();
  let paragraph: TextSpan | null = null;
  let latest: Mention | 'several' | null = null;
  let latestAnywhere: Mention | 'several' | null = null;
  for (const sentence of segments.sentences) {
    const current = spanAt(segments.paragraphs, sentence.start);
    if (current !== paragraph) {
      paragraph = current;
      latest = null;
    }
    carried.set(sentence.start, latest);
    acrossParagraphs.set(sentence.start, latestAnywhere);
    const inSentence = mentionsIn(sentence);
    const subject = inSentence.find((mention) => !followsPreposition(text, mention, sentence.start));
    if (subject !== undefined) latest = inList(text, subject, inSentence) ? 'several' : subject;
    if (subject !== undefined) latestAnywhere = latest;
  }
  const topicMention = (sentence: TextSpan): Mention | null => {
    const subject = carried.get(sentence.start) ?? null;
    if (subject === 'several') return null;
    if (subject !== null) return subject.entity === null ? null : subject;
    return onlyCompany;
  };
  return {
    text,
    mentionsIn,
    lastSubjectBefore: (sentence) => {
      const subject = acrossParagraphs.get(sentence.start) ?? null;
      return subject === null || subject === 'several' ? null : subject.entity;
    },
    topicBefore: (sentence) => topicMention(sentence)?.entity ?? null,
    topicCue: (sentence) => {
      const mention = topicMention(sentence);
      return mention === null ? null : { text: text.slice(mention.start, mention.end), start: mention.start, end: mention.end };
    },
  };
}
