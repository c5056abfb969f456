/// <reference lib="dom" />
/**
 * The HTML report in a real browser: Debian's Chromium, headless, driven by playwright-core. The report
 * is made by the real CLI, opened from a file with every network request refused, and used as a reader
 * would: keys, filters, the timeline, 200% zoom, and with JavaScript off.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../run-cli.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTICLE = 'fixtures/written-precision/input.txt';
const DATE = '2025-02-10';
const ARTIFACTS = join(REPO_ROOT, 'test', 'browser', 'artifacts');

let browser: Browser;
let reportUrl: string;
/** Every request the pages tried that was not for a local file. */
const networkAttempts: string[] = [];
/** The source each finding cites, from the JSON report of the same run: the oracle for the panel's links. */
let citedUrls: (string | null)[];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: the browser test needs Debian's chromium (apt-get install chromium); .ci/run installs it`);
  }
  const folder = mkdtempSync(join(tmpdir(), 'capcheck-browser-'));
  const output = join(folder, 'report.html');
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'capcheck.js'), ARTICLE, '--format', 'html', '-o', output, '--date', DATE], { cwd: REPO_ROOT, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(1);
  reportUrl = pathToFileURL(output).href;
  const json = JSON.parse(runCli([ARTICLE, '--format', 'json', '--date', DATE]).stdout) as { files: { findings: { reference: { source: { url: string } } | null }[] }[] };
  citedUrls = (json.files[0]?.findings ?? []).map((finding) => finding.reference?.source.url ?? null);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** A page on the report in a fresh context that refuses every request but for local files. */
async function openReport(options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await watchedPage(context, networkAttempts);
  await page.goto(reportUrl);
  return { context, page };
}

/** A page whose requests for anything but local files are refused and written down in `attempts`. */
async function watchedPage(context: BrowserContext, attempts: string[]): Promise<Page> {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    attempts.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) attempts.push(request.url());
  });
  return page;
}

/** The id of the focused element, and of the card or mark it belongs to. */
function focusedFinding(page: Page): Promise<{ tag: string; card: string | null; mark: string | null }> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return {
      tag: active?.tagName.toLowerCase() ?? '',
      card: active?.closest('.finding')?.id ?? null,
      mark: active?.closest('mark')?.id ?? null,
    };
  });
}

describe('the HTML report in Chromium', { timeout: 60_000 }, () => {
  it('writes down and refuses a request for the network (so the checks of the report below can fail)', async () => {
    const context = await browser.newContext();
    const attempts: string[] = [];
    const page = await watchedPage(context, attempts);
    await expect(page.goto('http://capcheck.invalid/')).rejects.toThrow();
    expect(attempts).toContain('http://capcheck.invalid/');
    await context.close();
  });

  it('moves between findings with the keys and opens the evidence in the panel', async () => {
    const { context, page } = await openReport();
    await page.keyboard.press('j');
    expect(await focusedFinding(page)).toEqual({ tag: 'a', card: null, mark: 'm-1-1' });
    await expect.poll(() => page.getAttribute('#f-1-1', 'aria-current')).toBe('true');
    await page.keyboard.press('n');
    await page.keyboard.press('ArrowDown');
    expect(await focusedFinding(page)).toEqual({ tag: 'a', card: null, mark: 'm-1-3' });
    await page.keyboard.press('k');
    expect((await focusedFinding(page)).mark).toBe('m-1-2');
    await page.keyboard.press('p');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    expect(await focusedFinding(page)).toEqual({ tag: 'li', card: 'f-1-3', mark: null });
    const card = page.locator('#f-1-3');
    await expect.poll(() => card.getAttribute('aria-current')).toBe('true');
    const text = await card.innerText();
    expect(text).toContain('✖ overstated');
    expect(text).toContain('up to $72 billion');
    expect(text).toMatch(/Official figure\s+\$60–65 billion/u);
    expect(text).toContain('Meta');
    expect(await card.locator('dd a[rel="noopener noreferrer"]').first().getAttribute('href')).toBe(citedUrls[2]);
    await page.keyboard.press('Escape');
    expect((await focusedFinding(page)).mark).toBe('m-1-3');
    await page.keyboard.press(' ');
    expect((await focusedFinding(page)).card).toBe('f-1-3');
    await context.close();
    expect(networkAttempts).toEqual([]);
  });

  it('hides and shows the marks and cards of a verdict with its filter', async () => {
    const { context, page } = await openReport();
    const supportedBadges = page.locator('mark.v-supported > .badge');
    expect(await supportedBadges.count()).toBe(3);
    await expect.poll(() => supportedBadges.first().isVisible()).toBe(true);
    const filter = page.getByRole('checkbox', { name: '✔ supported (3)' });
    await filter.uncheck();
    for (const badge of await supportedBadges.all()) expect(await badge.isVisible()).toBe(false);
    expect(await page.locator('.finding.v-supported').first().isVisible()).toBe(false);
    expect(await page.locator('mark.v-overstated > .badge').first().isVisible()).toBe(true);
    // The keys skip what the filter hides: the first finding shown is the overstated one.
    await page.locator('h1').click();
    await page.keyboard.press('j');
    expect((await focusedFinding(page)).mark).toBe('m-1-3');
    await filter.check();
    for (const badge of await supportedBadges.all()) expect(await badge.isVisible()).toBe(true);
    await context.close();
    expect(networkAttempts).toEqual([]);
  });

  it('draws each guidance timeline with the article date marked and an accessible name, and saves a screenshot', async () => {
    const { context, page } = await openReport();
    const timeline = page.getByRole('img', { name: /^Timeline of Meta.s capex, 2025: 6 records .*10 Feb 2025/u });
    expect(await timeline.count()).toBe(1);
    expect(await timeline.locator('.article-date line').count()).toBe(1);
    expect(await timeline.locator('.article-figure').count()).toBe(4);
    const box = await timeline.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(300);
    expect(await page.locator('figure.timeline').count()).toBe(3);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'html-report.png'), fullPage: true });
    expect(readFileSync(join(ARTIFACTS, 'html-report.png')).subarray(1, 4).toString()).toBe('PNG');
    await context.close();
    expect(networkAttempts).toEqual([]);
  });

  it('reads at 200% zoom without sideways scrolling, the panel below the article', async () => {
    const { context, page } = await openReport({ viewport: { width: 640, height: 900 }, deviceScaleFactor: 2 });
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, body: document.body.scrollWidth, view: window.innerWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.view);
    expect(widths.body).toBeLessThanOrEqual(widths.view);
    const article = await page.locator('article.article').boundingBox();
    const panel = await page.locator('aside.panel').boundingBox();
    expect(panel!.y).toBeGreaterThanOrEqual(article!.y + article!.height);
    await page.screenshot({ path: join(ARTIFACTS, 'html-report-zoom-200.png'), fullPage: false });
    await context.close();
    expect(networkAttempts).toEqual([]);
  });

  it('lists every finding, readable and linked, with JavaScript off', async () => {
    const { context, page } = await openReport({ javaScriptEnabled: false });
    const cards = page.locator('.finding');
    expect(await cards.count()).toBe(8);
    for (const card of await cards.all()) expect(await card.isVisible()).toBe(true);
    expect(await page.locator('.filters').isVisible()).toBe(false);
    expect(await page.locator('#f-1-3').innerText()).toMatch(/Official figure\s+\$60–65 billion/u);
    await page.locator('#m-1-3 > .badge').click();
    expect(await page.evaluate(() => window.location.hash)).toBe('#f-1-3');
    expect(await page.locator('details.timeline-table').count()).toBe(3);
    await context.close();
    expect(networkAttempts).toEqual([]);
  });
});
