import { companyById } from '../../data/companies.js';
import { describeDate } from '../../describe/describe-date.js';
import { METRIC_NAMES } from '../../describe/metric-names.js';
import { describeReferenceValue } from '../../describe/describe-value.js';
import type { LineIndex } from '../../read/line-index.js';
import { describePeriod } from '../../reconcile/period-dates.js';
import type { Claim, Finding } from '../../types.js';
import { describeFooting, footingOf } from '../footing.js';
import { escapeHtml, sourceLink } from './escape-html.js';
import { verdictLabel } from './verdict-labels.js';

/** Where a card links: its mark in the article (null when the finding has no span to mark) and its timeline. */
export interface CardLinks {
  readonly cardId: string;
  readonly markId: string | null;
  readonly timeline: { readonly id: string; readonly name: string } | null;
  /** Marks at the finding's related places, by offset, to link to. */
  readonly markAt: (start: number) => string | null;
}

/** One finding in the side panel: the verdict in words, the figure as written, and all its evidence. */
export function renderFindingCard(finding: Finding, number: number, links: CardLinks, lines: LineIndex): string {
  const { line, column } = lines.toPosition(finding.span.start);
  const rows: [string, string][] = [];
  const official = finding.reference === null ? finding.evidence?.figure : describeReferenceValue(finding.reference);
  if (official !== undefined) rows.push(['Official figure', escapeHtml(official)]);
  rows.push([finding.verdict === 'not-checked' ? 'Why not checked' : 'Reasoning', escapeHtml(finding.message)]);
  if (finding.claim !== null) rows.push(['Claim as read', describeClaim(finding.claim)]);
  const source = sourceHtml(finding);
  if (source !== null) rows.push(['Source', source]);
  if (finding.reference !== null) rows.push(['Footing', escapeHtml(describeFooting(footingOf(finding.reference)).replace(/^Footing: /u, ''))]);
  for (const related of finding.related) {
    const position = lines.toPosition(related.start);
    const target = links.markAt(related.start);
    const where = `line ${position.line}, column ${position.column}`;
    rows.push(['See also', `${target === null ? escapeHtml(where) : `<a href="#${target}">${escapeHtml(where)}</a>`}: ${escapeHtml(related.message)}`]);
  }
  rows.push(['Rule', `${escapeHtml(finding.ruleId)} (${finding.severity})`]);
  const jump = [
    links.markId === null ? '' : `<a href="#${links.markId}">Show in the article</a>`,
    links.timeline === null ? '' : `<a href="#${links.timeline.id}">Timeline: ${escapeHtml(links.timeline.name)}</a>`,
  ].filter((link) => link !== '');
  const written = finding.span.text === '' ? '' : ` <q class="as-written">${escapeHtml(finding.span.text)}</q>`;
  return (
    `<li class="finding v-${finding.verdict} sev-${finding.severity}" id="${links.cardId}" data-verdict="${finding.verdict}"${links.markId === null ? '' : ` data-mark="${links.markId}"`} tabindex="-1">` +
    `<h4><span class="verdict-label">${escapeHtml(verdictLabel(finding.verdict))}</span>${written} <span class="where">#${number} · line ${line}, column ${column}</span></h4>` +
    `<dl>${rows.map(([term, detail]) => `<dt>${term}</dt><dd>${detail}</dd>`).join('')}</dl>` +
    (jump.length === 0 ? '' : `<p class="card-links">${jump.join(' · ')}</p>`) +
    '</li>'
  );
}

/** "Meta (“Zuckerberg”, subject) · capex (“invest”) · 2025 (“this year”)". */
function describeClaim(claim: Claim): string {
  const { company, metric, period } = claim.cues;
  const parts = [
    `${escapeHtml(companyById(claim.entity).displayName)} <span class="cue">(“${escapeHtml(company.text)}”, ${company.role})</span>`,
    `${escapeHtml(METRIC_NAMES[claim.metric])} <span class="cue">(“${escapeHtml(metric.text)}”)</span>`,
  ];
  if (claim.period !== null) {
    const cue = period === null ? 'assumed: no period written' : `“${escapeHtml(period.text)}”`;
    parts.push(`${escapeHtml(describePeriod(claim.period))} <span class="cue">(${cue})</span>`);
  }
  if (claim.project !== undefined) parts.push(`project <span class="cue">(“${escapeHtml(claim.project.text)}”)</span>`);
  return parts.join(' · ');
}

/** The cited source as a link with its publisher, date and class; or the official statistic's source. */
function sourceHtml(finding: Finding): string | null {
  const reference = finding.reference;
  if (reference !== null) {
    const { source } = reference;
    return (
      `${sourceLink(source.url, source.title)}, ${escapeHtml(source.publisher)}, ${escapeHtml(describeDate(source.date))} ` +
      `<span class="source-class class-${source.class}">${source.class} source</span><br><span class="url">${escapeHtml(source.url)}</span>`
    );
  }
  const evidence = finding.evidence;
  if (evidence === undefined) return null;
  const date = /^\d{4}-\d{2}/u.test(evidence.date) ? describeDate(evidence.date) : evidence.date;
  return `${sourceLink(evidence.url, evidence.source)}, ${escapeHtml(date)}<br><span class="url">${escapeHtml(evidence.url)}</span>`;
}
