import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/report/display-width.js';
import { isUrl, padEnd, wrapText } from '../../src/report/wrap-text.js';

describe('displayWidth', () => {
  it.each([
    ['plain ASCII', 'capex $70 billion', 17],
    ['CJK: two cells each', '增长一倍', 8],
    ['full-width digits', '１０００億ドル', 14],
    ['an emoji', '😀', 2],
    ['a combining accent takes none', 'e\u0301', 1],
    ['Latin letters with accents', 'más del doble', 13],
  ])('%s', (_, text, cells) => {
    expect(displayWidth(text)).toBe(cells);
  });
});

describe('wrapText', () => {
  it.each([
    ['fits: one line', 'a short line', 20, ['a short line']],
    ['breaks at spaces', 'one two three four', 9, ['one two', 'three', 'four']],
    ['folds runs of spaces', 'one   two', 20, ['one two']],
    ['keeps line breaks', 'one\ntwo', 20, ['one', 'two']],
    ['cuts a word longer than the width', 'abcdefghij', 4, ['abcd', 'efgh', 'ij']],
    ['cuts CJK between characters, by cells', '增长一倍增长', 5, ['增长', '一倍', '增长']],
    ['leaves a URL whole on a line of its own', 'see https://example.com/a/very/long/path here', 10, ['see', 'https://example.com/a/very/long/path', 'here']],
    ['an empty text is one empty line', '', 10, ['']],
    ['never starts a line with a workflow command', 'see ::error::x here', 6, ['see ::error::x', 'here']],
    ['nor cuts a long word before one', 'abcd::error', 4, ['abc', 'd::e', 'rror']],
    ['nor with a legacy one', 'see ##[error]x', 6, ['see ##[error]x']],
    ['escapes control characters', 'a\u001b[2J b\u202e', 20, ['a\\x1b[2J b\\u{202E}']],
  ] as const)('%s', (_, text, width, expected) => {
    expect(wrapText(text, width)).toEqual(expected);
  });

  it('never returns a line wider than the width unless it is a URL', () => {
    const text = `${'word '.repeat(40)}${'x'.repeat(70)} https://example.com/${'y'.repeat(90)} 增长一倍增长一倍增长一倍增长一倍增长一倍增长`;
    // From 2: a two-cell character cannot fit a one-cell line.
    for (const width of [2, 7, 20, 33, 80]) {
      for (const line of wrapText(text, width)) expect(displayWidth(line) <= width || isUrl(line), `${width}: ${line}`).toBe(true);
    }
  });

  it('pads by cells', () => {
    expect(padEnd('增长', 6)).toBe('增长  ');
    expect(padEnd('toolong', 3)).toBe('toolong');
  });
});
