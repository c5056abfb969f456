import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { REPO_ROOT, runCli } from '../run-cli.js';

interface Review {
  url?: string;
  claimReviewed: string;
  datePublished: string;
  reviewRating: { alternateName: string };
  itemReviewed: { datePublished?: string; author?: unknown; appearance: Record<string, string> };
}

/** An article whose front matter states its address, authors and date; both figures are Meta's 2025 capex. */
const ARTICLE = [
  '---',
  'title: The capex race',
  'date: 2025-02-10',
  'author: [Jane Doe, Max Roe]',
  'canonical_url: https://news.example/2025/capex',
  '---',
  '',
  'Meta expects capital expenditures of $60–65 billion in 2025, more than double what it spent in 2024.',
  '',
].join('\n');

function draftFolder(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'capcheck-claimreview-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

function reviews(stdout: string): Review[] {
  return JSON.parse(stdout) as Review[];
}

describe('capcheck --format claimreview', () => {
  it('reviews the money claim and its growth apart, with the address, authors and date the article states', () => {
    const folder = draftFolder({ 'capex.md': ARTICLE });
    const run = runCli(['--format', 'claimreview', 'capex.md'], { cwd: folder });
    expect(run.stderr).toBe('');
    const [money, growth, ...rest] = reviews(run.stdout);
    expect(rest).toEqual([]);
    expect(money).toMatchObject({ url: 'https://news.example/2025/capex#capcheck-8-38', claimReviewed: 'Meta 2025 capex: $60–65 billion', reviewRating: { alternateName: 'Supported' } });
    expect(growth).toMatchObject({ url: 'https://news.example/2025/capex#capcheck-8-62', claimReviewed: 'Meta 2025 capex growth: more than double', reviewRating: { alternateName: 'Overstated' } });
    expect(money?.itemReviewed).toEqual({
      '@type': 'Claim',
      author: [{ '@type': 'Person', name: 'Jane Doe' }, { '@type': 'Person', name: 'Max Roe' }],
      datePublished: '2025-02-10',
      appearance: { '@type': 'CreativeWork', url: 'https://news.example/2025/capex', name: 'capex.md', headline: 'The capex race' },
    });
    // The review is made on the day of the run, which is after the article's date.
    expect(money?.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(money?.datePublished).not.toBe('2025-02-10');
  });

  it('takes --url over the address the article states', () => {
    const folder = draftFolder({ 'capex.md': ARTICLE });
    const run = runCli(['--format', 'claimreview', '--url', 'https://blog.example/p/capex', 'capex.md'], { cwd: folder });
    const [money] = reviews(run.stdout);
    expect(money?.url).toBe('https://blog.example/p/capex#capcheck-8-38');
    expect(money?.itemReviewed.appearance['url']).toBe('https://blog.example/p/capex');
  });

  it('gives no url and names the file when the article states no address', () => {
    const run = runCli(['--format', 'claimreview', '--date', '2025-02-10', '--stdin-filename', 'drafts/capex.txt'], { input: 'Meta expects capex of $60–65 billion in 2025.\n' });
    const [money] = reviews(run.stdout);
    expect(money).not.toHaveProperty('url');
    expect(money?.itemReviewed).toEqual({ '@type': 'Claim', datePublished: '2025-02-10', appearance: { '@type': 'CreativeWork', name: 'drafts/capex.txt' } });
  });

  it.each([
    [['--url', 'news.example/capex', '-'], 'capcheck: --url: "news.example/capex" is not an absolute http(s) URL\n'],
    [['--url', '/posts/capex/', '-'], 'capcheck: --url: "/posts/capex/" is not an absolute http(s) URL\n'],
    [['--url', 'https://news.example/capex', 'a.md', 'b.md'], "capcheck: --url: names one article's address, but 2 inputs were given (check one, or state each article's url in its front matter)\n"],
  ])('refuses %j with one line and exit 2', (args, stderr) => {
    const folder = draftFolder({ 'a.md': ARTICLE, 'b.md': ARTICLE });
    const run = runCli(['--format', 'claimreview', ...args], { cwd: folder, input: ARTICLE });
    expect(run).toEqual({ exitCode: 2, stdout: '', stderr });
  });

  it("dates the review with the run's day, from the clock the CLI is given", async () => {
    let out = '';
    const code = await main(['--format', 'claimreview', '--stdin-filename', 'capex.md'], {
      stdin: Object.assign(Readable.from([ARTICLE]), { isTTY: false }),
      stdout: { write: (text: string) => (out += text), isTTY: false },
      stderr: { write: () => true, isTTY: false },
      env: {},
      today: () => '2026-03-01',
      cwd: () => REPO_ROOT,
    });
    expect(code).toBe(1);
    expect(reviews(out).map((review) => [review.datePublished, review.itemReviewed.datePublished])).toEqual([
      ['2026-03-01', '2025-02-10'],
      ['2026-03-01', '2025-02-10'],
    ]);
  });
});
