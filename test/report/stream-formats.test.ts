import { describe, expect, it } from 'vitest';
import { decideOutcome } from '../../src/report/decide-outcome.js';
import { FORMAT_NAMES, FORMATS } from '../../src/report/formats.js';
import type { HumanView } from '../../src/report/human-summary.js';
import { tallyReports } from '../../src/report/report-tally.js';
import { STREAMED_FORMATS } from '../../src/report/stream-formats.js';
import type { FileReport } from '../../src/types.js';
import { DATA, emptyReport, META_2025, PASSED, sampleReport } from './make-report.js';

const OPTIONS = { color: false, width: 120, version: '0.1.0', explain: false, data: DATA, records: [META_2025], outcome: PASSED, view: 'all', reportDate: '2025-02-12', stepSummary: false } as const;

/** The stream's head, every piece and its tail, as the CLI writes them. */
function streamed(name: (typeof FORMAT_NAMES)[number], reports: readonly FileReport[], options: typeof OPTIONS | (Omit<typeof OPTIONS, 'view' | 'color'> & { view: HumanView; color: boolean })): string {
  const format = STREAMED_FORMATS[name];
  const head = format.head(options);
  let { state } = head;
  let text = head.text;
  reports.forEach((report, index) => {
    const piece = format.piece(state, format.part(report, index + 1, options));
    text += piece.text;
    state = piece.state;
  });
  return text + format.tail(state, { tally: tallyReports(reports, options.view), outcome: options.outcome }, options);
}

const CORPORA: readonly (readonly [string, () => FileReport[]])[] = [
  ['no file', () => []],
  ['one empty file', () => [emptyReport()]],
  ['one file with findings', () => [sampleReport()]],
  ['files with and without findings', () => [emptyReport(), sampleReport(), emptyReport(), emptyReport(), sampleReport(), emptyReport()]],
];

describe('streamed reporters', () => {
  for (const [corpus, make] of CORPORA) {
    it.each(FORMAT_NAMES)(`%s: head + pieces + tail equal the whole report (${corpus})`, (name) => {
      const reports = make();
      expect(streamed(name, reports, OPTIONS)).toBe(FORMATS[name](reports, OPTIONS));
    });
  }

  it.each(['problems', 'errors'] as const)('human under the %s view, coloured and failing, equals the whole report', (view) => {
    const reports = CORPORA[3]?.[1]() ?? [];
    const options = { ...OPTIONS, view, color: true, outcome: decideOutcome({ errors: 1, warnings: 3, infos: 0 }, { failOn: 'warning', maxWarnings: 0 }) };
    expect(streamed('human', reports, options)).toBe(FORMATS.human(reports, options));
  });
});
