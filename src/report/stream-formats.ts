import assert from 'node:assert/strict';
import type { FileReport } from '../types.js';
import { failReasons, type RunOutcome } from './decide-outcome.js';
import { claimReviews } from './format-claimreview.js';
import { githubAnnotations, githubOutput, type GithubAnnotations } from './format-github.js';
import { stepSummaryRows } from './format-github-step-summary.js';
import { formatHumanSection, humanSummary, joinHumanSection, type HumanSection } from './format-human.js';
import { JSON_SCHEMA_VERSION, jsonFileReport } from './format-json.js';
import { rdjsonDiagnostics, rdjsonDocument } from './format-rdjson.js';
import { sarifLog, sarifResults } from './format-sarif.js';
import { formatUnixFile } from './format-unix.js';
import type { FormatName, FormatOptions } from './formats.js';
import { htmlFileEntry, htmlPage, type HtmlFileEntry } from './html/format-html.js';
import type { ReportTally } from './report-tally.js';
import { closeJsonArray, frameJsonArray, jsonArrayItems, STREAMED_ITEMS, type JsonArrayFrame } from './stream-json-array.js';

/** What a file's part is drawn with: the format's options but the outcome, which only the end of the run knows. */
export type StreamOptions = Omit<FormatOptions, 'outcome'>;

/** What the end of a streamed report needs: counts of what the format was given, and the run's outcome. */
export interface StreamEnding {
  /** The tally of the reports as the format was given them (errors only under --quiet, but for human). */
  readonly tally: ReportTally;
  readonly outcome: RunOutcome;
}

/**
 * A reporter split for streaming: `part` draws one file (where it was checked, possibly a worker; plain
 * data out), and head + each piece + tail, run in input order, give the same bytes as the whole reporter.
 * `state` carries what a piece needs of the pieces before it (a comma, a blank line, or for the formats
 * whose start depends on every file, html and github, the parts themselves).
 */
export interface StreamedFormat<Part, State> {
  part(report: FileReport, fileNumber: number, options: StreamOptions): Part;
  head(options: StreamOptions): { readonly text: string; readonly state: State };
  piece(state: State, part: Part): { readonly text: string; readonly state: State };
  tail(state: State, ending: StreamEnding, options: StreamOptions): string;
}

/** A JSON array written item by item: `text` holds `count` items, the first with no comma before it. */
interface JsonItems {
  readonly count: number;
  readonly text: string;
}

interface JsonArrayState {
  readonly frame: JsonArrayFrame;
  readonly empty: boolean;
}

/** A format that is one JSON document with one streamed array; `document` lays it out around `STREAMED_ITEMS`. */
function jsonArrayFormat(indent: string, items: (report: FileReport, options: StreamOptions) => readonly unknown[], document: (options: StreamOptions, ending: StreamEnding | null) => unknown): StreamedFormat<JsonItems, JsonArrayState> {
  return {
    part: (report, _fileNumber, options) => {
      const list = items(report, options);
      return { count: list.length, text: jsonArrayItems(list, indent, true) };
    },
    head: (options) => {
      const frame = frameJsonArray(document(options, null));
      assert.equal(frame.indent, indent, 'a streamed array is indented as the whole document indents it');
      return { text: frame.before, state: { frame, empty: true } };
    },
    piece: (state, part) => (part.count === 0 ? { text: '', state } : { text: `${state.empty ? '' : ','}${part.text}`, state: { ...state, empty: false } }),
    tail: (state, ending, options) => closeJsonArray(frameJsonArray(document(options, ending)), state.empty),
  };
}

const json = jsonArrayFormat('    ', (report) => [jsonFileReport(report)], (options, ending) => ({
  schemaVersion: JSON_SCHEMA_VERSION,
  data: options.data,
  files: STREAMED_ITEMS,
  // The head is drawn before any count is known; only the text before the array is taken from it.
  summary: ending === null ? null : { errors: ending.tally.errors, warnings: ending.tally.warnings, infos: ending.tally.infos },
}));

const sarif = jsonArrayFormat('        ', (report) => sarifResults(report), (options) => sarifLog(STREAMED_ITEMS, { version: options.version, data: options.data }));

const rdjson = jsonArrayFormat('    ', (report) => rdjsonDiagnostics(report), () => rdjsonDocument(STREAMED_ITEMS));

const claimreview = jsonArrayFormat('  ', (report, options) => claimReviews(report, { data: options.data, reviewDate: options.reportDate }), () => STREAMED_ITEMS);

const unix: StreamedFormat<string, null> = {
  part: (report) => formatUnixFile(report),
  head: () => ({ text: '', state: null }),
  piece: (state, part) => ({ text: part, state }),
  tail: () => '',
};

const human: StreamedFormat<HumanSection | null, HumanSection['kind'] | null> = {
  part: (report, _fileNumber, options) => formatHumanSection(report, options),
  head: () => ({ text: '', state: null }),
  // Only the previous section's kind is kept: it decides the gap before the next.
  piece: (previous, section) => (section === null ? { text: '', state: previous } : { text: joinHumanSection(previous === null ? null : { kind: previous, text: '' }, section), state: section.kind }),
  tail: (previous, ending, options) => humanSummary(previous !== null, ending.tally, { ...options, outcome: ending.outcome }),
};

/** GitHub's annotations go out ordered by type across files, after the run's failures: the lines are held to the end. */
interface GithubPart {
  readonly annotations: GithubAnnotations;
  /** The job summary's table rows, when there is a job summary. */
  readonly rows: readonly string[];
}

interface GithubState {
  readonly error: string[];
  readonly warning: string[];
  readonly notice: string[];
  readonly rows: string[];
}

const github: StreamedFormat<GithubPart, GithubState> = {
  part: (report, _fileNumber, options) => ({ annotations: githubAnnotations(report), rows: options.stepSummary === true ? stepSummaryRows(report) : [] }),
  head: () => ({ text: '', state: { error: [], warning: [], notice: [], rows: [] } }),
  piece: (state, part) => {
    // Appended in place: the state belongs to this one run, and copying it per file would be quadratic.
    state.error.push(...part.annotations.error);
    state.warning.push(...part.annotations.warning);
    state.notice.push(...part.annotations.notice);
    state.rows.push(...part.rows);
    return { text: '', state };
  },
  tail: (state, ending, options) => githubOutput(state, { failures: failReasons(ending.outcome), stepSummary: options.stepSummary ?? false }),
};

/** The page's header lists every file and counts every verdict, so each file's section is held to the end. */
const html: StreamedFormat<HtmlFileEntry, HtmlFileEntry[]> = {
  part: (report, fileNumber, options) => htmlFileEntry(report, fileNumber, options.records),
  head: () => ({ text: '', state: [] }),
  piece: (entries, entry) => {
    entries.push(entry);
    return { text: '', state: entries };
  },
  tail: (entries, _ending, options) => htmlPage(entries, options),
};

/** Every format, split for streaming; parts cross a worker boundary, so they are typed as unknown here. */
export const STREAMED_FORMATS: { readonly [Name in FormatName]: StreamedFormat<unknown, unknown> } = {
  human: human as StreamedFormat<unknown, unknown>,
  json: json as StreamedFormat<unknown, unknown>,
  unix: unix as StreamedFormat<unknown, unknown>,
  sarif: sarif as StreamedFormat<unknown, unknown>,
  github: github as StreamedFormat<unknown, unknown>,
  rdjson: rdjson as StreamedFormat<unknown, unknown>,
  claimreview: claimreview as StreamedFormat<unknown, unknown>,
  html: html as StreamedFormat<unknown, unknown>,
};

/** The job summary's rows gathered by a github stream. */
export function githubStreamRows(state: unknown): readonly string[] {
  return (state as GithubState).rows;
}
