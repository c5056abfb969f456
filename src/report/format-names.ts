import type { ReferenceRecord } from '../data/reference-schema.js';
import type { DataVersions, FileReport, IsoDate } from '../types.js';
import type { RunOutcome } from './decide-outcome.js';
import type { HumanView } from './format-human.js';

/** Every output format, in the order the CLI's choices and help list them; importing this loads no reporter. */
export const FORMAT_NAMES = ['human', 'json', 'unix', 'sarif', 'github', 'rdjson', 'claimreview', 'html'] as const;

/** The name of an output format, as `--format` takes it. */
export type FormatName = (typeof FORMAT_NAMES)[number];

/** What every reporter may be given; each reads only what it needs. */
export interface FormatOptions {
  /** Colour escapes on or off (human only; machine formats are never coloured). */
  readonly color: boolean;
  /** Terminal width in columns (human only). */
  readonly width: number;
  /** Show the words that established each checked claim (human only; JSON always carries them). */
  readonly explain: boolean;
  /** capcheck's version, for formats that name the tool (SARIF). */
  readonly version: string;
  /** The data the run checked against, named in every format that has a place for it. */
  readonly data: DataVersions;
  /** Whether the full list goes to a GitHub job summary, so the github format may point to it; false by default. */
  readonly stepSummary?: boolean;
  /** Every reference record the run knew, for formats that draw a figure's whole guidance history (HTML). */
  readonly records: readonly ReferenceRecord[];
  /** Whether the run passed and why not (the exit code is drawn from the same decision). */
  readonly outcome: RunOutcome;
  /** Which findings the human report shows; it is given every finding so its summary counts them all. */
  readonly view: HumanView;
  /** The day the report is made (the CLI reads the clock once), for formats that date themselves (ClaimReview). */
  readonly reportDate: IsoDate;
}

/** A pure reporter: findings in, the whole output out, ending in a newline unless there is nothing to say. */
export type Reporter = (reports: readonly FileReport[], options: FormatOptions) => string;
