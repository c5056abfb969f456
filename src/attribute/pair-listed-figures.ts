import type { Figure } from '../types.js';
import { listAround, type Mention } from './find-mentions.js';
import { lowerBound } from './lower-bound.js';
import type { Discourse } from './read-discourse.js';
import type { TextSegments } from './segment-text.js';

/** What separates two figures of one list: a comma or "and", in the languages capcheck reads. */
const FIGURES_JOINED = /^\s*(?:,\s*(?:and\s+|und\s+|et\s+|y\s+|e\s+)?|and|und|et|y|e|&|、|，|和|与|及|と|및|그리고|와|과|하고)\s*$/iu;

/** A figure of a list paired with a list of companies: its company, and the list's first figure, whose words name the metric and year for all. */
export interface ListedFigure {
  readonly company: Mention;
  readonly leader: Figure;
  /** All the figures of the list, in order. */
  readonly members: readonly Figure[];
}

/**
 * "Amazon, Google, Meta and Microsoft spent 132亿、92亿、71亿 and 65亿", "Microsoft and Google plan
 * respectively $80 billion and $75 billion": a list of companies followed, in the same sentence, by a
 * list of as many money figures pairs them in order. Returns each paired figure with its company.
 */
export function pairListedFigures(text: string, segments: TextSegments, figures: readonly Figure[], discourse: Discourse): Map<Figure, ListedFigure> {
  const pairs = new Map<Figure, ListedFigure>();
  let index = 0;
  for (const sentence of segments.sentences) {
    const inSentence: Figure[] = [];
    while (index < figures.length && (figures[index]?.start ?? Infinity) < sentence.end) {
      const figure = figures[index];
      if (figure !== undefined && figure.start >= sentence.start && figure.kind === 'money') inSentence.push(figure);
      index++;
    }
    if (inSentence.length < 2) continue;
    const mentions = discourse.mentionsIn(sentence);
    for (const run of namedRuns(text, inSentence, mentions)) {
      const first = run[0]?.figure;
      if (first === undefined) continue;
      for (const { figure, company } of run) pairs.set(figure, { company, leader: first, members: run.map((member) => member.figure) });
    }
    for (const run of figureRuns(text, inSentence)) {
      if (run.some((figure) => pairs.has(figure))) continue;
      const first = run[0];
      if (first === undefined) continue;
      const before = mentions.filter((mention) => mention.end <= first.start);
      const list = longestCompanyList(text, before);
      if (list.length !== run.length) continue;
      run.forEach((figure, position) => {
        const company = list[position];
        if (company !== undefined) pairs.set(figure, { company, leader: first, members: run });
      });
    }
  }
  return pairs;
}

/** What parts one name–figure pair from the next: a comma, "and", or both. */
const PAIRS_JOINED = /^\s*(?:,\s*(?:(?:and|und|et|y|e)\s+)?|(?:and|und|et|y|e|&)\s+)$/iu;

/**
 * "Amazon plans 200 billion, Microsoft 180, Meta 125 and Alphabet 105 billion dollars": runs of
 * two or more figures each right after its own company's name, the names joined as a list; the
 * first figure's company is the sentence's last name before it. Every name must be a different
 * tracked company, or the run is not read.
 */
function namedRuns(text: string, figures: readonly Figure[], mentions: readonly Mention[]): { readonly figure: Figure; readonly company: Mention }[][] {
  const runs: { readonly figure: Figure; readonly company: Mention }[][] = [];
  let run: { readonly figure: Figure; readonly company: Mention }[] = [];
  const starts = mentions.map((mention) => mention.start);
  const close = (): void => {
    const entities = new Set(run.map((member) => member.company.entity));
    if (run.length >= 2 && entities.size === run.length && !entities.has(null)) runs.push(run);
    run = [];
  };
  for (const figure of figures) {
    const last = run.at(-1)?.figure ?? null;
    const name = last === null ? undefined : firstMentionBetween(mentions, starts, last.end, figure.start);
    const joined = last !== null && name !== undefined && PAIRS_JOINED.test(text.slice(last.end, name.start)) && /^\s+$/u.test(text.slice(name.end, figure.start));
    if (joined && name !== undefined) {
      run.push({ figure, company: name });
      continue;
    }
    close();
    const owner = lastMentionBetween(mentions, starts, last?.end ?? -Infinity, figure.start);
    if (owner !== undefined) run = [{ figure, company: owner }];
  }
  close();
  return runs;
}

/** The first mention (in order) lying inside [from, to]: a binary search, then a walk over the mentions starting there. */
function firstMentionBetween(mentions: readonly Mention[], starts: readonly number[], from: number, to: number): Mention | undefined {
  for (let index = lowerBound(starts, from); index < mentions.length; index += 1) {
    const mention = mentions[index];
    if (mention === undefined || mention.start > to) return undefined;
    if (mention.end <= to) return mention;
  }
  return undefined;
}

/** The last mention (in order) lying inside [from, to]: from the first mention starting at or after `to`, walking back. */
function lastMentionBetween(mentions: readonly Mention[], starts: readonly number[], from: number, to: number): Mention | undefined {
  for (let index = lowerBound(starts, to + 1) - 1; index >= 0; index -= 1) {
    const mention = mentions[index];
    if (mention === undefined || mention.start < from) return undefined;
    if (mention.end <= to) return mention;
  }
  return undefined;
}

/** Runs of two or more figures joined as a list. */
function figureRuns(text: string, figures: readonly Figure[]): Figure[][] {
  const runs: Figure[][] = [];
  let run: Figure[] = [];
  for (const figure of figures) {
    const last = run.at(-1);
    if (last !== undefined && FIGURES_JOINED.test(text.slice(last.end, figure.start))) run.push(figure);
    else {
      if (run.length >= 2) runs.push(run);
      run = [figure];
    }
  }
  if (run.length >= 2) runs.push(run);
  return runs;
}

/** The longest list of different tracked companies among the mentions, in order. */
function longestCompanyList(text: string, mentions: readonly Mention[]): Mention[] {
  let best: Mention[] = [];
  for (const mention of mentions) {
    const list = listAround(text, mention, mentions).filter((each, position, all) => each.entity !== null && all.findIndex((other) => other.entity === each.entity) === position);
    if (list.length > best.length) best = list;
  }
  return best.length >= 2 ? best : [];
}
