/**
 * Figures as tables and lists write them: mojibake dashes from scraped pages, cells flattened into
 * one line, bare numbers under a header that states their unit, and bare numbers in lists that
 * share the unit of their last member. Example sentences are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/extract-figures.js';
import { matchMojibakeDash } from '../../src/extract/mojibake-dashes.js';
import { renderFigure } from './render-figure.js';

const B = '000000000';
const render = (input: string): string[] => extractFigures(input).map(renderFigure);
// The en and em dash as they show when their UTF-8 bytes are read in Windows-1252 or Windows-874.
const EN_1252 = '\u00e2\u20ac\u201c';
const EM_1252 = '\u00e2\u20ac\u201d';
const EN_874 = '\u0e42\u20ac\u201c';
const LONE_874 = '\u0e42';

describe('matchMojibakeDash', () => {
  it.each([
    [`5${EN_1252}6`, 1, { length: 3, dash: '\u2013' }],
    [`5${EN_874}6`, 1, { length: 3, dash: '\u2013' }],
    [`a ${EM_1252} b`, 2, { length: 3, dash: '\u2014' }],
    ['a \u00e2\u0080\u0093 b', 2, { length: 3, dash: '\u2013' }],
    [`60${LONE_874}65`, 2, { length: 1, dash: '\u2013' }],
    [`2025 ${LONE_874} the`, 5, { length: 1, dash: '\u2013' }],
    // Thai itself: the vowel before a consonant, or after Thai letters, is no dash.
    ['\u0e42\u0e14\u0e22', 0, null],
    [`\u0e01${LONE_874} 5`, 1, null],
    // The arrow "→" seen through Windows-874, and "â" in French, are no dashes.
    ['\u0e42\u2020\u2019', 0, null],
    ['pâte', 1, null],
  ])('%j at %i', (text, position, expected) => {
    expect(matchMojibakeDash(text, position)).toEqual(expected);
  });
});

describe('extractFigures: mojibake dashes and flattened table cells', () => {
  it.each([
    [`a budget of $60${EN_1252}65B`, [`money USD range 60${B}..65${B} "$60${EN_1252}65B"`]],
    [`a budget of $60${EN_874}65B`, [`money USD range 60${B}..65${B} "$60${EN_874}65B"`]],
    [`Meta ($60${LONE_874}65B) leads`, [`money USD range 60${B}..65${B} "$60${LONE_874}65B"`]],
    // A spaced em dash is punctuation, mojibake or not.
    [`$60 billion ${EM_1252} 40% more`, [`money USD exact 60${B} "$60 billion"`, 'percent exact 40 "40%"']],
    // A row flattened into one line: the label, then one cell after another.
    ['Meta$38B$60-65B+60%', [`money USD exact 38${B} "$38B"`, `money USD range 60${B}..65${B} "$60-65B"`, 'percent exact 60 "60%"']],
    ['Microsoft$53B~$80B+51%', [`money USD exact 53${B} "$53B"`, `money USD approximate 80${B} "~$80B"`, 'percent exact 51 "51%"']],
    ['Google$175-190BMajor increaseCloud +63%', [`money USD range 175${B}..190${B} "$175-190B"`, 'percent exact 63 "63%"']],
    // Country prefixes keep their meaning: short or upper-case words glued to "$".
    ['HK$3bn and Mex$5bn', [`money HKD exact 3${B} "HK$3bn"`, `money MXN exact 5${B} "Mex$5bn"`]],
    // A trailing "+" with nothing glued after it still means "or more".
    ['$80B+ in 2025', [`money USD lower-bound >=80${B} "$80B+"`]],
    // A range with a trailing "+" is "at least" its low end.
    [`Combined ~$226B$295${EN_874}300B+`, [`money USD approximate 226${B} "~$226B"`, `money USD lower-bound >=295${B} "$295${EN_874}300B+"`]],
  ])('%j', (input, expected) => {
    expect(render(input)).toEqual(expected);
  });
});

describe('extractFigures: bare numbers under a header that states their unit', () => {
  it.each([
    ['Company 2025 (Mrd. $) 2026 (Mrd. $) Change\nAmazon 132 200 +52%', [`money USD exact 132${B} "132"`, `money USD exact 200${B} "200"`, 'percent exact 52 "52%"']],
    ['| Company | 2025 Capex ($B) | 2026 Capex ($B) |\n|---|---|---|\n| Meta | 72.2 | 125 |', [`money USD exact 72200000000 "72.2"`, `money USD exact 125${B} "125"`]],
    ['| 企業 | 2025年(億ドル) | 2026年(億ドル) |\n| Amazon | 1318 | 2000 |', [`money USD exact 131800000000 "1318"`, `money USD exact 200${B} "2000"`]],
    ['Company 2025 (€m) 2026 (€m)\nSAP 900 1100', [`money EUR exact 900000000 "900"`, `money EUR exact 1100000000 "1100"`]],
    // No currency in the unit, too few or too many numbers, or a sentence: nothing is read.
    ['Company 2025 (in billions) 2026 (in billions)\nAmazon 700 800', []],
    ['Company 2025 ($B) 2026 ($B)\nAmazon 700', []],
    ['Company 2025 ($B) 2026 ($B)\nAmazon said it would add 700 and 800 servers to the two sites this year.', []],
    // A year in a column of billions is a year.
    ['Company 2025 ($B) 2026 ($B)\nAmazon 2024 2025', []],
  ])('%j', (input, expected) => {
    expect(render(input)).toEqual(expected);
  });
});

describe('extractFigures: bare numbers in lists', () => {
  it.each([
    [
      'Amazon plant 200 Milliarden, Microsoft 180, Meta 125 und Alphabet 105 Milliarden Dollar.',
      [`money USD exact 200${B} "200 Milliarden"`, `money USD exact 180${B} "180"`, `money USD exact 125${B} "125"`, `money USD exact 105${B} "105 Milliarden Dollar"`],
    ],
    [
      'Amazon will spend 200 billion, Alphabet 150 and Meta 125 billion dollars.',
      [`money USD exact 200${B} "200 billion"`, `money USD exact 150${B} "150"`, `money USD exact 125${B} "125 billion dollars"`],
    ],
    ['Meta et Amazon prévoient respectivement 65 et 100 milliards de dollars.', [`money USD exact 65${B} "65"`, `money USD exact 100${B} "100 milliards de dollars"`]],
    ['Meta e Amazon investono rispettivamente di 65 e 100 miliardi di dollari.', [`money USD exact 65${B} "65"`, `money USD exact 100${B} "100 miliardi di dollari"`]],
    ['Meta y Amazon invertirán respectivamente 65.000 y 100.000 millones de dólares.', [`money USD exact 65${B} "65.000"`, `money USD exact 100${B} "100.000 millones de dólares"`]],
    // Without a name before each number, or a word that pairs them in order, bare numbers are left alone.
    ['Between 65 and 100 billion dollars will be spent.', [`money USD range 65${B}..100${B} "Between 65 and 100 billion dollars"`]],
    ['In 2025 Meta plans 65 and Amazon 100 billion dollars.', [`money USD exact 100${B} "100 billion dollars"`]],
    ['It grew 5 and then 100 billion dollars came in.', [`money USD exact 100${B} "100 billion dollars"`]],
  ])('%j', (input, expected) => {
    expect(render(input)).toEqual(expected);
  });
});
