/**
 * The report's stylesheet, inlined into the page: system fonts only, colours with at least 4.5:1
 * contrast for text, and one column below 60em so the page reads at 200% zoom without sideways scrolling.
 */
export const PAGE_STYLE = `
:root { color-scheme: light; --ink: #1a202c; --muted: #4a5568; --line: #cbd5e0; --bg: #ffffff; --panel: #f7fafc; --focus: #1d4ed8;
  --error: #9b1c1c; --error-bg: #fde2e2; --warning: #7c4a03; --warning-bg: #fdf0c9; --ok: #1e5631; --ok-bg: #dcf5e3; --info-bg: #e8eef7; }
* { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK JP", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji"; color: var(--ink); background: var(--bg); overflow-wrap: anywhere; }
a { color: #1a4fb5; }
:focus-visible, .finding:focus, mark .badge:focus { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999em; }
.skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: .5rem; z-index: 2; }
header.page, main, footer.page { padding: 0 1.25rem; max-width: 96rem; margin: 0 auto; }
header.page { border-bottom: 1px solid var(--line); padding-bottom: .75rem; }
h1 { font-size: 1.5rem; margin: .75rem 0 .25rem; }
h2 { font-size: 1.25rem; margin: 1.5rem 0 .25rem; }
h3 { font-size: 1.05rem; margin: .75rem 0 .5rem; }
h4 { font-size: 1rem; margin: 0 0 .35rem; font-weight: 600; }
.summary, .meta, .keys, footer.page { color: var(--muted); }
nav.files ul { list-style: none; padding: 0; margin: .25rem 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
.filters { margin: .5rem 0; }
.filters fieldset { border: 1px solid var(--line); border-radius: 6px; padding: .25rem .75rem .5rem; margin: 0; }
.filters legend { font-weight: 600; padding: 0 .25rem; }
.filters label { display: inline-block; margin: .15rem 1rem .15rem 0; white-space: nowrap; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1rem 1.5rem; }
@media (min-width: 60em) {
  .layout { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); }
  .panel { position: sticky; top: 0; max-height: 100vh; overflow: auto; }
}
.article .source { white-space: pre-wrap; font-size: 1rem; line-height: 1.8; margin: 0; padding: .75rem 1rem; border: 1px solid var(--line); border-radius: 6px; }
mark { color: inherit; border-radius: 3px; padding: 0 .1em; background: var(--info-bg); border-bottom: 2px solid var(--muted); }
mark.sev-error { background: var(--error-bg); border-bottom: 3px solid var(--error); }
mark.sev-warning { background: var(--warning-bg); border-bottom: 3px dashed var(--warning); }
mark.v-supported { background: var(--ok-bg); border-bottom: 2px solid var(--ok); }
mark.v-not-checked { background: none; border-bottom: 1px dotted var(--muted); padding: 0; }
mark.current { outline: 3px solid var(--focus); }
mark .badge { font-size: .72em; vertical-align: super; line-height: 1; margin-left: .2em; padding: 0 .3em; border-radius: 3px;
  text-decoration: none; white-space: nowrap; color: var(--ink); background: var(--bg); border: 1px solid var(--muted); }
mark.sev-error > .badge { color: var(--error); border-color: var(--error); font-weight: 600; }
mark.sev-warning > .badge { color: var(--warning); border-color: var(--warning); }
mark.v-supported > .badge { color: var(--ok); border-color: var(--ok); }
mark.v-not-checked > .badge { border: none; color: var(--muted); }
mark[data-off] { background: none; border-bottom: none; }
mark[data-off] > .badge { display: none; }
.panel { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 0 .75rem .75rem; }
ol.findings { list-style: none; padding: 0; margin: 0; }
.finding { background: var(--bg); border: 1px solid var(--line); border-left: 6px solid var(--muted); border-radius: 4px; padding: .5rem .75rem; margin: 0 0 .6rem; }
.finding.sev-error { border-left-color: var(--error); }
.finding.sev-warning { border-left-color: var(--warning); border-left-style: double; }
.finding.v-supported { border-left-color: var(--ok); }
.finding[aria-current="true"] { box-shadow: 0 0 0 3px var(--focus); }
.finding .verdict-label { font-weight: 700; margin-right: .35em; }
.finding.sev-error .verdict-label { color: var(--error); }
.finding.sev-warning .verdict-label { color: var(--warning); }
.finding.v-supported .verdict-label { color: var(--ok); }
.finding .where { font-weight: 400; color: var(--muted); font-size: .85em; white-space: nowrap; }
.finding dl { display: grid; grid-template-columns: minmax(6.5em, max-content) minmax(0, 1fr); gap: .15rem .75rem; margin: 0; font-size: .92rem; }
.finding dt { font-weight: 600; color: var(--muted); }
.finding dd { margin: 0; }
.finding .url, .cue { color: var(--muted); font-size: .85em; }
.source-class { font-size: .8em; border: 1px solid var(--muted); border-radius: 3px; padding: 0 .3em; white-space: nowrap; }
.card-links { margin: .35rem 0 0; font-size: .9rem; }
.file-notes { border-left: 6px double var(--warning); background: var(--warning-bg); padding: .35rem .75rem; margin: .5rem 0; }
.timelines { margin-top: 1.25rem; }
.timeline { margin: 0 0 1.5rem; max-width: 56rem; }
.timeline figcaption { margin-bottom: .25rem; }
.legend { display: block; color: var(--muted); font-size: .9rem; }
.key { white-space: nowrap; margin-right: .75rem; }
.key-current { color: #1d4ed8; } .key-superseded { color: #4a5568; } .key-actual { color: #1e5631; } .key-article, .key-figure { color: var(--error); }
.timeline-svg { display: block; max-width: 100%; height: auto; font-size: 11px; font-family: inherit; }
.timeline-svg .axis { stroke: var(--ink); }
.timeline-svg .tick, .timeline-svg .grid { stroke: #e2e8f0; }
.timeline-svg .tick-label { fill: var(--muted); }
.timeline-svg .step rect { fill: #93b4f5; stroke: #1d4ed8; stroke-width: 1.5; }
.timeline-svg .step-superseded rect { fill: #e2e8f0; stroke: #4a5568; stroke-dasharray: 4 3; }
.timeline-svg .step-actual rect { fill: #9ae6b4; stroke: #1e5631; }
.timeline-svg .at-article rect { stroke-width: 3; stroke-dasharray: none; }
.timeline-svg .figure-label { fill: var(--error); font-weight: 600; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
.timeline-svg .step-label { fill: var(--ink); }
.timeline-svg .step-superseded .step-label { fill: var(--muted); font-style: italic; }
.timeline-svg .article-date line { stroke: var(--error); stroke-width: 1.5; stroke-dasharray: 5 3; }
.timeline-svg .article-date text { fill: var(--error); font-weight: 600; }
.timeline-svg .article-figure path { fill: var(--error); stroke: #fff; stroke-width: 1; }
.timeline-svg .figure-range { stroke: var(--error); stroke-width: 3; }
.table-scroll { overflow-x: auto; }
table { border-collapse: collapse; font-size: .9rem; margin: .25rem 0; }
caption { text-align: left; font-weight: 600; }
th, td { border: 1px solid var(--line); padding: .2rem .45rem; text-align: left; vertical-align: top; }
@media (max-width: 40em) { .finding dl { grid-template-columns: minmax(0, 1fr); } .finding dt { margin-top: .25rem; } }
@media print { .filters, .keys, .skip { display: none; } .panel { position: static; max-height: none; } }
`;
