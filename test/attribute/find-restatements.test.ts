import { describe, expect, it } from 'vitest';
import { findRestatements } from '../../src/attribute/find-restatements.js';
import { findMentions } from '../../src/attribute/find-mentions.js';
import { extractFigures } from '../../src/extract/extract-figures.js';

/** "original → restated" for each restatement found in `text`. */
const pairs = (text: string): string[] => findRestatements(text, extractFigures(text), findMentions(text)).map(({ original, restated }) => `${original.text} → ${restated.text}`);

describe('findRestatements', () => {
  it.each([
    ['Meta will spend $65 billion (€62 billion) this year.', ['$65 billion → €62 billion']],
    ['Meta investiert 72 Milliarden Dollar (rund 69 Milliarden Euro).', ['72 Milliarden Dollar → rund 69 Milliarden Euro']],
    // Full-width brackets, and words written without spaces before the conversion.
    ['総額は650億ドル（約9兆8000億円）になる。', ['650億ドル → 約9兆8000億円']],
    ['总额为650亿美元（约合4700亿元人民币）。', ['650亿美元 → 约合4700亿元人民币']],
    ['총 650억 달러(약 94조 원)를 쓴다.', ['650억 달러 → 약 94조 원']],
    ['総額は650億ドル（日本円で約9兆8000億円）になる。', ['650億ドル → 約9兆8000億円']],
    // No brackets: a conversion word right after the figure, or one that says "converted" after a few words.
    ['Meta will spend $65 billion this year, or about €62 billion.', []],
    ['Meta will spend $65 billion, or about €62 billion, this year.', ['$65 billion → about €62 billion']],
    ['Meta investiert 2025 bis zu 72 Milliarden Dollar, umgerechnet etwa 69 Milliarden Euro.', ['bis zu 72 Milliarden Dollar → etwa 69 Milliarden Euro']],
    ['Meta investirà 72 miliardi di dollari, pari a circa 69 miliardi di euro.', ['72 miliardi di dollari → circa 69 miliardi di euro']],
    ['メタは650億ドル、日本円で約9兆8000億円を投じる。', ['650億ドル → 約9兆8000億円']],
    ['资本开支650亿美元，折合约4700亿元人民币。', ['650亿美元 → 约4700亿元人民币']],
    ['설비투자 650억 달러, 한화로 약 94조 원을 쓴다.', ['650억 달러 → 약 94조 원']],
    // Two figures in two currencies are not a conversion without a word or a bracket that says so.
    ['Meta spends $65 billion; its European peers spend €20 billion.', []],
    ['メタは650億ドル、欧州勢は200億ユーロを投じる。', []],
    // A company named in between: the second figure is its own, not a conversion.
    ['Microsoft gibt 80 Milliarden Dollar aus, Meta umgerechnet etwa 60 Milliarden Euro.', []],
  ] as const)('%s', (text, expected) => expect(pairs(text)).toEqual(expected));
});
