import { failReasons } from '../decide-outcome.js';
import { githubAnnotations, githubOutput, type GithubAnnotations } from '../format-github.js';
import { stepSummaryRows } from '../format-github-step-summary.js';
import { holdWhole, pieceOf, type GithubState, type StreamedFormat } from '../stream-format.js';

/** GitHub's annotations go out ordered by type across files, after the run's failures: the lines are held to the end. */
interface GithubPart {
  readonly annotations: GithubAnnotations;
  /** The job summary's table rows, when there is a job summary. */
  readonly rows: readonly string[];
}

/** Holds a file's lines and rows for the end; writes nothing yet. */
function gather(state: GithubState, part: GithubPart): { readonly text: string; readonly state: GithubState } {
  // Appended in place: the state belongs to this one run, and copying it per file would be quadratic.
  state.error.push(...part.annotations.error);
  state.warning.push(...part.annotations.warning);
  state.notice.push(...part.annotations.notice);
  state.rows.push(...part.rows);
  return { text: '', state };
}

export const streamed: StreamedFormat<GithubPart, GithubState, GithubPart> = {
  part: (report, _fileNumber, options) => ({ annotations: githubAnnotations(report), rows: options.stepSummary === true ? stepSummaryRows(report) : [] }),
  head: () => ({ text: '', state: { error: [], warning: [], notice: [], rows: [] } }),
  piece: pieceOf(holdWhole, gather),
  split: holdWhole,
  lead: gather,
  tail: (state, ending, options) => githubOutput(state, { failures: failReasons(ending.outcome), stepSummary: options.stepSummary ?? false }),
};
