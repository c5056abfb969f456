import { NON_OWNER_BEFORE } from './lexicon/owner-words.js';
import type { TextSpan } from './segment-text.js';

/** "A Meta investirá", "O Google": a capitalised Portuguese article opening the clause, not the preposition "a". */
const OPENING_ARTICLE = /^\s*["“«]?(?:A|O|As|Os)\s+$/u;

/**
 * Whether a company name stands after a preposition or a comparison ("with Meta", "than Google",
 * "plus que Meta"), which makes it an object, a partner or a point of comparison rather than the
 * subject. `from` is where the name's clause or sentence begins: nothing before it counts.
 */
export function followsPreposition(text: string, mention: TextSpan, from: number): boolean {
  const opening = text.slice(from, mention.start);
  if (opening.length <= 5 && OPENING_ARTICLE.test(opening)) return false;
  return NON_OWNER_BEFORE.test(text.slice(Math.max(from, mention.start - 40), mention.start));
}
