import { companyById } from '../../data/companies.js';
import type { ReferenceRecord, ReferenceValue } from '../../data/reference-schema.js';
import { describeDate } from '../../describe/describe-date.js';
import { METRIC_NAMES } from '../../describe/metric-names.js';
import { describeNumber, describeReferenceValue } from '../../describe/describe-value.js';
import { decimalFromInteger } from '../../money/decimal.js';
import type { IsoDate } from '../../types.js';
import { escapeHtml, sourceLink } from './escape-html.js';
import type { GuidanceTimeline, TimelineFigure } from './guidance-timelines.js';
import { layoutTimeline, type TimelineGeometry } from './timeline-geometry.js';

/** "Meta's capex, 2025" (with the project for a project's records). */
export function describeSubject(timeline: GuidanceTimeline): string {
  const { entity, metric, periodLabel, scope } = timeline.subject;
  const project = scope.kind === 'company' ? '' : ` (${scope.name})`;
  return `${companyById(entity).displayName}'s ${METRIC_NAMES[metric]}${project}, ${periodLabel}`;
}

/**
 * A figure holding the SVG timeline of one company/metric/period's records, with the article's date and
 * figures marked, a legend in words, and the same facts as a table for readers who cannot see the drawing.
 */
export function renderTimeline(timeline: GuidanceTimeline, articleDate: IsoDate): string {
  const records = timeline.records;
  // An article that repeats a figure eight times gets one mark for it, not eight on the same spot.
  const figures = distinctFigures(timeline.figures);
  const plotted = figures.flatMap((figure) => (figure.value === null ? [] : [figure.value]));
  const geometry = layoutTimeline(records.map((record) => ({ announced: record.announced, ...valueBounds(record.value) })), articleDate, plotted);
  const name = accessibleName(timeline, figures, articleDate);
  const titleId = `${timeline.id}-title`;
  const heading = escapeHtml(describeSubject(timeline));
  return [
    `<figure class="timeline" id="${timeline.id}" aria-labelledby="${timeline.id}-caption">`,
    `<figcaption id="${timeline.id}-caption"><strong>${heading}</strong>: every record on any date.`,
    ` <span class="legend"><span class="key key-current">▬ latest guidance</span> <span class="key key-superseded">▭ superseded (dashed)</span> <span class="key key-actual">▬ reported actual</span> <span class="key">▮ bold outline: in force on the article's date</span> <span class="key key-article">┆ article's date</span> <span class="key key-figure">◆ article's figure</span></span></figcaption>`,
    `<svg class="timeline-svg" role="img" aria-label="${escapeHtml(name)}" viewBox="0 0 ${geometry.width} ${geometry.height}" width="100%" preserveAspectRatio="xMidYMid meet">`,
    `<title id="${titleId}">${escapeHtml(name)}</title>`,
    axes(geometry, records[0]),
    steps(geometry, records),
    articleMarks(geometry, figures, articleDate),
    '</svg>',
    table(timeline, figures, geometry, articleDate),
    '</figure>',
  ].join('');
}

function accessibleName(timeline: GuidanceTimeline, figures: readonly TimelineFigure[], articleDate: IsoDate): string {
  const records = timeline.records;
  const first = records[0]?.announced ?? articleDate;
  const last = records.at(-1)?.announced ?? articleDate;
  const drawn = figures.filter((figure) => figure.value !== null).map((figure) => figure.text);
  const elsewhere = figures.filter((figure) => figure.value === null).map((figure) => figure.text);
  const count = `${records.length} ${records.length === 1 ? 'record' : 'records'}`;
  const marked = drawn.length === 0 ? "the article's date is marked" : `the article's date, ${describeDate(articleDate)}, and its ${drawn.length === 1 ? 'figure' : 'figures'} ${drawn.join(', ')} are marked`;
  const notDrawn = elsewhere.length === 0 ? '' : ` (${elsewhere.join(', ')}: another currency or unit, not drawn)`;
  return `Timeline of ${describeSubject(timeline)}: ${count} announced from ${describeDate(first)} to ${describeDate(last)}; ${drawn.length === 0 ? `${marked}, ${describeDate(articleDate)}` : marked}${notDrawn}.`;
}

function axes(geometry: TimelineGeometry, record: ReferenceRecord | undefined): string {
  const { plot } = geometry;
  const parts = [`<line class="axis" x1="${plot.left}" y1="${plot.bottom}" x2="${plot.right}" y2="${plot.bottom}"/>`];
  for (const tick of geometry.xTicks) {
    parts.push(`<line class="tick" x1="${tick.x}" y1="${plot.top}" x2="${tick.x}" y2="${plot.bottom + 4}"/>`);
    parts.push(`<text class="tick-label" x="${tick.x}" y="${plot.bottom + 18}" text-anchor="middle">${escapeHtml(tick.label)}</text>`);
  }
  for (const tick of geometry.yTicks) {
    const label = record === undefined ? String(tick.value) : describeNumber(decimalFromInteger(Math.round(tick.value)), record.measure);
    parts.push(`<line class="grid" x1="${plot.left}" y1="${tick.y}" x2="${plot.right}" y2="${tick.y}"/>`);
    parts.push(`<text class="tick-label" x="${plot.left - 6}" y="${tick.y + 4}" text-anchor="end">${escapeHtml(label)}</text>`);
  }
  return parts.join('');
}

function steps(geometry: TimelineGeometry, records: readonly ReferenceRecord[]): string {
  return geometry.steps
    .map((step, index) => {
      const record = records[index];
      if (record === undefined) return '';
      const kind = record.basis === 'actual' ? 'actual' : step.superseded ? 'superseded' : 'current';
      const atArticle = geometry.inForce === index ? ' at-article' : '';
      const height = Math.max(step.yBottom - step.yTop, 3);
      const width = Math.max(step.x2 - step.x1, 2);
      const value = describeReferenceValue(record);
      const status = step.superseded ? `superseded on ${describeDate(records[index + 1]?.announced ?? record.announced)}` : 'the latest record';
      const repeated = index > 0 && records[index - 1] !== undefined && describeReferenceValue(records[index - 1] as ReferenceRecord) === value;
      // Labels alternate above and below the band so neighbouring steps do not overwrite each other.
      const labelY = index % 2 === 0 ? step.yTop - 5 : step.yTop + height + 12;
      // Near the right edge a label ends at the step's end instead of running off the drawing.
      const nearEdge = step.x1 > geometry.plot.right - 110;
      const labelX = nearEdge ? `${geometry.plot.right}" text-anchor="end` : `${step.x1 + 2}`;
      const label = repeated ? '' : `<text class="step-label" x="${labelX}" y="${labelY}">${escapeHtml(value)}</text>`;
      return (
        `<g class="step step-${kind}${atArticle}"><title>${escapeHtml(`${value}, ${record.basis}, announced ${describeDate(record.announced)}; ${status}`)}</title>` +
        `<rect x="${step.x1}" y="${step.yTop}" width="${round(width)}" height="${round(height)}"/>${label}</g>`
      );
    })
    .join('');
}

function articleMarks(geometry: TimelineGeometry, figures: readonly TimelineFigure[], articleDate: IsoDate): string {
  const { plot, articleX } = geometry;
  const parts = [
    `<g class="article-date"><title>${escapeHtml(`The article's date: ${describeDate(articleDate)}`)}</title>`,
    `<line x1="${articleX}" y1="${plot.top - 10}" x2="${articleX}" y2="${plot.bottom}"/>`,
    `<text x="${articleX}" y="${plot.top - 14}" text-anchor="${articleX > geometry.width / 2 ? 'end' : 'start'}">article ${escapeHtml(describeDate(articleDate))}</text></g>`,
  ];
  const plotted = figures.filter((figure) => figure.value !== null);
  const labelYs = spreadLabels(geometry.figures.map((place) => (place.yTop + place.yBottom) / 2), 13);
  plotted.forEach((figure, index) => {
    const place = geometry.figures[index];
    if (place === undefined) return;
    const middle = round((place.yTop + place.yBottom) / 2);
    const label = fitLabel(figure.text, articleX, geometry.width);
    const offScale = place.offScale === null ? '' : ` (off the scale, ${place.offScale})`;
    const bar = place.yBottom - place.yTop > 1 ? `<line class="figure-range" x1="${articleX}" y1="${place.yTop}" x2="${articleX}" y2="${place.yBottom}"/>` : '';
    parts.push(
      `<g class="article-figure"><title>${escapeHtml(`The article's figure: ${figure.text}${offScale}`)}</title>${bar}` +
        `<path d="M${articleX} ${round(middle - 6)} l6 6 l-6 6 l-6 -6 z"/><text class="figure-label" x="${label.x}" y="${round((labelYs[index] ?? middle) + 4)}" text-anchor="${label.anchor}">${escapeHtml(label.text)}</text></g>`,
    );
  });
  return parts.join('');
}

function table(timeline: GuidanceTimeline, figures: readonly TimelineFigure[], geometry: TimelineGeometry, articleDate: IsoDate): string {
  const rows = timeline.records.map((record, index) => {
    const superseded = geometry.steps[index]?.superseded === true;
    const next = timeline.records[index + 1];
    const status = [
      superseded && next !== undefined ? `superseded on ${describeDate(next.announced)}` : 'latest record',
      geometry.inForce === index ? "in force on the article's date" : '',
    ].filter((part) => part !== '');
    const source = record.source;
    return (
      `<tr><td>${escapeHtml(describeDate(record.announced))}</td><td>${escapeHtml(describeReferenceValue(record))}</td><td>${escapeHtml(record.basis)}</td>` +
      `<td>${escapeHtml(status.join('; '))}</td><td>${sourceLink(source.url, source.title)} (${escapeHtml(source.publisher)}, ${escapeHtml(source.class)} source)</td></tr>`
    );
  });
  const texts = figures.map((figure) => escapeHtml(figure.text)).join('; ');
  rows.push(`<tr class="article-row"><td>${escapeHtml(describeDate(articleDate))}</td><td>${texts}</td><td>the article</td><td>as written</td><td>—</td></tr>`);
  return (
    `<details class="timeline-table"><summary>The timeline as a table</summary><div class="table-scroll"><table>` +
    `<caption>${escapeHtml(describeSubject(timeline))}</caption>` +
    `<thead><tr><th scope="col">Announced</th><th scope="col">Value</th><th scope="col">Kind</th><th scope="col">Status</th><th scope="col">Source</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></div></details>`
  );
}

/** Roughly how wide 11px text is per character: enough to keep labels inside the drawing. */
const CHARACTER_WIDTH = 6.4;

/** A figure's label beside its mark: to the right when it fits, else to the left, else shortened to fit the wider side. */
function fitLabel(text: string, x: number, width: number): { x: number; anchor: 'start' | 'end'; text: string } {
  const right = width - (x + 9);
  const left = x - 9;
  const needed = [...text].length * CHARACTER_WIDTH;
  const anchor = needed <= right || right >= left ? 'start' : 'end';
  const room = anchor === 'start' ? right : left;
  const fits = Math.floor(room / CHARACTER_WIDTH);
  const shown = needed <= room ? text : `${[...text].slice(0, Math.max(fits - 1, 1)).join('')}…`;
  return { x: anchor === 'start' ? x + 9 : x - 9, anchor, text: shown };
}

/** The figures as written, each text once, in order of first mention. */
function distinctFigures(figures: readonly TimelineFigure[]): TimelineFigure[] {
  const seen = new Set<string>();
  return figures.filter((figure) => !seen.has(figure.text) && seen.add(figure.text) !== undefined);
}

/** Label heights moved apart, keeping their order, so no two are closer than `gap`. */
function spreadLabels(ys: readonly number[], gap: number): number[] {
  const order = ys.map((y, index) => ({ y, index })).sort((a, b) => a.y - b.y || a.index - b.index);
  const placed: number[] = [];
  let previous = Number.NEGATIVE_INFINITY;
  for (const { y, index } of order) {
    previous = Math.max(y, previous + gap);
    placed[index] = previous;
  }
  return placed;
}

function valueBounds(value: ReferenceValue): { low: number; high: number } {
  return value.kind === 'range' ? { low: value.low, high: value.high } : { low: value.value, high: value.value };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
