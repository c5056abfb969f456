import type { ReferenceRecord } from '../../data/reference-schema.js';
import { describeDataVersions } from '../../describe/describe-data.js';
import { describeDate } from '../../describe/describe-date.js';
import { createLineIndex } from '../../read/line-index.js';
import type { DataVersions, FileReport, Finding } from '../../types.js';
import { summarize, type Summary } from '../summarize.js';
import { escapeHtml } from './escape-html.js';
import { renderFindingCard } from './finding-card.js';
import { collectTimelines, type CardedFinding } from './guidance-timelines.js';
import { highlightArticle, type ArticleMark } from './highlight-article.js';
import { PAGE_SCRIPT } from './page-script.js';
import { PAGE_STYLE } from './page-style.js';
import { describeSubject, renderTimeline } from './timeline-svg.js';
import { countVerdicts, mergeVerdictCounts, verdictLabel, type VerdictCount } from './verdict-labels.js';
import { DATE_SOURCE_NOTES } from '../../describe/describe-date-source.js';

/** What the HTML report needs besides the findings. */
export interface HtmlFormatOptions {
  readonly version: string;
  readonly data: DataVersions;
  /** Every reference record the run knew (bundled and the user's), to draw each checked figure's guidance timeline. */
  readonly records: readonly ReferenceRecord[];
}

/** Nothing may load: no network, no other file. Styles and the one script are inline. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/**
 * One self-contained HTML page: per file, the article with each figure highlighted by verdict, a panel
 * with every finding's evidence, and the guidance timeline of each company/metric/period checked.
 * Same reports in, same bytes out.
 */
export function formatHtml(reports: readonly FileReport[], options: HtmlFormatOptions): string {
  return htmlPage(reports.map((report, index) => htmlFileEntry(report, index + 1, options.records)), options);
}

/** One file's part of the page: its section, and what the page's header says about it. */
export interface HtmlFileEntry {
  readonly path: string;
  readonly counts: Summary;
  readonly verdicts: readonly VerdictCount[];
  readonly section: string;
}

/** The entry of the file numbered `fileNumber` (1-based, its place among the inputs). */
export function htmlFileEntry(report: FileReport, fileNumber: number, records: readonly ReferenceRecord[]): HtmlFileEntry {
  return { path: report.document.path, counts: summarize([report]), verdicts: countVerdicts(report.findings), section: renderFile(report, fileNumber, records) };
}

/** The page around every file's entry: the header counts and lists them all, so it is drawn last. */
export function htmlPage(entries: readonly HtmlFileEntry[], options: Omit<HtmlFormatOptions, 'records'>): string {
  const errors = sum(entries, (entry) => entry.counts.errors);
  const warnings = sum(entries, (entry) => entry.counts.warnings);
  const infos = sum(entries, (entry) => entry.counts.infos);
  const title = entries.length === 1 && entries[0] !== undefined ? `capcheck report: ${entries[0].path}` : `capcheck report: ${entries.length} files`;
  const fileNav = entries.map((entry, index) => `<li><a href="#file-${index + 1}">${escapeHtml(entry.path)}</a> <span class="meta">(${describeCounts(entry.verdicts)})</span></li>`);
  const filters = mergeVerdictCounts(entries.map((entry) => entry.verdicts)).map(
    ({ verdict, count }) => `<label><input type="checkbox" value="${verdict}" checked> ${escapeHtml(verdictLabel(verdict))} (${count})</label>`,
  );
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="capcheck ${escapeHtml(options.version)}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${PAGE_STYLE}</style>`,
    '</head>',
    '<body>',
    '<a class="skip" href="#main">Skip to the report</a>',
    '<header class="page">',
    '<h1>capcheck report</h1>',
    `<p class="summary">${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${infos} info in ${plural(entries.length, 'file')}.</p>`,
    `<nav class="files" aria-label="Files"><ul>${fileNav.join('')}</ul></nav>`,
    filters.length === 0 ? '' : `<form class="filters" data-js-only hidden aria-label="Filter findings by verdict"><fieldset><legend>Show verdicts</legend>${filters.join('')}</fieldset></form>`,
    '<p class="keys" data-js-only hidden>Keys: <kbd>j</kbd>/<kbd>n</kbd> next finding, <kbd>k</kbd>/<kbd>p</kbd> previous (on a finding, <kbd>↓</kbd>/<kbd>↑</kbd> too), <kbd>Enter</kbd> or <kbd>Space</kbd> opens its evidence, <kbd>Esc</kbd> goes back to the figure.</p>',
    '</header>',
    '<main id="main">',
    ...entries.map((entry) => entry.section),
    '</main>',
    `<footer class="page"><p>${escapeHtml(describeDataVersions(options.data))}</p><p>Made by capcheck ${escapeHtml(options.version)}, offline. Verdicts are labelled in words; source links open the publishers' pages.</p></footer>`,
    `<script>${PAGE_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function renderFile(report: FileReport, fileNumber: number, records: readonly ReferenceRecord[]): string {
  const prefix = `${fileNumber}-`;
  const lines = createLineIndex(report.document.source);
  const carded: CardedFinding[] = report.findings.map((finding, index) => ({ finding, cardId: `f-${prefix}${index + 1}` }));
  const markable = (finding: Finding): boolean => finding.span.end > finding.span.start && finding.verdict !== 'stale-data';
  const marks: ArticleMark[] = carded
    .filter(({ finding }) => markable(finding))
    .map(({ finding, cardId }, index) => ({
      start: finding.span.start,
      end: finding.span.end,
      id: `m-${cardId.slice(2)}`,
      cardId,
      verdict: finding.verdict,
      className: `v-${finding.verdict} sev-${finding.severity}`,
      badge: finding.verdict === 'not-checked' ? '○' : verdictLabel(finding.verdict),
      badgeName: `Finding ${index + 1}: ${finding.verdict === 'not-checked' ? 'not checked' : finding.verdict}, ${finding.span.text}`,
    }));
  const markIds = new Set(marks.map((mark) => mark.id));
  const markAtOffset = new Map<number, string>();
  for (const mark of marks) if (!markAtOffset.has(mark.start)) markAtOffset.set(mark.start, mark.id);
  const { timelines, timelineOf } = collectTimelines(carded, records, `t-${prefix}`);
  const timelineNames = new Map(timelines.map((timeline) => [timeline.id, describeSubject(timeline)]));
  const cards = carded.map(({ finding, cardId }, index) => {
    const markId = `m-${cardId.slice(2)}`;
    const timelineId = timelineOf.get(cardId);
    return renderFindingCard(finding, index + 1, {
      cardId,
      markId: markIds.has(markId) ? markId : null,
      timeline: timelineId === undefined ? null : { id: timelineId, name: timelineNames.get(timelineId) ?? '' },
      markAt: (start) => markAtOffset.get(start) ?? null,
    }, lines);
  });
  const notes = report.findings.filter((finding) => finding.verdict === 'stale-data').map((finding) => `<p>${escapeHtml(verdictLabel(finding.verdict))}: ${escapeHtml(finding.message)}</p>`);
  const titleId = `file-${fileNumber}-title`;
  return [
    `<section class="file" id="file-${fileNumber}" aria-labelledby="${titleId}">`,
    `<h2 id="${titleId}">${escapeHtml(report.document.path)}</h2>`,
    `<p class="meta">Checked as of ${escapeHtml(describeDate(report.date))} (${DATE_SOURCE_NOTES[report.dateSource]}) · ${fileCounts(report.findings)}</p>`,
    notes.length === 0 ? '' : `<div class="file-notes">${notes.join('')}</div>`,
    '<div class="layout">',
    `<article class="article" aria-labelledby="${titleId}-article"><h3 id="${titleId}-article">The article</h3>${articleText(report, marks)}</article>`,
    `<aside class="panel" aria-labelledby="${titleId}-findings"><h3 id="${titleId}-findings">Findings (${report.findings.length})</h3>`,
    cards.length === 0 ? '<p>No figure found.</p>' : `<ol class="findings">${cards.join('')}</ol>`,
    '</aside>',
    '</div>',
    timelines.length === 0
      ? ''
      : `<section class="timelines" aria-labelledby="${titleId}-timelines"><h3 id="${titleId}-timelines">Guidance timelines (${timelines.length})</h3>${timelines.map((timeline) => renderTimeline(timeline, report.date)).join('')}</section>`,
    '</section>',
  ].join('\n');
}

/**
 * The article as the reader wrote it; an HTML page as its text (markup blanked out, at the same offsets),
 * since its source would show the markup rather than the article.
 */
function articleText(report: FileReport, marks: readonly ArticleMark[]): string {
  const { document } = report;
  if (document.format !== 'html') return `<div class="source">${highlightArticle(document.source, marks)}</div>`;
  return `<p class="meta">The page's text; its markup is left out.</p><div class="source">${highlightArticle(markPadding(document.source, document.text), marks, 'collapse-blanks').trim()}</div>`;
}

/** The text with each blank that stands for markup (a space where the source has none) as NUL, so it can be dropped: "<b>$60</b>&ndash;65" reads "$60–65". */
function markPadding(source: string, text: string): string {
  const characters: string[] = [];
  for (let index = 0; index < text.length; index++) {
    const character = text[index] ?? '';
    const written = source[index] ?? '';
    // A blank under "&" is a decoded character reference ("&nbsp;"), not padding.
    characters.push(character === ' ' && written !== '&' && !/\s/u.test(written) ? '\u0000' : character);
  }
  return characters.join('');
}

/** "2 overstated, 1 supported, 3 not checked" (or "no findings"). */
function fileCounts(findings: readonly Finding[]): string {
  return describeCounts(countVerdicts(findings));
}

function describeCounts(verdicts: readonly VerdictCount[]): string {
  const counts = verdicts.map(({ verdict, count }) => `${count} ${verdict === 'not-checked' ? 'not checked' : verdict}`);
  return counts.length === 0 ? 'no findings' : counts.join(', ');
}

function sum(entries: readonly HtmlFileEntry[], count: (entry: HtmlFileEntry) => number): number {
  return entries.reduce((total, entry) => total + count(entry), 0);
}

function plural(count: number, word: string): string {
  return `${count} ${count === 1 ? word : `${word}s`}`;
}
