import { describe, expect, it } from 'vitest';
import { escapeControls, safeLine, safePath } from '../../src/report/safe-text.js';

describe('escapeControls', () => {
  it.each([
    ['plain text', '$60 billion', '$60 billion'],
    ['OSC title change', 'a\u001b]0;pwned\u0007b', 'a\\x1b]0;pwned\\x07b'],
    ['CSI screen clear', '\u001b[2J', '\\x1b[2J'],
    ['backspace', 'ab\bc', 'ab\\x08c'],
    ['carriage return', 'a\rb', 'a\\x0db'],
    ['line feed', 'a\n::error::x', 'a\\x0a::error::x'],
    ['tab', 'a\tb', 'a\\x09b'],
    ['NUL', 'a\u0000b', 'a\\x00b'],
    ['DEL', 'a\u007fb', 'a\\x7fb'],
    ['C1 CSI', 'a\u009b2Jb', 'a\\x9b2Jb'],
    ['C1 first and last', '\u0080\u009f', '\\x80\\x9f'],
    ['right-to-left override', 'abc\u202Egpj.exe', 'abc\\u{202E}gpj.exe'],
    ['bidi embeddings and isolates', '\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069', '\\u{202A}\\u{202B}\\u{202C}\\u{202D}\\u{2066}\\u{2067}\\u{2068}\\u{2069}'],
    ['marks', '\u200E\u200F\u061C', '\\u{200E}\\u{200F}\\u{61C}'],
    ['line and paragraph separators', '\u2028\u2029', '\\u{2028}\\u{2029}'],
    ['lone surrogates', 'a\uD800b\uDC00', 'a\\u{D800}b\\u{DC00}'],
    ['a surrogate pair is kept', '😀 $5', '😀 $5'],
    ['non-ASCII text is kept', '€62 bn, 1,630億ドル, ½, \u00a0', '€62 bn, 1,630億ドル, ½, \u00a0'],
    ['backslashes are kept', 'C:\\x1b', 'C:\\x1b'],
  ])('%s', (_name, input, expected) => {
    expect(escapeControls(input)).toBe(expected);
  });

  it('leaves no control or bidi character, and escaping twice changes nothing', () => {
    const every = Array.from({ length: 0x2070 }, (_, code) => String.fromCharCode(code)).join('');
    const once = escapeControls(every);
    expect(once).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(escapeControls(once)).toBe(once);
  });
});

describe('safeLine', () => {
  it.each([
    ['a line break is a space', '$60\nbillion', '$60 billion'],
    ['CRLF is a space', '$60 \r\n  billion', '$60 billion'],
    ['a tab is a space', '$60\tbillion', '$60 billion'],
    ['a carriage return inside a line is shown', '$60\rbillion', '$60\\x0dbillion'],
    ['a workflow command cannot start a line', 'x\n::error::boom', 'x ::error::boom'],
    ['escape sequences are shown', '$60\u001b]2;t\u0007 billion', '$60\\x1b]2;t\\x07 billion'],
  ])('%s', (_name, input, expected) => {
    expect(safeLine(input)).toBe(expected);
  });
});

describe('safePath', () => {
  it.each([
    ['an ordinary name', 'posts/a.md', 'posts/a.md'],
    ['a newline and a command', 'a\n::error::x.md', 'a\\x0a::error::x.md'],
    ['a name that is a command', '::error::x.md', './::error::x.md'],
    ['behind spaces, which the runner trims', '  ::warning::x.md', './  ::warning::x.md'],
    ['a legacy command', '##[error]x.md', './##[error]x.md'],
    ['one colon is a name', ':x.md', ':x.md'],
  ])('%s', (_name, input, expected) => {
    expect(safePath(input)).toBe(expected);
  });
});
