import { describe, expect, it } from 'vitest';
import { formatGithubStepSummary } from '../../src/report/format-github-step-summary.js';
import { FORMAT_NAMES, FORMATS } from '../../src/report/formats.js';
import { DATA, finding, makeReport, META_2025, moneyClaim, outcomeOf, spanOf } from './make-report.js';

/** Every control or bidi character capcheck must never print raw; line feeds are checked apart. */
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** Escapes capcheck paints with itself (SGR colours), the only ones allowed in a coloured human report. */
const SGR = /\u001b\[[0-9;]*m/g;

/** Text a hostile article, file name or record could carry: an OSC title change, a screen clear, BEL, BS, CR, DEL, C1 CSI, RLO. */
const HOSTILE = '\u001b]0;pwned\u0007\u001b[2J\b\r\u007f\u009b2J\u202e';
const FIGURE = `$60${HOSTILE}\n::error::injected billion`;
const SOURCE = `Meta will spend ${FIGURE} on capex in 2025.\n`;

function hostileReport() {
  const claim = moneyClaim(SOURCE, FIGURE, { entity: 'META', metric: 'capex', period: { kind: 'calendar-year', year: 2025 }, periodSource: 'stated' }, 60_000_000_000);
  const reference = { ...META_2025, source: { ...META_2025.source, title: `Title${HOSTILE}\n::error::x` } };
  return makeReport(`posts/a${HOSTILE}\n::error file=x::b.md`, SOURCE, [
    finding({ ruleId: 'understated', verdict: 'understated', severity: 'error', claim, reference, message: `"${FIGURE}" is below the guidance.`, related: [{ ...spanOf(SOURCE, FIGURE), message: `First "${FIGURE}".` }] }),
    finding({ ruleId: 'unverifiable', verdict: 'unverifiable', severity: 'warning', claim, reference: null, message: `Reason ${HOSTILE}\nnext line` }),
  ]);
}

const REPORTS = [hostileReport()];
const OPTIONS = { width: 120, version: '0.1.0', explain: true, data: DATA, records: [META_2025], outcome: outcomeOf(REPORTS), view: 'all', reportDate: '2025-02-12', stepSummary: false } as const;

describe('text from the article, its file name and records never reaches the output raw', () => {
  it.each(FORMAT_NAMES.flatMap((name) => [[name, false], [name, true]] as const))('%s (colour %s): no raw control or bidi character, no line a workflow command', (name, color) => {
    for (const width of [60, 120]) {
      const output = FORMATS[name](REPORTS, { ...OPTIONS, color, width });
      expect(output.replace(SGR, '')).not.toMatch(RAW);
      // The HTML report shows the article with its own lines; it is a page, not a log.
      if (name === 'html') continue;
      // The github format is workflow commands: one per finding and one for the failed run, the article's text never making another.
      if (name === 'github') expect(output.split('\n').filter((line) => line.startsWith('::'))).toHaveLength(3);
      else expect(output).not.toMatch(/^\s*::error/m);
    }
  });

  it('the github step summary as well', () => {
    const output = formatGithubStepSummary(REPORTS, DATA);
    expect(output).not.toMatch(RAW);
    // One table row per finding: a line break in article text must not end a row early.
    expect(output.split('\n').filter((line) => line.startsWith('| posts/'))).toHaveLength(2);
  });

  it.each([
    ['human', '\\x1b]0;pwned\\x07\\x1b[2J\\x08\\x0d\\x7f\\x9b2J\\u{202E}'],
    ['unix', 'posts/a\\x1b]0;pwned\\x07\\x1b[2J\\x08\\x0d\\x7f\\x9b2J\\u{202E}\\x0a::error file=x::b.md:1:17: error "$60\\x1b]0;pwned'],
    ['github', 'file=posts/a\\x1b]0;pwned\\x07\\x1b[2J\\x08\\x0d\\x7f\\x9b2J\\u{202E}\\x0a%3A%3Aerror file=x%3A%3Ab.md,'],
    ['json', '"text": "$60\\u001b]0;pwned\\u0007\\u001b[2J\\b\\r\\u007f\\u009b2J\\u202e\\n::error::injected billion"'],
    ['html', '$60\\x1b]0;pwned\\x07\\x1b[2J\\x08\\x0d\\x7f\\x9b2J\\u{202E}'],
  ] as const)('%s shows the escapes visibly: %s', (name, shown) => {
    expect(FORMATS[name](REPORTS, { ...OPTIONS, color: false })).toContain(shown);
  });

  it.each(['json', 'sarif', 'rdjson', 'claimreview'] as const)('%s keeps the text itself: it parses back to the article’s characters', (name) => {
    const output = FORMATS[name](REPORTS, { ...OPTIONS, color: false });
    expect(JSON.stringify(JSON.parse(output))).toContain(JSON.stringify(FIGURE).slice(1, -1));
  });
});
