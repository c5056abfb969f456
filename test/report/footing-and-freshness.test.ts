/**
 * Every format shows how firm a finding's record is (its footing) and names the data the run
 * checked against; a file-level stale-data finding, which has no figure, is placed at 1:1 in each.
 */
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatGithubStepSummary } from '../../src/report/format-github-step-summary.js';
import { FORMATS } from '../../src/report/formats.js';
import { DATA, outcomeOf, PASSED, sampleReport, staleReport } from './make-report.js';

const OPTIONS = { color: false, width: 120, version: '0.1.0', explain: false, data: DATA, records: [], outcome: PASSED, view: 'all', reportDate: '2025-02-12' } as const;
const DATA_LINE = 'Data: reference records 2025-02-04 (announcements through 4 Feb 2025) · ECB rates through 7 Feb 2025 · World Bank GDP through 2023';
const WEAK = 'Footing: rests on a secondary page (weak source); no company statement stored; confidence low';
const PRIMARY = 'Footing: company statement (primary source); confidence high';
const STALE_MESSAGE =
  "Guidance may have changed since capcheck's data (through 4 Feb 2025): the article (10 Jun 2025) is more than 30 days after its newest records for Meta's capex (29 Jan 2025) and Microsoft's capex (3 Jan 2025).";

describe('human report', () => {
  // Wide enough that no line wraps: the strings below are whole.
  const human = FORMATS.human([sampleReport()], { ...OPTIONS, width: 400, outcome: outcomeOf([sampleReport()]) });

  it('shows the footing under each finding resting on a record', () => {
    expect(human).toContain(WEAK);
    expect(human).toContain(PRIMARY);
    expect(human.split(WEAK)).toHaveLength(3); // the two Meta findings; the Apple one rests on no record
  });

  it('names the data under the summary line', () => {
    expect(human.trimEnd().split('\n').slice(-3)).toEqual(['✖ 2 errors, 1 warning, 1 info (1 supported, 0 not checked) in 1 file', '  failed: 2 errors reach --fail-on error', DATA_LINE]);
  });

  it('puts a file-level stale-data warning under the file header, not in the table', () => {
    const lines = FORMATS.human([staleReport()], { ...OPTIONS, width: 400, outcome: outcomeOf([staleReport()]) }).split('\n');
    expect(lines[0]).toBe('posts/ai-capex.md (as of 10 Jun 2025, from --date)');
    expect(lines[1]).toBe(`  warning stale-data: ${STALE_MESSAGE}`);
    expect(lines[2]?.trim().startsWith('Where')).toBe(true);
  });
});

describe('json report', () => {
  interface Json {
    data: unknown;
    files: { findings: { ruleId: string; text: string; line: number; column: number; endLine: number; endColumn: number; footing: unknown; message: string }[] }[];
  }
  const json = JSON.parse(FORMATS.json([staleReport()], OPTIONS)) as Json;
  const findings = json.files[0]?.findings ?? [];

  it('has a top-level data object', () => {
    expect(json.data).toEqual({
      reference: { source: 'bundled', version: '2025-02-04', dataThrough: '2025-02-04' },
      fx: { source: 'bundled', name: 'ECB euro foreign exchange reference rates', through: '2025-02-07' },
      gdp: { source: 'bundled', name: 'World Bank, GDP (current US$), indicator NY.GDP.MKTP.CD', through: 2023 },
    });
  });

  it('gives each finding its footing, null without a record', () => {
    expect(findings.map((finding) => finding.footing)).toEqual([
      null,
      { sourceClass: 'weak', confidence: 'low', userData: false, primaryStored: false, quoteLacksFigure: false },
      { sourceClass: 'primary', confidence: 'high', userData: false, primaryStored: true, quoteLacksFigure: false },
      null,
      { sourceClass: 'weak', confidence: 'low', userData: false, primaryStored: false, quoteLacksFigure: false },
    ]);
  });

  it('places the stale-data finding at the start of the file, with no text', () => {
    expect(findings[0]).toMatchObject({ ruleId: 'stale-data', text: '', line: 1, column: 1, endLine: 1, endColumn: 1, message: STALE_MESSAGE });
  });
});

describe('sarif', () => {
  interface Sarif {
    runs: { properties: { data: unknown }; results: { ruleId: string; properties: { footing?: unknown }; locations: { physicalLocation: { region: unknown } }[] }[] }[];
  }
  const text = FORMATS.sarif([staleReport()], OPTIONS);
  const run = (JSON.parse(text) as Sarif).runs[0];

  it('names the data in the run properties and the footing in result properties', () => {
    expect(run?.properties.data).toEqual(DATA);
    expect(run?.results[1]?.properties.footing).toMatchObject({ sourceClass: 'weak', confidence: 'low' });
    expect(run?.results[0]?.properties.footing).toBeUndefined();
  });

  it('points the stale-data result at line 1, column 1, and stays valid SARIF 2.1.0', () => {
    expect(run?.results[0]).toMatchObject({ ruleId: 'stale-data', locations: [{ physicalLocation: { region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 } } }] });
    const { $schema: _draft04, id, ...schema } = JSON.parse(readFileSync(new URL('schemas/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormatsModule.default(ajv);
    const validate = ajv.compile({ ...schema, $id: String(id) });
    expect(validate(JSON.parse(text))).toBe(true);
  });
});

describe('one-line and annotation formats', () => {
  it('unix: a footing suffix before the rule, the stale-data warning at 1:1, no data line', () => {
    const lines = FORMATS.unix([staleReport()], OPTIONS).trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe(`posts/ai-capex.md:1:1: warning ${STALE_MESSAGE} [stale-data]`);
    expect(lines[1]).toMatch(/guidance may have changed since\. \(footing: weak source, no company statement, confidence low\) \[overstated\]$/);
    expect(lines[2]).toMatch(/\(footing: primary source, confidence high\) \[supported\]$/);
    expect(lines.join('\n')).not.toContain('Data:');
  });

  it('github: the footing in the evidence line, the stale-data warning as a file annotation at 1:1', () => {
    const output = FORMATS.github([staleReport()], OPTIONS);
    expect(output).toContain(`::warning file=posts/ai-capex.md,line=1,col=1,endLine=1,endColumn=1,title=capcheck%3A stale-data::${STALE_MESSAGE}\n`);
    expect(output).toContain(`https://example.com/meta/q4-2024_(results) — ${WEAK}.`);
  });

  it('github step summary: names the data, and the footing beside each source', () => {
    const summary = formatGithubStepSummary([staleReport()], DATA);
    expect(summary).toContain(`\n${DATA_LINE}.\n`);
    expect(summary).toContain('29 Jan 2025 (weak source, no company statement, confidence low) |');
    expect(summary).toContain('| posts/ai-capex.md:1:1 |  | stale-data (warning) | — | — | Guidance may have changed');
  });

  it('rdjson: the footing in the message, the stale-data diagnostic at 1:1', () => {
    const result = JSON.parse(FORMATS.rdjson([staleReport()], OPTIONS)) as { diagnostics: { message: string; code: { value: string }; location: { range: unknown } }[] };
    expect(result.diagnostics[0]).toMatchObject({ code: { value: 'stale-data' }, message: STALE_MESSAGE, location: { range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } } });
    expect(result.diagnostics[1]?.message).toContain(WEAK);
  });

  it('claimreview: footing and data in the review body; no review for the file-level warning', () => {
    const reviews = JSON.parse(FORMATS.claimreview([staleReport()], OPTIONS)) as { reviewBody: string }[];
    expect(reviews).toHaveLength(3);
    expect(reviews[0]?.reviewBody).toBe(`${WEAK}. ${DATA_LINE}.`);
    expect(reviews[1]?.reviewBody).toBe(`${PRIMARY}. ${DATA_LINE}.`);
  });
});
