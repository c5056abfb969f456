import assert from 'node:assert/strict';
import type { FileReport } from '../types.js';
import type { RunOutcome } from './decide-outcome.js';
import type { FormatOptions } from './format-names.js';
import type { ReportTally } from './report-tally.js';
import { closeJsonArray, frameJsonArray, jsonArrayItems, type JsonArrayFrame } from './stream-json-array.js';

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
export interface StreamedFormat<Part, State, Mark = unknown> {
  part(report: FileReport, fileNumber: number, options: StreamOptions): Part;
  head(options: StreamOptions): { readonly text: string; readonly state: State };
  piece(state: State, part: Part): { readonly text: string; readonly state: State };
  /**
   * A part as `piece` takes it apart: the text it writes whatever came before (drawn where the file was
   * checked, so a worker sends it as bytes) and the little else `lead` needs (plain data).
   */
  split(part: Part): { readonly text: string; readonly mark: Mark };
  /** What goes before a part's own text, given the state so far: `piece` is `lead` then `split`'s text. */
  lead(state: State, mark: Mark): { readonly text: string; readonly state: State };
  tail(state: State, ending: StreamEnding, options: StreamOptions): string;
}

/** A format's `piece`, made of its `split` and `lead`. */
export function pieceOf<Part, State, Mark>(split: StreamedFormat<Part, State, Mark>['split'], lead: StreamedFormat<Part, State, Mark>['lead']): StreamedFormat<Part, State, Mark>['piece'] {
  return (state, part) => {
    const { text, mark } = split(part);
    const before = lead(state, mark);
    return { text: before.text + text, state: before.state };
  };
}

/** `split` for a format whose pieces write nothing (held to the end): the whole part is the mark. */
export function holdWhole<Part>(part: Part): { readonly text: string; readonly mark: Part } {
  return { text: '', mark: part };
}

/** A JSON array written item by item: `text` holds `count` items, the first with no comma before it. */
export interface JsonItems {
  readonly count: number;
  readonly text: string;
}

export interface JsonArrayState {
  readonly frame: JsonArrayFrame;
  readonly empty: boolean;
}

/** A format that is one JSON document with one streamed array; `document` lays it out around `STREAMED_ITEMS`. */
export function jsonArrayFormat(indent: string, items: (report: FileReport, options: StreamOptions) => readonly unknown[], document: (options: StreamOptions, ending: StreamEnding | null) => unknown): StreamedFormat<JsonItems, JsonArrayState, boolean> {
  // The mark says whether the part has items: only then does a comma go before it.
  const split = (part: JsonItems) => ({ text: part.count === 0 ? '' : part.text, mark: part.count > 0 });
  const lead = (state: JsonArrayState, items: boolean) => (items ? { text: state.empty ? '' : ',', state: state.empty ? { ...state, empty: false } : state } : { text: '', state });
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
    piece: pieceOf(split, lead),
    split,
    lead,
    tail: (state, ending, options) => closeJsonArray(frameJsonArray(document(options, ending)), state.empty),
  };
}

/** What a github stream gathers across files: its annotations by type, and the job summary's rows. */
export interface GithubState {
  readonly error: string[];
  readonly warning: string[];
  readonly notice: string[];
  readonly rows: string[];
}

/** The job summary's rows gathered by a github stream. */
export function githubStreamRows(state: unknown): readonly string[] {
  return (state as GithubState).rows;
}
