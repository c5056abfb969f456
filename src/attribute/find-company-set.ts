import type { Cue, EntityId, TotalClaim } from '../types.js';
import type { FigureContext } from './figure-context.js';
import { listAround, type Mention } from './find-mentions.js';
import type { Owner } from './find-owner.js';
import type { Discourse } from './read-discourse.js';
import { spanAt, type TextSegments } from './segment-text.js';

/** The four companies "Big Tech", "the hyperscalers" and "the big four" usually mean, in the order articles list them. */
const USUAL_FOUR: readonly EntityId[] = ['MSFT', 'GOOGL', 'AMZN', 'META'];
/** "Five" adds Oracle, the fifth of the AI cloud builders. */
const USUAL_FIVE: readonly EntityId[] = [...USUAL_FOUR, 'ORCL'];
const COUNTS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7 };
/** Words that share a figure out per company, so it is no total: "each", "respectively". */
const DISTRIBUTIVE = /^(?:each|respectively|jeweils|beziehungsweise|bzw\.|respectivement|respectivamente|rispettivamente)$/iu;
const DISTRIBUTIVE_IN_SENTENCE = /(?<![\p{L}])(?:respectively|beziehungsweise|bzw\.|respectivement|respectivamente|rispettivamente)(?![\p{L}])|分别|分別|それぞれ|각각/iu;
/** "Microsoft and Amazon each plan $100bn": the same figure for every company listed. */
const EACH = /^(?:each|jeweils)$/iu;

/** The companies a figure is stated for, one by one ("Microsoft and Amazon each plan …"), or null. */
export function findEachCompany(text: string, owner: Owner & { kind: 'several' }, context: FigureContext, discourse: Discourse): Mention[] | null {
  if (!EACH.test(owner.cue.text)) return null;
  const sentence = context.sentence ?? context.figure;
  const listed = owner.members.length >= 2 ? owner.members : longestList(text, discourse.mentionsIn({ start: sentence.start, end: context.figure.start }));
  const tracked = listed.filter((mention) => mention.entity !== null);
  return tracked.length >= 2 ? tracked : null;
}
/** Collective names that mean the usual set when no list says otherwise. */
const USUAL_NAMES = /big tech|hyperscaler|tech giants|tech companies|technology|cloud (?:giants|providers|companies)|tech-(?:konzerne|giganten)|techkonzerne|géants|gigantes|colossi|big (?:four|five)|the (?:four|five)|巨头|巨大テック|빅테크/iu;

/** The set of companies a total is over, or null when the words do not make one. */
export type CompanySet = Pick<TotalClaim, 'companies' | 'set' | 'untracked'> & { readonly cue: Cue };

/**
 * Resolves several owners to a set of companies: the list the text writes (here, or a list of as
 * many companies earlier in the paragraph when a number is given: "the four companies"), else a
 * collective name read as the usual four (five with "five"), marked as assumed.
 */
export function findCompanySet(text: string, owner: Owner & { kind: 'several' }, context: FigureContext, discourse: Discourse, segments: TextSegments): CompanySet | null {
  if (DISTRIBUTIVE.test(owner.cue.text)) return null;
  const sentence = context.sentence ?? context.figure;
  // "Meta and Microsoft plan about $135 billion and $105 billion respectively": a word anywhere in the sentence shares the figures out.
  if (DISTRIBUTIVE_IN_SENTENCE.test(text.slice(sentence.start, sentence.end))) return null;
  const listed = owner.members.length >= 2 ? owner.members : longestList(text, discourse.mentionsIn({ start: sentence.start, end: context.figure.start }));
  if (listed.length >= 2) return fromList(text, listed, owner.cue);
  const count = countIn(owner.cue.text);
  const paragraph = spanAt(segments.paragraphs, context.figure.start);
  if (count !== null && paragraph !== null) {
    // "the four firms" after a paragraph that named four companies, in a list or one by one.
    const named = discourse.mentionsIn({ start: paragraph.start, end: context.figure.start }).filter((mention) => !mention.segment);
    if (new Set(named.map((mention) => mention.entity)).size === count) return fromList(text, named, owner.cue);
    // "the five largest cloud companies" after a list of five written together earlier in the article.
    const earlier = nearestList(text, discourse.mentionsIn({ start: 0, end: context.figure.start }));
    if (earlier !== null && distinct(earlier) === count) return fromList(text, earlier, owner.cue);
  }
  // "合计", "combined", "these companies" with no list of their own: the list of the sentence before, in the same paragraph.
  if (count === null && !USUAL_NAMES.test(owner.cue.text) && paragraph !== null) {
    const previous = spanAt(segments.sentences, sentence.start - 1);
    if (previous !== null && previous.start >= paragraph.start) {
      const before = longestList(text, discourse.mentionsIn(previous));
      if (before.length >= 2) return fromList(text, before, owner.cue);
    }
  }
  if (!USUAL_NAMES.test(owner.cue.text) && count === null) return null;
  const usual = count === 5 ? USUAL_FIVE : count === null || count === 4 ? USUAL_FOUR : null;
  return usual === null ? null : { companies: usual, set: 'assumed', untracked: [], cue: owner.cue };
}

function fromList(text: string, listed: readonly Mention[], cue: Cue): CompanySet {
  const companies = [...new Set(listed.flatMap((mention) => (mention.entity === null ? [] : [mention.entity])))];
  const untracked = listed.filter((mention) => mention.entity === null).map((mention) => ({ text: text.slice(mention.start, mention.end), start: mention.start, end: mention.end }));
  const first = listed[0];
  const last = listed.at(-1);
  const span = first === undefined || last === undefined ? cue : { text: text.slice(first.start, last.end), start: first.start, end: last.end };
  return { companies, set: 'named', untracked, cue: span };
}

/** The longest run of names listed together among `mentions`. */
function longestList(text: string, mentions: readonly Mention[]): Mention[] {
  let best: Mention[] = [];
  for (const mention of mentions) {
    const list = listAround(text, mention, mentions);
    if (new Set(list.map((each) => each.entity)).size > new Set(best.map((each) => each.entity)).size) best = list;
  }
  return new Set(best.map((each) => each.entity)).size >= 2 ? best : [];
}

/** The list of two or more companies nearest the end of `mentions`, or null. */
function nearestList(text: string, mentions: readonly Mention[]): Mention[] | null {
  for (let index = mentions.length - 1; index >= 0; index--) {
    const mention = mentions[index];
    if (mention === undefined) continue;
    const list = listAround(text, mention, mentions);
    if (distinct(list) >= 2) return list;
  }
  return null;
}

function distinct(mentions: readonly Mention[]): number {
  return new Set(mentions.map((mention) => mention.entity)).size;
}

function countIn(words: string): number | null {
  const match = /(?<![\p{L}\d])(two|three|four|five|six|seven|[2-7])(?![\p{L}\d])/iu.exec(words);
  return match === null ? null : (COUNTS[(match[1] ?? '').toLowerCase()] ?? null);
}
