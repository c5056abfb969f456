import { describe, expect, it } from 'vitest';
import { todayOf } from '../../src/check/today.js';
import { runCli } from '../run-cli.js';

const NOW = () => new Date('2026-12-01T23:59:59Z');

describe("the run's day", () => {
  it.each<[Record<string, string>, string]>([
    [{}, '2026-12-01'],
    [{ SOURCE_DATE_EPOCH: '1767225600' }, '2026-01-01'],
    [{ SOURCE_DATE_EPOCH: ' 0 ' }, '1970-01-01'],
    [{ SOURCE_DATE_EPOCH: '' }, '2026-12-01'],
    [{ SOURCE_DATE_EPOCH: 'yesterday' }, '2026-12-01'],
    [{ SOURCE_DATE_EPOCH: '-5' }, '2026-12-01'],
  ])('%j → %s', (env, expected) => {
    expect(todayOf(env, NOW)).toBe(expected);
  });

  it('dates an undated article with SOURCE_DATE_EPOCH through the real CLI', () => {
    const run = runCli(['--format', 'json'], { input: 'Meta plans capex of $60-65 billion in 2025.\n', env: { SOURCE_DATE_EPOCH: '1767225600' } });
    expect(JSON.parse(run.stdout)).toMatchObject({ files: [{ date: '2026-01-01', dateSource: 'default' }] });
  });
});
