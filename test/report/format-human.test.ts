/**
 * The human report fits the width it is given: the compact layout below 100 columns, the table
 * from 100; the only line allowed past the width is a URL longer than it, alone on its line.
 */
import { describe, expect, it } from 'vitest';
import { decideOutcome, type Thresholds } from '../../src/report/decide-outcome.js';
import { displayWidth } from '../../src/report/display-width.js';
import { formatHuman, type HumanFormatOptions, type HumanView } from '../../src/report/format-human.js';
import { summarize } from '../../src/report/summarize.js';
import type { FileReport } from '../../src/types.js';
import { isUrl } from '../../src/report/wrap-text.js';
import { DATA, emptyReport, META_2025, sampleReport, staleReport } from './make-report.js';

const LONG_URL = `https://example.com/meta/${'q4-2024-results-call-transcript-'.repeat(5)}`;
const LONG_MESSAGE = 'Meta said on its call that capital expenditures would rise sharply as it builds out AI capacity; this sentence is long so that it must wrap at every width the report is drawn at, twice or more.';

/** The sample report with long messages, a URL longer than any width, and a long path. */
function longReport(): FileReport {
  const sample = sampleReport('drafts/a-rather-long-folder-name/an-article-about-ai-capital-expenditure-guidance.md');
  return {
    ...sample,
    findings: sample.findings.map((finding) =>
      finding.reference === null
        ? { ...finding, message: LONG_MESSAGE }
        : { ...finding, message: `${finding.message} ${LONG_MESSAGE}`, reference: { ...META_2025, source: { ...META_2025.source, url: LONG_URL } } },
    ),
  };
}

function options(reports: readonly FileReport[], width: number, view: HumanView = 'all', thresholds: Thresholds = { failOn: 'error', maxWarnings: null }): HumanFormatOptions {
  return { color: false, width, explain: true, data: DATA, view, outcome: decideOutcome(summarize(reports), thresholds) };
}

function draw(reports: readonly FileReport[], width: number, view: HumanView = 'all', thresholds?: Thresholds): string[] {
  return formatHuman(reports, options(reports, width, view, thresholds)).trimEnd().split('\n');
}

describe('human report width', () => {
  const reports = [longReport(), emptyReport()];

  it.each([60, 80, 100, 160])('no line is wider than %i columns, but a URL alone on its line', (width) => {
    const lines = draw(reports, width);
    const over = lines.filter((line) => displayWidth(line) > width);
    expect(over.length).toBeGreaterThan(0); // the long URL, which must stay whole
    for (const line of over) expect(isUrl(line.trim()), line).toBe(true);
    expect(lines.filter((line) => line.trim() === LONG_URL)).toHaveLength(3);
  });

  it.each([
    [60, 'compact'],
    [99, 'compact'],
    [100, 'table'],
    [160, 'table'],
  ] as const)('at %i columns draws the %s layout', (width, layout) => {
    const lines = draw([sampleReport()], width);
    expect(lines.some((line) => /^ {2}Where +As written +Verdict +Official figure +Source$/.test(line))).toBe(layout === 'table');
    expect(lines.some((line) => line.startsWith('  2:47 overstated "$70 billion" · official $60–65 billion'))).toBe(layout === 'compact');
  });

  it('a wrapped stale-data note hangs under its first line, apart from the figures', () => {
    const lines = draw([staleReport()], 80);
    expect(lines[1]?.startsWith('  warning stale-data: Guidance may have changed')).toBe(true);
    expect(lines[2]?.startsWith('    ')).toBe(true);
    expect(lines.filter((line) => displayWidth(line) > 80)).toEqual([]);
  });

  it('draws a narrower width than 40 as 40', () => {
    expect(draw(reports, 10)).toEqual(draw(reports, 40));
  });

  it.each([80, 160])('at %i columns paints the verdict word in its severity colour', (width) => {
    const text = formatHuman([sampleReport()], { ...options([sampleReport()], width), color: true });
    expect(text).toContain('\u001b[31m\u001b[1moverstated');
    expect(text).toContain('\u001b[33munverifiable');
    expect(text).toContain('\u001b[32msupported');
  });

  it('prints every verdict as a word, with colour off or on', () => {
    for (const color of [false, true]) {
      const text = formatHuman([sampleReport()], { ...options([sampleReport()], 80), color });
      for (const verdict of ['overstated', 'supported', 'unverifiable']) expect(text).toContain(verdict);
    }
  });

  it('a compact block gives the figure, the official figure, the source with its footing, the message and the URL', () => {
    const block = draw([sampleReport()], 80).slice(1, 6);
    expect(block).toEqual([
      '  2:47 overstated "$70 billion" · official $60–65 billion',
      '    Q4 2024 earnings call | CFO outlook, 29 Jan 2025 · weak source, no company',
      '    statement, confidence low',
      '    "$70 billion" is $5 billion (7.7%) above the top of Meta\'s capex guidance',
      '    for 2025: $60–65 billion (29 Jan 2025).',
    ]);
  });
});

describe('human report files and views', () => {
  it('a file with no figure takes one line', () => {
    const files = [emptyReport('a.md'), emptyReport('b.md'), sampleReport(), emptyReport('c.md'), emptyReport('d.md')];
    const text = draw(files, 80).join('\n');
    expect(text.startsWith('a.md: no figure found\nb.md: no figure found\n\nposts/ai-capex.md')).toBe(true);
    expect(text).toContain('\n\nc.md: no figure found\nd.md: no figure found\n\n✖ ');
  });

  it.each([
    ['all', ['posts/ai-capex.md', 'drafts/empty.md'], ['overstated', 'supported', 'unverifiable'], null],
    ['problems', ['posts/ai-capex.md'], ['overstated', 'unverifiable'], '  hidden by --problems-only: 1 info, and 1 file with nothing else'],
    ['errors', ['posts/ai-capex.md'], ['overstated'], '  hidden by --quiet: 1 warning and 1 info, and 1 file with nothing else'],
  ] as const)('view %s shows those files and verdicts, and says what it hid', (view, files, verdicts, hidden) => {
    const text = draw([sampleReport(), emptyReport()], 80, view).join('\n');
    for (const file of ['posts/ai-capex.md', 'drafts/empty.md']) expect(text.includes(file)).toBe((files as readonly string[]).includes(file));
    for (const verdict of ['overstated', 'supported', 'unverifiable']) expect(text.includes(`"${verdict}`) || new RegExp(` ${verdict} "`).test(text)).toBe((verdicts as readonly string[]).includes(verdict));
    // The counts stay true whatever the view hides.
    expect(text).toContain('✖ 2 errors, 1 warning, 1 info (1 supported, 0 not checked) in 2 files');
    if (hidden === null) expect(text).not.toContain('hidden by');
    else expect(text).toContain(hidden);
  });

  it('-q on a file with only a supported figure hides it and still counts it', () => {
    const supportedOnly: FileReport = { ...sampleReport(), findings: sampleReport().findings.filter((finding) => finding.verdict === 'supported') };
    const lines = draw([supportedOnly], 80, 'errors');
    expect(lines.slice(0, 2)).toEqual(['✔ 0 errors, 0 warnings, 1 info (1 supported, 0 not checked) in 1 file', '  hidden by --quiet: 1 info, and 1 file with nothing else']);
    expect(lines.join('\n')).not.toMatch(/No figure/);
  });
});

describe('human report summary', () => {
  it.each([
    ['an error fails under --fail-on error', { failOn: 'error', maxWarnings: null }, '✖ ', '  failed: 2 errors reach --fail-on error'],
    ['both thresholds', { failOn: 'error', maxWarnings: 0 }, '✖ ', '  failed: 2 errors reach --fail-on error; 1 warning exceeds --max-warnings 0'],
  ] as const)('%s', (_, thresholds, symbol, reason) => {
    const lines = draw([sampleReport()], 160, 'all', thresholds);
    const summary = lines.findIndex((line) => line.startsWith(symbol));
    expect(lines[summary + 1]).toBe(reason);
  });

  it('warnings that pass say why, and a ⚠, not a ✖', () => {
    const warningsOnly: FileReport = { ...sampleReport(), findings: sampleReport().findings.filter((finding) => finding.severity !== 'error') };
    const lines = draw([warningsOnly], 160, 'all', { failOn: 'error', maxWarnings: 3 });
    expect(lines.slice(-3, -1)).toEqual(['⚠ 0 errors, 1 warning, 1 info (1 supported, 0 not checked) in 1 file', '  passed: no finding reaches --fail-on error, 1 warning within --max-warnings 3']);
  });

  it('a run with only supported figures says only ✔ and the counts', () => {
    const supportedOnly: FileReport = { ...sampleReport(), findings: sampleReport().findings.filter((finding) => finding.verdict === 'supported') };
    expect(draw([supportedOnly], 160).slice(-2, -1)).toEqual(['✔ 0 errors, 0 warnings, 1 info (1 supported, 0 not checked) in 1 file']);
  });
});
