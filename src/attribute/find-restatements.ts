import type { Figure } from '../types.js';

/** A money figure followed by its conversion in brackets: "72 Milliarden Dollar (633,08 Mrd. Euro)", "650億ドル（約10兆円）". */
export interface Restatement {
  readonly original: Figure;
  readonly restated: Figure;
}

/**
 * What may stand between a figure and its bracketed conversion: "(", "(about ", "(bis zu ", "(or ", and
 * in Japanese, Chinese and Korean full-width brackets and a few words written without spaces ("（日本円で", "(환산 시 ").
 */
const OPENING = /^\s*[([（［]\s*(?:(?:[\p{L}.~≈]+\s+){0,3}|[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\s]{1,8})$/u;
const CLOSING = /^\s*[)\]）］]/u;
/**
 * Words that announce a conversion without brackets, right after the figure and a comma or none:
 * "$65 billion, or about €55 billion", "soit", "pari a", "即".
 */
const CONVERTED = /^\s*[,，、]?\s*(?:or|i\.e\.|soit|ovvero|cioè|es decir|即)\s*$/u;
/**
 * Words that say a conversion outright, so a few words may stand before them: "$72 billion in 2025,
 * umgerechnet etwa 69 Milliarden Euro", "650億ドル、日本円で約10兆円", "折合", "한화로 약".
 */
const CONVERTED_AFTER_WORDS =
  /^[^.!?。！？;；]{0,60}?[,，、]?\s*(?:converted|umgerechnet|équivalant à|equivalentes? a|pari a|日本円で|円換算で|円に換算すると|折合|한화로|원화로|환산하면|환산 시|우리 돈으로)(?:\s+(?:also|etwa|rund))?\s*$/u;

/**
 * Finds each money figure whose next figure restates it in another currency, in brackets or after a
 * word of conversion. Across words, a name (`mentions`, in text order) in between makes the second
 * figure another company's ("Microsoft … 80 Milliarden Dollar, Meta umgerechnet …"), never a conversion.
 */
export function findRestatements(text: string, figures: readonly Figure[], mentions: readonly { readonly start: number }[] = []): Restatement[] {
  const restatements: Restatement[] = [];
  let mention = 0;
  for (let index = 0; index + 1 < figures.length; index++) {
    const original = figures[index];
    const restated = figures[index + 1];
    if (original?.kind !== 'money' || restated?.kind !== 'money' || original.currency === restated.currency) continue;
    const gap = text.slice(original.end, restated.start);
    const bracketed = OPENING.test(gap) && CLOSING.test(text.slice(restated.end, restated.end + 4));
    while ((mentions[mention]?.start ?? Infinity) < original.end) mention++;
    const named = (mentions[mention]?.start ?? Infinity) < restated.start;
    if (!bracketed && !CONVERTED.test(gap) && (named || !CONVERTED_AFTER_WORDS.test(gap))) continue;
    restatements.push({ original, restated });
  }
  return restatements;
}
