/** A high surrogate with no low one after it, or a low one with no high one before it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * `text` with each lone surrogate replaced by U+FFFD, as a decoder would: one UTF-16 unit for one, so
 * every offset stays the same. A library caller's string may carry them; parse5 throws on some (two low
 * surrogates in a row become an invalid code point).
 */
export function replaceLoneSurrogates(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd');
}
