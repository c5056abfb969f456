/**
 * A set of words whose `has` rejects most other words without hashing them: a bit per
 * (first character, length, second character) is checked before the set itself.
 */

const MAX_LENGTH = 15;

/** A fixed set of words with a fast `has` for the common miss. */
export class WordSet {
  private readonly words: ReadonlySet<string>;
  // 32 first-character buckets × 16 lengths, each a 32-bit mask of second characters: 2 KB, so it stays in cache.
  private readonly masks = new Uint32Array(32 * (MAX_LENGTH + 1));

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const word of this.words) {
      const slot = slotOf(word);
      if (slot >= 0) this.masks[slot] = (this.masks[slot] as number) | secondBit(word);
    }
  }

  /** True when `word` is in the set (compared as written: pass the lower-cased form for lower-case sets). */
  has(word: string): boolean {
    const slot = slotOf(word);
    // Words the masks cannot index (non-ASCII first letter, long) go straight to the set.
    return (slot < 0 || ((this.masks[slot] as number) & secondBit(word)) !== 0) && this.words.has(word);
  }
}

/** Index of a word's (first character, length) bucket, or -1 for a non-ASCII first character or a long word. */
function slotOf(word: string): number {
  const length = word.length;
  const first = length > 0 ? word.charCodeAt(0) : 0;
  if (first >= 128 || length > MAX_LENGTH) return -1;
  return (first & 31) * (MAX_LENGTH + 1) + length;
}

/** The mask bit of a word's second character (collisions only cost a set lookup). */
function secondBit(word: string): number {
  return 1 << (word.length > 1 ? word.charCodeAt(1) & 31 : 0);
}
