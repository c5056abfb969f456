import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, RULES } from '../../src/reconcile/rules.js';
import { formatSarif } from '../../src/report/format-sarif.js';
import { expectMatchesFile } from './expect-file.js';
import { DATA, emptyReport, makeReport, sampleReport, SOURCE } from './make-report.js';

const OPTIONS = { version: '0.1.0', data: DATA };

/**
 * The official OASIS schema is draft-04, which ajv 8 cannot load; the keywords it uses mean the same
 * in ajv's default draft-07, once `id` is spelled `$id` and the draft-04 meta-schema link is dropped.
 */
function compileSarifSchema(): ValidateFunction {
  const { $schema: _draft04, id, ...schema } = JSON.parse(readFileSync(new URL('schemas/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv({ allErrors: true, strict: false });
  // ajv-formats is CommonJS: under NodeNext its default import is the module, whose `default` is the plugin.
  addFormatsModule.default(ajv);
  return ajv.compile({ ...schema, $id: String(id) });
}

const validateSarif = compileSarifSchema();

function parse(text: string): Log {
  return JSON.parse(text) as Log;
}

describe('sarif format', () => {
  it('gives the expected log (rules listed by id: their text comes from the catalogue, checked below)', () => {
    const log = parse(formatSarif([sampleReport()], OPTIONS));
    const run = log.runs[0];
    if (run === undefined) throw new Error('no run');
    const rules = run.tool.driver.rules?.map((rule) => rule.id);
    const pinned = { ...log, runs: [{ ...run, tool: { driver: { ...run.tool.driver, rules } } }] };
    expectMatchesFile(`${JSON.stringify(pinned, null, 2)}\n`, new URL('expected/sample.sarif', import.meta.url));
  });

  it.each([
    ['the sample', [sampleReport()]],
    ['two files, one with an awkward name', [sampleReport(), sampleReport('drafts\\Q1 #2: <final>.md')]],
    ['stdin', [sampleReport('<stdin>')]],
    ['no findings', [emptyReport()]],
    ['no files', []],
  ])('validates against the OASIS SARIF 2.1.0 schema: %s', (_name, reports) => {
    const valid = validateSarif(JSON.parse(formatSarif(reports, OPTIONS)));
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is checked by a validator that does reject bad logs (column 0, a raw "<stdin>" URI)', () => {
    const log = parse(formatSarif([sampleReport()], OPTIONS));
    const location = log.runs[0]?.results?.[0]?.locations?.[0]?.physicalLocation;
    if (location?.region === undefined || location.artifactLocation === undefined) throw new Error('no location');
    location.region.startColumn = 0;
    expect(validateSarif(log)).toBe(false);
    location.region.startColumn = 1;
    location.artifactLocation.uri = '<stdin>';
    expect(validateSarif(log)).toBe(false);
  });

  it('lists every rule a finding can carry, each with the text GitHub requires', () => {
    const driver = parse(formatSarif([], OPTIONS)).runs[0]?.tool.driver;
    expect(driver?.rules?.map((rule) => rule.id)).toEqual(RULE_IDS);
    expect(driver?.rules?.map((rule) => [rule.shortDescription?.text, rule.help?.text])).toEqual(RULE_IDS.map((id) => [RULES[id].summary, RULES[id].help]));
    for (const rule of driver?.rules ?? []) {
      for (const text of [rule.name, rule.shortDescription?.text, rule.fullDescription?.text, rule.help?.text, rule.help?.markdown]) {
        expect(text).toMatch(/\S/);
        expect((text ?? '').length).toBeLessThanOrEqual(1024);
      }
      expect(rule.defaultConfiguration?.level).toMatch(/^(error|warning|note)$/);
    }
    expect(driver).not.toHaveProperty('informationUri');
  });

  it("links every rule to its page in the repository's docs/rules (helpUri)", () => {
    const rules = parse(formatSarif([], OPTIONS)).runs[0]?.tool.driver.rules ?? [];
    expect(rules.map((rule) => [rule.id, rule.helpUri])).toEqual(
      RULE_IDS.map((id) => [id, `https://github.com/capcheck/capcheck/blob/main/docs/rules/${id}.md`]),
    );
  });

  it('points results at their rules and maps severities to levels', () => {
    const run = parse(formatSarif([sampleReport()], OPTIONS)).runs[0];
    const rules = run?.tool.driver.rules ?? [];
    expect(run?.columnKind).toBe('utf16CodeUnits');
    expect(run?.results?.map((result) => [result.ruleId, rules[result.ruleIndex ?? -1]?.id, result.level])).toEqual([
      ['overstated', 'overstated', 'error'],
      ['supported', 'supported', 'note'],
      ['unverifiable', 'unverifiable', 'warning'],
      ['overstated', 'overstated', 'error'],
    ]);
  });

  it('counts columns in UTF-16 code units past "€", "—", "’" and an emoji', () => {
    const region = parse(formatSarif([sampleReport()], OPTIONS)).runs[0]?.results?.[0]?.locations?.[0]?.physicalLocation?.region;
    expect(region).toEqual({ startLine: 2, startColumn: 47, endLine: 2, endColumn: 58 });
    expect(SOURCE.split('\n')[1]?.slice(46, 57)).toBe('$70 billion');
  });

  it('keeps fingerprints when the text moves, and tells repeats apart', () => {
    const fingerprints = (report: ReturnType<typeof sampleReport>) =>
      parse(formatSarif([report], OPTIONS)).runs[0]?.results?.map((result) => result.partialFingerprints?.['primaryLocationLineHash']);
    const before = fingerprints(sampleReport());
    const shifted = sampleReport();
    const moved = makeReport(shifted.document.path, `A new first line.\n${SOURCE}`, shifted.findings.map((finding) => ({
      ...finding,
      span: { ...finding.span, start: finding.span.start + 18, end: finding.span.end + 18 },
      related: finding.related.map((related) => ({ ...related, start: related.start + 18, end: related.end + 18 })),
    })));
    expect(fingerprints(moved)).toEqual(before);
    expect(new Set(before).size).toBe(4);
    expect(before?.every((each) => /^[0-9a-f]{32}:1$/.test(each ?? ''))).toBe(true);
    const twice = sampleReport();
    const repeated = makeReport(twice.document.path, SOURCE, [twice.findings[0]!, twice.findings[0]!]);
    expect(fingerprints(repeated)?.map((each) => each?.slice(-2))).toEqual([':1', ':2']);
  });

  it('keeps evidence out of related locations: in the message and the properties', () => {
    const result = parse(formatSarif([sampleReport()], OPTIONS)).runs[0]?.results?.[3];
    expect(result?.relatedLocations?.map((place) => [place.id, place.physicalLocation?.artifactLocation?.uri, place.physicalLocation?.region?.startLine])).toEqual([
      [1, 'posts/ai-capex.md', 2],
    ]);
    expect(result?.message.text).toContain('See [line 2](1): The article first gives "$70 billion" for the same figure.');
    expect(result?.message.text).toContain('https://example.com/meta/q4-2024_(results)');
    expect(result?.properties?.['evidence']).toMatchObject({ url: 'https://example.com/meta/q4-2024_(results)', date: '2025-01-29', officialFigure: '$60–65 billion' });
  });

  it('writes paths as relative URI references with forward slashes', () => {
    const uri = (path: string) => parse(formatSarif([sampleReport(path)], OPTIONS)).runs[0]?.results?.[0]?.locations?.[0]?.physicalLocation?.artifactLocation?.uri;
    expect(uri('.\\drafts\\a b.md')).toBe('drafts/a%20b.md');
    expect(uri('<stdin>')).toBe('%3Cstdin%3E');
  });

  it('leaves the version out rather than writing an empty string', () => {
    const driver = parse(formatSarif([], { version: '', data: DATA })).runs[0]?.tool.driver;
    expect(driver).not.toHaveProperty('version');
    expect(driver).not.toHaveProperty('semanticVersion');
  });
});
