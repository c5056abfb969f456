import { NO_METADATA } from '../../../src/read/article-metadata.js';
import { describe, expect, it } from 'vitest';
import { formatHtml } from '../../../src/report/html/format-html.js';
import { referenceRecord } from '../../data/reference-record.js';
import { DATA, emptyReport, finding, makeReport, META_2025, moneyClaim, MSFT_FY2025, sampleReport } from '../make-report.js';

/** An earlier step of META_2025's chain, so the timeline has a superseded step. */
const META_2025_FIRST = referenceRecord({
  ...META_2025,
  id: 'META-CAPEX-2025-ZUCK',
  announced: '2025-01-24',
  supersededBy: META_2025.id,
  supersededOn: META_2025.announced,
  source: { ...META_2025.source, url: 'https://example.org/zuck-post', title: 'A post' },
});
const RECORDS = [META_2025_FIRST, { ...META_2025, supersedes: META_2025_FIRST.id }, MSFT_FY2025];
const OPTIONS = { version: '0.1.0', data: DATA, records: RECORDS };

/** A report whose article carries markup, a closing script tag and a figure inside `<script>` text. */
function hostileReport(): ReturnType<typeof makeReport> {
  const source = 'Meta <script>var capex = "$70 billion on capex in 2025";</script> </script><img src=x onerror=alert(1)> "quoted" & more\n';
  const claim = moneyClaim(source, '$70 billion', { entity: 'META', metric: 'capex', period: { kind: 'calendar-year', year: 2025 }, periodSource: 'stated' }, 70_000_000_000);
  return makeReport('posts/<evil>&"name".md', source, [
    finding({ ruleId: 'overstated', verdict: 'overstated', severity: 'error', claim, reference: META_2025, message: '"$70 billion" </script><b>is above</b>' }),
  ]);
}

function attributeValues(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'gu'))].map((match) => match[1] ?? '');
}

describe('formatHtml', () => {
  it('is one self-contained page with a strict content security policy', () => {
    const html = formatHtml([sampleReport()], OPTIONS);
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">`);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b/iu);
    expect(html).not.toMatch(/@import|url\(|@font-face/iu);
    expect(attributeValues(html, 'src')).toEqual([]);
  });

  it('links only to the page itself and to the sources of the evidence', () => {
    const html = formatHtml([sampleReport()], OPTIONS);
    const sources = new Set(RECORDS.map((record) => record.source.url));
    const external = attributeValues(html, 'href').filter((href) => !href.startsWith('#'));
    expect(external.length).toBeGreaterThan(0);
    for (const href of external) expect(sources.has(href.replace(/&amp;/gu, '&'))).toBe(true);
  });

  it('keeps hostile article text, paths and messages from breaking out of their elements', () => {
    const html = formatHtml([hostileReport()], OPTIONS);
    expect(html.match(/<script\b/giu)).toHaveLength(1);
    expect(html.match(/<\/script/giu)).toHaveLength(1);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>is above');
    expect(html).not.toContain('<evil>');
    expect(html).toContain('&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
    // The figure inside the article's script text is still marked, as text.
    expect(html).toMatch(/<mark id="m-1-1" class="v-overstated sev-error" data-verdict="overstated">\$70 billion<a class="badge" href="#f-1-1"/u);
  });

  it('labels every verdict in words beside the colour, and lists every finding with an anchor', () => {
    const html = formatHtml([sampleReport()], OPTIONS);
    expect(html.match(/<a class="badge"[^>]*>✖ overstated<\/a>/gu)).toHaveLength(2);
    expect(html).toMatch(/<a class="badge"[^>]*>✔ supported<\/a>/u);
    expect(html).toMatch(/<a class="badge"[^>]*>\? unverifiable<\/a>/u);
    expect(html.match(/<li class="finding /gu)).toHaveLength(4);
    for (const id of ['f-1-1', 'f-1-2', 'f-1-3', 'f-1-4']) expect(html).toContain(`id="${id}"`);
    expect(html).toContain('<label><input type="checkbox" value="overstated" checked> ✖ overstated (2)</label>');
  });

  it('shows the evidence of a finding in its card: official figure, message, claim, source and footing', () => {
    const html = formatHtml([sampleReport()], OPTIONS);
    const card = /<li class="finding[^>]*id="f-1-1"[\s\S]*?<\/li>/u.exec(html)?.[0] ?? '';
    expect(card).toContain('<dt>Official figure</dt><dd>$60–65 billion</dd>');
    expect(card).toContain('above the top of Meta&#39;s capex guidance');
    expect(card).toContain('<dt>Claim as read</dt><dd>Meta');
    expect(card).toContain('<a href="https://example.com/meta/q4-2024_(results)" rel="noopener noreferrer">Q4 2024 earnings call | CFO outlook</a>, example.com, 29 Jan 2025');
    expect(card).toContain('weak source');
    expect(card).toContain('<a href="#t-1-1">Timeline: Meta&#39;s capex, 2025</a>');
  });

  it('draws one timeline per company, metric and period, with every step, the article date and its figures', () => {
    const html = formatHtml([sampleReport()], OPTIONS);
    const timelines = html.match(/<figure class="timeline"/gu) ?? [];
    expect(timelines).toHaveLength(2);
    const meta = /<figure class="timeline" id="t-1-1"[\s\S]*?<\/figure>/u.exec(html)?.[0] ?? '';
    expect(meta).toMatch(/<svg class="timeline-svg" role="img" aria-label="Timeline of Meta&#39;s capex, 2025: 2 records announced from 24 Jan 2025 to 29 Jan 2025; the article&#39;s date, 10 Feb 2025, and its figures \$70 billion, \$75 billion are marked\."/u);
    expect(meta.match(/<g class="step step-superseded/gu)).toHaveLength(1);
    expect(meta.match(/<g class="step step-current at-article"/gu)).toHaveLength(1);
    expect(meta.match(/<g class="article-figure">/gu)).toHaveLength(2);
    expect(meta).toContain('<g class="article-date"><title>The article&#39;s date: 10 Feb 2025</title>');
    expect(meta).toContain('<td>superseded on 29 Jan 2025</td>');
    expect(meta).toContain('<td>latest record; in force on the article&#39;s date</td>');
  });

  it('gives several files a section each, with a file nav at the top', () => {
    const html = formatHtml([sampleReport('a.md'), emptyReport('b.md')], OPTIONS);
    expect(html).toContain('<nav class="files" aria-label="Files"><ul><li><a href="#file-1">a.md</a>');
    expect(html).toContain('<li><a href="#file-2">b.md</a> <span class="meta">(no findings)</span></li>');
    expect(html.match(/<section class="file" id="file-\d"/gu)).toHaveLength(2);
    expect(html).toContain('id="f-1-1"');
    expect(html).not.toContain('id="f-2-1"');
  });

  it('is the same bytes for the same reports', () => {
    expect(formatHtml([sampleReport(), hostileReport()], OPTIONS)).toBe(formatHtml([sampleReport(), hostileReport()], OPTIONS));
  });

  it('draws a repeated figure once, names one in another currency as not drawn, and leaves out findings about other words', () => {
    const source = 'Meta will spend $70 billion on capex in 2025. Again: $70 billion. Or 65 billion euros. That is more than the GDP of Croatia.\n';
    const period = { kind: 'calendar-year', year: 2025 } as const;
    const claim = (text: string, occurrence = 0) => moneyClaim(source, text, { entity: 'META', metric: 'capex', period, periodSource: 'stated' }, 70_000_000_000, occurrence);
    const euros = { ...claim('65 billion euros'), figure: { ...claim('65 billion euros').figure, currency: 'EUR' as const } };
    const croatia = source.indexOf('Croatia');
    const report = makeReport('a.md', source, [
      finding({ ruleId: 'overstated', verdict: 'overstated', severity: 'error', claim: claim('$70 billion'), reference: META_2025, message: 'over' }),
      finding({ ruleId: 'overstated', verdict: 'overstated', severity: 'error', claim: claim('$70 billion', 1), reference: META_2025, message: 'over' }),
      finding({ ruleId: 'supported', verdict: 'supported', severity: 'info', claim: euros, reference: META_2025, message: 'agrees' }),
      finding({ ruleId: 'gdp-comparison', verdict: 'supported', severity: 'info', claim: claim('$70 billion'), reference: null, message: 'larger', span: { text: 'Croatia', start: croatia, end: croatia + 7 } }),
    ]);
    const html = formatHtml([report], OPTIONS);
    expect(html).toContain('and its figure $70 billion are marked (65 billion euros: another currency or unit, not drawn).');
    expect(html.match(/<g class="article-figure">/gu)).toHaveLength(1);
    expect(html.match(/Timeline: Meta&#39;s capex, 2025/gu)).toHaveLength(3);
  });

  it('shows an HTML page as its text, markup and its padding left out, at the same offsets', () => {
    const source = '<p>Meta: <b>$60</b>&ndash;65&nbsp;billion</p>\n<script>x()</script>';
    const text = '   Meta:    $60    –      65      billion    \n                    ';
    expect(text).toHaveLength(source.length);
    const figure = { start: source.indexOf('$60'), end: source.indexOf('</p>') };
    const read = moneyClaim(text, '$60', { entity: 'META', metric: 'capex', period: { kind: 'calendar-year', year: 2025 }, periodSource: 'stated' }, 60_000_000_000);
    const claim = { ...read, figure: { ...read.figure, ...figure, text: source.slice(figure.start, figure.end) } };
    const report = { ...makeReport('page.html', source, [finding({ ruleId: 'supported', verdict: 'supported', severity: 'info', claim, reference: META_2025, message: 'agrees' })]), document: { path: 'page.html', format: 'html' as const, source, text, barriers: [], layout: { prose: [] }, statedDate: null, metadata: NO_METADATA } };
    const html = formatHtml([report], OPTIONS);
    expect(html).toContain('<div class="source">Meta: <mark id="m-1-1" class="v-supported sev-info" data-verdict="supported">$60–65 billion<a class="badge"');
    expect(html).not.toContain('&lt;b&gt;');
  });

  it('draws no timeline when no record matches, and still lists the finding', () => {
    const html = formatHtml([sampleReport()], { ...OPTIONS, records: [] });
    expect(html).not.toContain('<figure class="timeline"');
    expect(html.match(/<li class="finding /gu)).toHaveLength(4);
  });
});
