import type { ReferenceRecord } from '../data/reference-schema.js';
import type { DataVersions, FileReport, IsoDate } from '../types.js';
import { failReasons, type RunOutcome } from './decide-outcome.js';
import { formatClaimReview } from './format-claimreview.js';
import { formatGithub } from './format-github.js';
import { formatHuman, type HumanView } from './format-human.js';
import { formatJson } from './format-json.js';
import { formatRdjson } from './format-rdjson.js';
import { formatSarif } from './format-sarif.js';
import { formatUnix } from './format-unix.js';
import { formatHtml } from './html/format-html.js';

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

const REPORTERS = {
  human: (reports, options) =>
    formatHuman(reports, { color: options.color, width: options.width, explain: options.explain, data: options.data, outcome: options.outcome, view: options.view }),
  json: (reports, options) => formatJson(reports, options.data),
  unix: (reports) => formatUnix(reports),
  sarif: (reports, options) => formatSarif(reports, { version: options.version, data: options.data }),
  github: (reports, options) => formatGithub(reports, { failures: failReasons(options.outcome), stepSummary: options.stepSummary ?? false }),
  rdjson: (reports) => formatRdjson(reports),
  claimreview: (reports, options) => formatClaimReview(reports, { data: options.data, reviewDate: options.reportDate }),
  html: (reports, options) => formatHtml(reports, { version: options.version, data: options.data, records: options.records }),
} as const satisfies Record<string, Reporter>;

/** Every output format by name; typed as one signature so `FORMATS[name](reports, options)` works for any name. */
export const FORMATS: { readonly [Name in keyof typeof REPORTERS]: Reporter } = REPORTERS;

/** The name of an output format, as `--format` takes it. */
export type FormatName = keyof typeof FORMATS;

/** Format names in registry order, for the CLI's choices and help. */
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];
