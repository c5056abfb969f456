import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../run-cli.js';

type Api = typeof import('../../src/index.js');
type CheckOptions = import('../../src/index.js').CheckOptions;

/** The package's entry point as users import it: the compiled `dist/index.js` (`npm run build` first). */
let api: Api;
beforeAll(async () => {
  api = (await import(pathToFileURL(join(REPO_ROOT, 'dist', 'index.js')).href)) as Api;
});

const ARTICLE = [
  '---',
  'date: 2025-02-10',
  '---',
  '',
  'Meta expects capital expenditures of $60–65 billion in 2025. Alphabet will spend $95 billion on capex in 2025.',
  '',
].join('\n');

describe('check(text, options), from the built package', () => {
  it('returns the JSON report: a supported and an overstated figure', () => {
    const report = api.check(ARTICLE, { path: 'post.md' });
    expect(report.schemaVersion).toBe(1);
    expect(report.files.map((file) => [file.path, file.date, file.dateSource])).toEqual([['post.md', '2025-02-10', 'document']]);
    expect(report.files[0]?.findings.map((finding) => [finding['text'], finding['verdict']])).toEqual([
      ['$60–65 billion', 'supported'],
      ['$95 billion', 'overstated'],
    ]);
    expect(report.summary).toEqual({ errors: 1, warnings: 0, infos: 1 });
  });

  const PAGE = `<!doctype html><html><body><p>${ARTICLE.split('\n')[4] ?? ''}</p></body></html>`;
  it.each<[string, string, readonly string[], CheckOptions]>([
    ['Markdown by name', ARTICLE, ['--stdin-filename', 'post.md'], { path: 'post.md' }],
    ['plain text, dated by option', ARTICLE, ['--date', '2025-03-01'], { date: '2025-03-01' }],
    ['HTML by name', PAGE, ['--stdin-filename', 'page.html', '--date', '2025-02-10'], { path: 'page.html', date: '2025-02-10' }],
  ])('equals what `capcheck --format json` prints: %s', (_, text, flags, options) => {
    const run = runCli(['--format', 'json', '--no-config', ...flags], { input: text });
    expect(run.stderr).toBe('');
    expect(api.check(text, options)).toStrictEqual(JSON.parse(run.stdout));
  });

  it('reads the format it is told over the one the name implies', () => {
    // Read as text, the front matter's date line still dates it; read as Markdown, the fence is no prose.
    const fenced = '---\ndate: 2025-02-10\n---\n\n```\nAlphabet will spend $95 billion on capex in 2025.\n```\n';
    expect(api.check(fenced, { path: 'post.md' }).files[0]?.findings).toEqual([]);
    expect(api.check(fenced, { path: 'post.md', format: 'text' }).files[0]?.findings.map((finding) => finding['verdict'])).toEqual(['overstated']);
  });

  it.each([
    [{ date: '2025-02-30' }, 'date: "2025-02-30" is not a calendar date in YYYY-MM-DD form'],
    [{ url: '/posts/capex' }, 'url: "/posts/capex" is not an absolute http(s) URL'],
    [{ data: ['no-such-records.json'] }, /no-such-records\.json/],
  ])('throws one line for bad options: %j', (options, message) => {
    expect(() => api.check(ARTICLE, options)).toThrow(message);
  });
});
