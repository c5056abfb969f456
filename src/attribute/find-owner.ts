import { MOJIBAKE_DASH_SOURCE } from '../extract/mojibake-dashes.js';
import type { Cue, EntityId, OwnerRole } from '../types.js';
import { within, type FigureContext } from './figure-context.js';
import { inList, listAround, type Mention } from './find-mentions.js';
import { cueOfMatch, firstCueFromSentenceStart, firstCueInScope, matchesBeforeCut } from './first-cue.js';
import { followsPreposition } from './follows-preposition.js';
import { ANAPHORA, CJK_COLLECTIVES, COLLECTIVES, VENTURE_PARTNERS } from './lexicon/owner-words.js';
import { ACCORDING_TO_BEFORE, BACK_REFERENCE_OPENING, SPEAKER_BEFORE, SPEECH_VERB_AFTER } from './lexicon/speech-words.js';
import type { Discourse } from './read-discourse.js';
import type { ScopeScans } from './scope-scans.js';
import { lastIndexEndingBy, type TextSpan } from './segment-text.js';

/** Whose a figure is, as far as the words say. */
export type Owner =
  | { readonly kind: 'company'; readonly entity: EntityId; readonly role: OwnerRole; readonly cue: Cue; readonly segment: boolean }
  | { readonly kind: 'untracked'; readonly cue: Cue }
  /** Several companies: the list of them when one is written, else none (a collective name). */
  | { readonly kind: 'several'; readonly cue: Cue; readonly members: readonly Mention[] }
  | { readonly kind: 'ambiguous'; readonly cue: Cue }
  | { readonly kind: 'none' };

/** A word naming what a figure measures, right after a possessor: "Meta's 2025 capex", "Alphabet’s capital spending". */
const MEASURE_NOUN_AFTER = /^['’]?s?\s+(?:[\p{L}\d-]+\s+){0,2}?(?:capex|capital|spending|investments?|budget|outlays?|revenues?|sales|guidance|outlook|plan)/iu;

/** What joins a name to its own figure in a list or a table row: "Microsoft at ~$80B", "Meta: $72B", "Amazon — $125B". */
const PAIRED = new RegExp(String.raw`^['’]?s?\s*(?:at|:|=|—|–|-|\(|with|${MOJIBAKE_DASH_SOURCE})?\s*$`, 'iu');

/** PAIRED's words hold at most this many non-space characters ("'s" and "with"). */
const PAIRED_MAX_MARKS = 6;
/** No company name is longer than this: a name starting further back ends too far back to be paired. */
const LONGEST_NAME = 200;

/**
 * The last name joined to the figure as PAIRED says, looking back from the figure only as far as
 * such words reach: a figure among thousands in one sentence reads its neighbours, not all names.
 */
function pairedName(text: string, inSentence: readonly Mention[], figure: TextSpan): Mention | undefined {
  let floor = figure.start;
  for (let marks = 0; floor > 0 && marks <= PAIRED_MAX_MARKS; ) {
    floor -= 1;
    if (!/\s/u.test(text[floor] ?? '')) marks += 1;
  }
  let low = 0;
  let high = inSentence.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((inSentence[middle]?.start ?? 0) < figure.start) low = middle + 1;
    else high = middle;
  }
  for (let index = low - 1; index >= 0; index--) {
    const mention = inSentence[index];
    if (mention === undefined || mention.start + LONGEST_NAME < floor) break;
    if (mention.end <= figure.start && PAIRED.test(text.slice(mention.end, figure.start))) return mention;
  }
  return undefined;
}

/** Joint ventures: their partners' announcements of the venture's figures are the venture's. */
const VENTURES: ReadonlySet<EntityId> = new Set(['STARGATE']);

/** A capitalised possessive: "the EU's", "Trump’s" (a company's own possessives are mentions). */
const OTHER_POSSESSOR = /(?<![\p{L}])(?!(?:It|Its|The|This|That|Last|Next|Each)['’])\p{Lu}[\p{L}.]*['’]s(?![\p{L}])/gu;
/** What OTHER_POSSESSOR's closing lookahead refuses to end before. */
const LETTER = /^\p{L}/u;

/** The last capitalised possessive before `end` in the clause that is not one of its mentions; read from the clause's shared matches. */
function lastOtherPossessor(text: string, scans: ScopeScans, clause: TextSpan, end: number, inClause: readonly Mention[]): Cue | undefined {
  const { matches, count } = matchesBeforeCut(text, scans, clause, end, OTHER_POSSESSOR, LETTER);
  for (let index = count - 1; index >= 0; index--) {
    const match = matches[index];
    if (match === undefined) continue;
    const cue = cueOfMatch(clause.start, match);
    if (!inClause.some((mention) => mention.start < cue.end && mention.end > cue.start)) return cue;
  }
  return undefined;
}

/**
 * The owner of a figure: a possessor right before it ("Meta's $65 billion"), else the subject
 * of its clause (not a name after a preposition, not a speaker whose reported words follow),
 * else the subject of its sentence; a word standing for a company ("the company") takes the
 * subject of the paragraph's earlier sentences; a sentence naming no one takes the paragraph's
 * only company, else the article's. Names for several companies, or a list of them, make a total.
 */
export function findOwner(context: FigureContext, discourse: Discourse): Owner {
  const { text } = discourse;
  const { figure } = context;
  const sentence = context.sentence ?? context.figure;
  const clause = context.clause ?? sentence;
  const inSentence = discourse.mentionsIn(sentence);
  // "Microsoft at ~$80B, Alphabet at $75B": a name right before a figure, joined only by "at", ":" or a dash, owns it.
  const adjacent = pairedName(text, inSentence, figure);
  if (adjacent?.entity != null) return { kind: 'company', entity: adjacent.entity, role: 'subject', cue: cueOf(text, adjacent), segment: adjacent.segment };
  const collective = firstCueInScope(text, context.scans, clause, COLLECTIVES) ?? firstCueInScope(text, context.scans, clause, CJK_COLLECTIVES);
  if (collective !== null) return { kind: 'several', cue: collective, members: [] };
  const inClause = inSentence.filter((mention) => within(mention, clause));
  // "the EU's 2024 defense spending of €326 billion": the nearest possessor is someone capcheck has no records for.
  const otherPossessor = lastOtherPossessor(text, context.scans, clause, figure.start, inClause);
  if (otherPossessor !== undefined && !inClause.some((mention) => mention.start > otherPossessor.end && mention.end <= figure.start)) {
    return { kind: 'untracked', cue: otherPossessor };
  }
  const possessor = inClause.filter((mention) => mention.end <= figure.start && mention.possessive && wordsBetween(text, mention.end, figure.start) <= 6).at(-1);
  if (possessor !== undefined) return ownerOf(text, followChain(text, possessor, inClause), 'possessor', inSentence);
  const before = candidates(text, inClause.filter((mention) => mention.end <= figure.start), clause.start);
  if (before.length > 0) return subjectOf(text, before, inSentence, figure);
  const back = backReference(text, context, clause, inSentence);
  if (back !== undefined) return ownerOf(text, back, 'subject', inSentence);
  // "$67 billion for Meta's 2025 capex": a possessor after the figure, of the word naming what it measures.
  const possessorAfter = inClause.find((mention) => mention.start >= figure.end && mention.possessive && MEASURE_NOUN_AFTER.test(text.slice(mention.end, mention.end + 40)));
  if (possessorAfter !== undefined) return ownerOf(text, possessorAfter, 'possessor', inSentence);
  const after = candidates(text, inClause.filter((mention) => mention.start >= figure.end), clause.start)[0];
  if (after !== undefined) return ownerOf(text, after, 'subject', inSentence);
  // A word standing for a company ("the $91.4 billion it spent") refers to the nearest name before it in the
  // sentence, else to the paragraph's subject.
  const anaphor = firstCueInScope(text, context.scans, clause, ANAPHORA) ?? firstCueFromSentenceStart(text, context.scans, sentence, figure.start, ANAPHORA);
  const sentenceBefore = candidates(text, inSentence.filter((mention) => mention.end <= Math.min(figure.start, anaphor?.start ?? figure.start)), sentence.start);
  const antecedent = anaphor === null ? undefined : sentenceBefore.at(-1);
  if (anaphor !== null && antecedent !== undefined) return ownerOf(text, antecedent, 'anaphor', inSentence);
  if (sentenceBefore.length > 0) return subjectOf(text, sentenceBefore, inSentence, figure);
  const speaker = inSentence.find((mention) => mention.start >= figure.end && SPEAKER_BEFORE.test(text.slice(Math.max(sentence.start, mention.start - 40), mention.start)));
  if (speaker !== undefined) return ownerOf(text, speaker, 'subject', inSentence);
  const venture = partnersOfVenture(context, discourse, inSentence);
  if (venture !== null) return venture;
  const topic = discourse.topicBefore(sentence);
  // "The firm spent …" opening a paragraph refers to the company the text was last about.
  const referent = topic ?? (anaphor !== null && /^the\s/iu.test(anaphor.text) ? discourse.lastSubjectBefore(sentence) : null);
  if (anaphor !== null) return referent === null ? { kind: 'none' } : { kind: 'company', entity: referent, role: 'anaphor', cue: anaphor, segment: false };
  // Names only in asides after the figure ("(AWS-specific)") leave it to the paragraph's company.
  const named = inSentence.some((mention) => mention.start < figure.end || within(mention, clause));
  if (named || topic === null) return { kind: 'none' };
  return { kind: 'company', entity: topic, role: 'topic', cue: discourse.topicCue(sentence) ?? { text: '', start: figure.start, end: figure.start }, segment: false };
}

/**
 * "OpenAI and SoftBank each hold 40% of Stargate LLC. The partners plan …": in a sentence naming
 * no one, "the partners" before the figure are the venture's when its paragraph named exactly one
 * venture before it, and the figure is that venture's.
 */
function partnersOfVenture(context: FigureContext, discourse: Discourse, inSentence: readonly Mention[]): Owner | null {
  const { sentence, paragraph, figure } = context;
  if (sentence === null || paragraph === null || inSentence.length > 0) return null;
  const partners = firstCueFromSentenceStart(discourse.text, context.scans, sentence, figure.start, VENTURE_PARTNERS);
  if (partners === null) return null;
  const earlier = discourse.mentionsIn({ start: paragraph.start, end: sentence.start });
  const ventures = new Set(earlier.flatMap((mention) => (mention.entity !== null && VENTURES.has(mention.entity) ? [mention.entity] : [])));
  const [only] = ventures;
  return ventures.size === 1 && only !== undefined ? { kind: 'company', entity: only, role: 'anaphor', cue: partners, segment: false } : null;
}

/** An aside after a name, between commas: ", a big Nvidia customer,", ", which buys from Nvidia,". */
const APPOSITIVE_AFTER = /^\s*,\s+(?:a|an|the|one of|which|who|whose)\s[^,;.]*,/iu;

/** "with Meta announcing plans to invest …": after "with", a name doing something is a subject. */
const DOING_AFTER = /^\s+\p{L}+ing\b/u;

/** Names that can own a figure: not after a preposition (except "according to", or "with" a name doing something). */
function candidates(text: string, mentions: readonly Mention[], from: number): Mention[] {
  return mentions.filter((mention) => {
    const before = text.slice(Math.max(from, mention.start - 40), mention.start);
    if (ACCORDING_TO_BEFORE.test(before)) return true;
    if (/\bwith\s+$/i.test(before)) return DOING_AFTER.test(text.slice(mention.end, mention.end + 30));
    return !followsPreposition(text, mention, from);
  });
}

/** The first candidate, skipping a speaker when someone else follows; several different companies leave it open. */
function subjectOf(text: string, before: readonly Mention[], inSentence: readonly Mention[], figure: TextSpan): Owner {
  let chosen = before.findIndex((mention) => !mention.possessive || !before.some((other) => other.start > mention.end && other.start - mention.end < 4));
  if (chosen === -1) chosen = 0;
  while (chosen + 1 < before.length && SPEECH_VERB_AFTER.test(text.slice(before[chosen]?.end ?? 0, figure.start))) chosen++;
  const subject = before[chosen];
  if (subject === undefined) return { kind: 'none' };
  if (inList(text, subject, inSentence)) return ownerOf(text, subject, 'subject', inSentence);
  // "Meta, a big Nvidia customer, will spend …": a name inside an aside right after the subject is not a second subject.
  const aside = APPOSITIVE_AFTER.exec(text.slice(subject.end, figure.start));
  const asideEnd = aside === null ? subject.end : subject.end + aside[0].length;
  const rest = before.slice(chosen).filter((mention) => mention === subject || mention.start >= asideEnd);
  const tracked = new Set(rest.flatMap((mention) => (mention.entity === null ? [] : [mention.entity])));
  if (tracked.size > 1) return { kind: 'ambiguous', cue: cueOf(text, subject) };
  return ownerOf(text, subject, 'subject', inSentence);
}

function ownerOf(text: string, mention: Mention, role: OwnerRole, inSentence: readonly Mention[]): Owner {
  const cue = cueOf(text, mention);
  if (inList(text, mention, inSentence)) {
    // "Oracle, SoftBank and OpenAI launch the $500 billion Stargate": the venture they announce owns the figure.
    const venture = inSentence.find((other) => other.entity !== null && VENTURES.has(other.entity) && !listAround(text, mention, inSentence).includes(other));
    if (venture?.entity != null) return { kind: 'company', entity: venture.entity, role: 'subject', cue: cueOf(text, venture), segment: false };
    return { kind: 'several', cue, members: listAround(text, mention, inSentence) };
  }
  if (mention.entity === null) return { kind: 'untracked', cue };
  return { kind: 'company', entity: mention.entity, role, cue, segment: mention.segment };
}

/** "Musk's xAI", "Amazon's AWS": the possessed name is the owner. */
function followChain(text: string, possessor: Mention, inClause: readonly Mention[]): Mention {
  const next = inClause.find((mention) => mention.start > possessor.end && /^['’]?s?\s*$/u.test(text.slice(possessor.end, mention.start)));
  return next ?? possessor;
}

/** "Stargate, a $500 billion venture …", "Nvidia, which reported …": the name the clause refers back to. */
function backReference(text: string, context: FigureContext, clause: TextSpan, inSentence: readonly Mention[]): Mention | undefined {
  if (!BACK_REFERENCE_OPENING.test(text.slice(clause.start, clause.start + 12))) return undefined;
  const previous = context.sentence === null ? undefined : lastClauseBefore(context.clauses, clause.start, context.sentence);
  if (previous === undefined) return undefined;
  return inSentence.filter((mention) => within(mention, previous) && wordsBetween(text, mention.end, previous.end) <= 2).at(-1);
}

/**
 * The last clause ending by `offset` inside `sentence`, by binary search: clauses are disjoint and in
 * order, so their ends ascend, and those inside the sentence are a run of them.
 */
function lastClauseBefore(clauses: readonly TextSpan[], offset: number, sentence: TextSpan): TextSpan | undefined {
  let index = lastIndexEndingBy(clauses, offset);
  while (index >= 0 && (clauses[index]?.end ?? 0) > sentence.end) index -= 1;
  const clause = clauses[index];
  return clause !== undefined && within(clause, sentence) ? clause : undefined;
}

function cueOf(text: string, mention: Mention): Cue {
  return { text: text.slice(mention.start, mention.end), start: mention.start, end: mention.end };
}


function wordsBetween(text: string, from: number, to: number): number {
  const between = text.slice(from, to).trim();
  return between === '' ? 0 : between.split(/\s+/).length;
}
