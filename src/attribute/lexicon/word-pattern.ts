/**
 * Builds one case-insensitive, Unicode-aware pattern from a list of words and phrases (regex
 * fragments allowed), matched as whole words: a cue is never part of a longer word.
 */
export function wordPattern(words: readonly string[]): RegExp {
  const alternatives = [...words].sort((a, b) => b.length - a.length).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives})(?![\\p{L}\\p{N}_])`, 'giu');
}

/** Like `wordPattern`, for scripts written without spaces (Japanese, Chinese): no word boundaries. */
export function cjkPattern(words: readonly string[]): RegExp {
  return new RegExp(`(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`, 'gu');
}
