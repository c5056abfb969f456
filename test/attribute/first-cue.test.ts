/**
 * The shared-scan readers of first-cue.ts answer exactly what a fresh scan of the cut text would:
 * for every cut of each sentence (in capcheck's own words), including cuts right after a match,
 * inside one, and before a letter or a digit.
 */
import { describe, expect, it } from 'vitest';
import { firstCue, firstCueFromSentenceStart, firstCueInScope, matchesBeforeCut } from '../../src/attribute/first-cue.js';
import { ANAPHORA } from '../../src/attribute/lexicon/owner-words.js';
import { scanScopes } from '../../src/attribute/scope-scans.js';

/** A capitalised possessive, as find-owner reads it, and what its closing lookahead refuses. */
const POSSESSOR = /(?<![\p{L}])(?!(?:It|Its|The|This|That|Last|Next|Each)['’])\p{Lu}[\p{L}.]*['’]s(?![\p{L}])/gu;
const LETTER = /^\p{L}/u;
/** A pattern that is not global, as some lexicon entries are. */
const ESTIMATE = /(?<![\p{L}])analysts?\s+expect\p{L}*\s+that(?![\p{L}])/iu;

const TEXTS = [
  "The EU's budget and Trump's plan: its $40 billion, the company's 2025 spending, it said 7",
  "Analysts expect that the firm's capex of $60 billion, as analysts expected that, is its own",
  'no match at all in this sentence of about sixty characters, twice over, no match at all',
  "Its X's Y’s Z.A.'s own, the group's, we our it its nous wir, D'Arcy's 5 billion",
  // A match the cut text would end at a letter that follows it, and a longer match running across cuts.
  "Trump'sband, Musk’sfive and the company'sx: the company's, Analysts expect thatx",
  // Longer than the scans' memo threshold, so the shared matches are used, not a fresh scan.
  `${"Meta's plan and the company's $5 billion, ".repeat(12)}its end`,
];

function sliceMatches(text: string, start: number, end: number, pattern: RegExp): string[] {
  return [...text.slice(start, end).matchAll(pattern)].map((match) => `${start + match.index}:${match[0]}`);
}

describe.each(TEXTS.map((text) => ({ text, label: text.slice(0, 40) })))('$label', ({ text }) => {
  const sentence = { start: 0, end: text.length };
  const scans = () => scanScopes(text, { sentences: [sentence], clauses: [sentence] }, []);

  it('matchesBeforeCut equals a scan of the cut text at every cut', () => {
    const shared = scans();
    for (let end = 0; end <= text.length; end++) {
      const { matches, count } = matchesBeforeCut(text, shared, sentence, end, POSSESSOR, LETTER);
      const read = matches.slice(0, count).map((match) => `${match.index}:${match[0]}`);
      expect(read, `cut at ${end}`).toEqual(sliceMatches(text, 0, end, POSSESSOR));
    }
  });

  it('firstCueFromSentenceStart equals firstCue on the cut text at every cut', () => {
    const shared = scans();
    for (let end = 0; end <= text.length; end++) {
      for (const pattern of [ANAPHORA, ESTIMATE]) {
        expect(firstCueFromSentenceStart(text, shared, sentence, end, pattern), `cut at ${end}`).toEqual(firstCue(text, { start: 0, end }, pattern));
      }
    }
  });

  it('firstCueInScope equals firstCue on every scope ending at the sentence end', () => {
    const shared = scans();
    for (let start = 0; start <= text.length; start += 7) {
      const scope = { start, end: text.length };
      for (const pattern of [ANAPHORA, ESTIMATE, POSSESSOR]) {
        expect(firstCueInScope(text, shared, scope, pattern), `scope from ${start}`).toEqual(firstCue(text, scope, pattern));
      }
    }
  });
});
