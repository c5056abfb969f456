import { describe, expect, it } from 'vitest';
import { placeNames } from '../../src/attribute/lexicon/places.js';
import { firstRegion, PLACE_AFTER_PREPOSITION } from '../../src/attribute/lexicon/scope-words.js';

describe('place names', () => {
  // placeNames asks each language only for the codes English names; a full scan of every letter pair must find nothing more.
  it.each(['en', 'de', 'fr', 'es', 'it', 'pt', 'ja', 'zh', 'ko'])('hold every region the runtime names in %s', (language) => {
    const display = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    const names = new Set(placeNames());
    const missing: string[] = [];
    for (let first = 65; first <= 90; first++) {
      for (let second = 65; second <= 90; second++) {
        const code = String.fromCharCode(first, second);
        if (code === 'US' || code === 'UM') continue;
        const name = display.of(code);
        if (name !== undefined && name !== code && /^\p{Lu}|^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}]/u.test(name) && !names.has(name)) missing.push(name);
      }
    }
    expect(missing).toEqual([]);
  });

  it.each([
    { text: 'plans to invest $10 billion in Texas', found: 'in Texas' },
    { text: 'investira 10 milliards en Espagne', found: 'en Espagne' },
    { text: 'to invest in AI-enabled datacenters in New Mexico and in Texas', found: 'in New Mexico' },
    { text: 'to invest $95 billion in AI-enabled datacenters', found: null },
    { text: 'to invest $95 billion this year', found: null },
  ])('are found after a preposition: $text', ({ text, found }) => {
    const region = firstRegion(text.matchAll(PLACE_AFTER_PREPOSITION));
    expect(region === null ? null : text.slice(region.start, region.end)).toEqual(found);
  });
});
