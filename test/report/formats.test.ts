import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, FORMATS, type FormatName } from '../../src/report/formats.js';
import { DATA, emptyReport, PASSED, sampleReport } from './make-report.js';

const OPTIONS = { color: false, width: 120, version: '0.1.0', explain: false, data: DATA, records: [], outcome: PASSED, view: 'all', reportDate: '2025-02-12' } as const;
const MACHINE: readonly FormatName[] = ['json', 'unix', 'sarif', 'github', 'rdjson', 'claimreview'];

describe('format registry', () => {
  it('names every format', () => {
    expect(FORMAT_NAMES).toEqual(['human', 'json', 'unix', 'sarif', 'github', 'rdjson', 'claimreview', 'html']);
    expect(Object.keys(FORMATS)).toEqual(FORMAT_NAMES);
  });

  it.each(MACHINE)('%s writes only its payload: no colour, ends with a newline or is empty', (name) => {
    for (const reports of [[sampleReport()], [emptyReport()], []]) {
      const output = FORMATS[name](reports, { ...OPTIONS, color: true });
      expect(output).not.toMatch(/\u001b\[/);
      expect(output === '' || output.endsWith('\n')).toBe(true);
    }
  });

  it.each(['json', 'sarif', 'rdjson', 'claimreview'] as const)('%s is one JSON document', (name) => {
    expect(() => JSON.parse(FORMATS[name]([sampleReport()], OPTIONS))).not.toThrow();
  });

  it.each([
    ['unix', ''],
    ['github', ''],
    ['claimreview', '[]\n'],
    ['rdjson', '{\n  "source": {\n    "name": "capcheck"\n  },\n  "diagnostics": []\n}\n'],
  ] as const)('%s of an empty report is exactly %j', (name, expected) => {
    expect(FORMATS[name]([emptyReport()], OPTIONS)).toBe(expected);
  });

  it('json and sarif of an empty report carry no findings', () => {
    const json = JSON.parse(FORMATS.json([emptyReport()], OPTIONS)) as { files: { findings: unknown[] }[] };
    expect(json.files[0]?.findings).toEqual([]);
    const sarif = JSON.parse(FORMATS.sarif([emptyReport()], OPTIONS)) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0]?.results).toEqual([]);
  });

  it('passes colour and width to the human report', () => {
    expect(FORMATS.human([sampleReport()], { ...OPTIONS, color: true })).toMatch(/\u001b\[/);
    expect(FORMATS.human([sampleReport()], OPTIONS)).not.toMatch(/\u001b\[/);
    expect(FORMATS.human([emptyReport()], OPTIONS)).toContain('drafts/empty.md');
  });
});
