import type { Location, Log, Result, Run } from 'sarif';
import { describeReferenceValue } from '../describe/describe-value.js';
import { createLineIndex, type LineIndex } from '../read/line-index.js';
import { describePeriod } from '../reconcile/period-dates.js';
import { RULE_IDS } from '../reconcile/rules.js';
import type { DataVersions, FileReport, Finding } from '../types.js';
import { footingOf } from './footing.js';
import { artifactUri } from './artifact-uri.js';
import { claimFingerprints } from './claim-fingerprints.js';
import { describeEvidence } from './describe-evidence.js';
import { locateSpan } from './locate.js';
import { sarifLevel } from './sarif-level.js';
import { SARIF_RULES } from './sarif-rules.js';
import { stringifyJson } from './stringify-json.js';

/** What the SARIF log needs from the caller. */
export interface SarifFormatOptions {
  /** capcheck's version; omitted from the log when empty, since GitHub rejects empty strings. */
  readonly version: string;
  /** The data the run checked against: the run's `properties.data`. */
  readonly data: DataVersions;
}

/** Where the log says its schema is (the URL GitHub's documentation uses). */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** A SARIF 2.1.0 log of every finding, one run, as GitHub code scanning accepts it. */
export function formatSarif(reports: readonly FileReport[], options: SarifFormatOptions): string {
  return `${stringifyJson(sarifLog(reports.flatMap(sarifResults), options), 2)}\n`;
}

/** The log around `results` (a streamed report writes the results between its two halves). */
export function sarifLog(results: readonly unknown[], options: SarifFormatOptions): Log {
  const version = options.version === '' ? {} : { version: options.version, semanticVersion: options.version };
  const run: Run = {
    tool: { driver: { name: 'capcheck', ...version, rules: [...SARIF_RULES] } },
    automationDetails: { id: 'capcheck/' },
    // Columns are JavaScript string indices; lone `\r` ends a line in capcheck's line index too.
    columnKind: 'utf16CodeUnits',
    newlineSequences: ['\r\n', '\n', '\r'],
    results: results as Result[],
    properties: { data: options.data },
  };
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}

/** One file's SARIF results. */
export function sarifResults(report: FileReport): Result[] {
  const lines = createLineIndex(report.document.source);
  const fingerprints = claimFingerprints(report);
  return report.findings.map((finding, index) => ({
    ruleId: finding.ruleId,
    ruleIndex: RULE_IDS.indexOf(finding.ruleId),
    level: sarifLevel(finding.severity),
    message: { text: resultText(finding, lines) },
    locations: [physical(report, lines, finding.span)],
    ...(finding.related.length === 0
      ? {}
      : {
          relatedLocations: finding.related.map((related, position) => ({
            id: position + 1,
            ...physical(report, lines, related),
            message: { text: related.message },
          })),
        }),
    partialFingerprints: { primaryLocationLineHash: fingerprints[index] ?? '' },
    properties: resultProperties(finding),
  }));
}

function physical(report: FileReport, lines: LineIndex, span: { readonly start: number; readonly end: number }): Location {
  const { line, column, endLine, endColumn } = locateSpan(lines, span);
  return {
    physicalLocation: {
      artifactLocation: { uri: artifactUri(report.document.path) },
      region: { startLine: line, startColumn: column, endLine, endColumn },
    },
  };
}

/**
 * The message first (GitHub titles the alert with its first sentence), then embedded links to the
 * related places (GitHub shows related locations only when the message links them), then the evidence:
 * a source URL is not a file in the repository, so it cannot be a related location.
 */
function resultText(finding: Finding, lines: LineIndex): string {
  const escape = finding.related.length === 0 ? (text: string) => text : escapeLinkText;
  const links = finding.related.map((related, position) => ` See [line ${lines.toPosition(related.start).line}](${position + 1}): ${escapeLinkText(related.message)}`);
  const evidence = finding.reference === null ? '' : ` ${describeEvidence(finding.reference)}`;
  return `${escape(finding.message)}${links.join('')}${escape(evidence)}`;
}

/** SARIF reads `[text](n)` as a link, so literal brackets in a message with links are escaped. */
function escapeLinkText(text: string): string {
  return text.replace(/[\\[\]]/g, (character) => `\\${character}`);
}

function resultProperties(finding: Finding): Record<string, unknown> {
  const { claim, reference } = finding;
  return {
    verdict: finding.verdict,
    text: finding.span.text,
    claim: claim === null ? null : { entity: claim.entity, metric: claim.metric, period: claim.period === null ? null : describePeriod(claim.period) },
    ...(reference === null
      ? {}
      : {
          evidence: {
            recordId: reference.id,
            officialFigure: describeReferenceValue(reference),
            url: reference.source.url,
            title: reference.source.title,
            publisher: reference.source.publisher,
            date: reference.source.date,
            quote: reference.source.quote,
          },
          footing: footingOf(reference),
        }),
  };
}
