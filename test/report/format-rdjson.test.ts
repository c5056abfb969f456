import { describe, expect, it } from 'vitest';
import { formatRdjson } from '../../src/report/format-rdjson.js';
import { expectMatchesFile } from './expect-file.js';
import { emptyReport, sampleReport, SOURCE } from './make-report.js';

interface Position {
  line: number;
  column: number;
}
interface Rdjson {
  source: { name: string };
  diagnostics: {
    severity: string;
    code: { value: string; url: string };
    location: { path: string; range: { start: Position; end: Position } };
    related_locations?: { message: string; location: { path: string; range: { start: Position; end: Position } } }[];
  }[];
}

describe('rdjson format', () => {
  it('gives the expected diagnostic result', () => {
    expectMatchesFile(formatRdjson([sampleReport()]), new URL('expected/sample.rdjson', import.meta.url));
  });

  it('counts columns in UTF-8 bytes, as reviewdog requires', () => {
    const result = JSON.parse(formatRdjson([sampleReport()])) as Rdjson;
    const line2 = SOURCE.split('\n')[1] ?? '';
    const bytesBefore = Buffer.byteLength(line2.slice(0, line2.indexOf('$70 billion')));
    expect(result.diagnostics[0]?.location.range).toEqual({ start: { line: 2, column: 61 }, end: { line: 2, column: 72 } });
    expect(bytesBefore + 1).toBe(61);
    expect(result.diagnostics[3]?.related_locations).toEqual([
      {
        message: 'The article first gives "$70 billion" for the same figure.',
        location: { path: 'posts/ai-capex.md', range: { start: { line: 2, column: 61 }, end: { line: 2, column: 72 } } },
      },
    ]);
  });

  it('maps severities and rule ids', () => {
    const result = JSON.parse(formatRdjson([sampleReport('.\\posts\\a.md')])) as Rdjson;
    expect(result.source).toEqual({ name: 'capcheck' });
    expect(result.diagnostics.map((each) => [each.severity, each.code.value, each.location.path])).toEqual([
      ['ERROR', 'overstated', 'posts/a.md'],
      ['INFO', 'supported', 'posts/a.md'],
      ['WARNING', 'unverifiable', 'posts/a.md'],
      ['ERROR', 'overstated', 'posts/a.md'],
    ]);
  });

  it("links each diagnostic's code to its rule's page (code.url, which reviewdog shows)", () => {
    const result = JSON.parse(formatRdjson([sampleReport()])) as Rdjson;
    expect(result.diagnostics.map((each) => each.code)).toEqual(
      ['overstated', 'supported', 'unverifiable', 'overstated'].map((id) => ({ value: id, url: `https://github.com/capcheck/capcheck/blob/main/docs/rules/${id}.md` })),
    );
  });

  it('writes an empty diagnostics list for no findings', () => {
    const empty = '{\n  "source": {\n    "name": "capcheck"\n  },\n  "diagnostics": []\n}\n';
    expect(formatRdjson([])).toBe(empty);
    expect(formatRdjson([emptyReport()])).toBe(empty);
  });
});
