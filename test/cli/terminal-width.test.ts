import { describe, expect, it } from 'vitest';
import { terminalWidth } from '../../src/cli/terminal-width.js';

describe('terminalWidth', () => {
  it.each([
    ['a terminal: its own columns', { isTTY: true, columns: 132 }, {}, 132],
    ['a terminal wins over COLUMNS', { isTTY: true, columns: 132 }, { COLUMNS: '60' }, 132],
    ['a terminal that reports no columns: COLUMNS', { isTTY: true }, { COLUMNS: '60' }, 60],
    ['a terminal reporting 0 columns: COLUMNS', { isTTY: true, columns: 0 }, { COLUMNS: '90' }, 90],
    ['a pipe: COLUMNS', { isTTY: false, columns: 132 }, { COLUMNS: '100' }, 100],
    ['a pipe: COLUMNS with spaces around it', {}, { COLUMNS: ' 100 ' }, 100],
    ['a pipe, no COLUMNS: 80', {}, {}, 80],
    ['junk COLUMNS: 80', {}, { COLUMNS: 'wide' }, 80],
    ['COLUMNS 0: 80', {}, { COLUMNS: '0' }, 80],
    ['negative COLUMNS: 80', {}, { COLUMNS: '-120' }, 80],
    ['fractional COLUMNS: 80', {}, { COLUMNS: '100.5' }, 80],
    ['empty COLUMNS: 80', {}, { COLUMNS: '' }, 80],
    ['COLUMNS beyond a safe integer: 80', {}, { COLUMNS: '99999999999999999999' }, 80],
  ] as const)('%s', (_, stdout, env, expected) => {
    expect(terminalWidth(stdout, env)).toBe(expected);
  });
});
