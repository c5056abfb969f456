import { checkDocument, type DateChoice } from '../check/check-document.js';
import type { UserDataFile } from '../data/user-records.js';
import { filterFindings } from '../filter/filter-findings.js';
import { prepareDocumentOnDemand } from '../read/prepare-document-on-demand.js';
import { readFileText } from '../read/read-input.js';
import type { ReferenceData } from '../reconcile/reconcile-claims.js';
import { tallyReport, type ReportTally } from '../report/report-tally.js';
import { loadStreamedFormat } from '../report/load-streamed-format.js';
import type { StreamOptions } from '../report/stream-format.js';
import type { FileReport } from '../types.js';
import type { Settings } from './settings.js';
import type { Rendered } from './worker-batches.js';

/** Everything a file's check needs besides the file, as plain data: a worker is given it once. */
export interface CheckSetup {
  readonly settings: Settings;
  /** Where users' imported tables are (resolved by the CLI), for loading the reference data in a worker. */
  readonly dataDir: string | null;
  readonly userData: readonly UserDataFile[];
  readonly dates: DateChoice;
  /** --url, which names the one input's address over the one it states. */
  readonly url: string | null;
  /** The format's options, but the reference records, which the checker's own reference data supplies. */
  readonly options: Omit<StreamOptions, 'records'>;
}

/** One input: a file read where it is checked, or the text of a stream (stdin, a pipe) that could be read only once. */
export type CheckInput = { readonly kind: 'file'; readonly path: string; readonly folder: string } | { readonly kind: 'text'; readonly path: string; readonly text: string };

/**
 * A file's share of the report, and what the end of the run counts of it; or why it could not be read.
 * The share is split as the format's `split` splits it: its own text (the `Rendered` text, which a worker
 * sends as bytes) and the mark that joins it to the report so far.
 */
export type CheckMeta =
  | {
      readonly ok: true;
      readonly mark: unknown;
      /** Every finding the filters kept: the exit code and the human summary count these. */
      readonly tally: ReportTally;
      /** The findings the format was given (errors only under --quiet, but for human). */
      readonly shownTally: ReportTally;
    }
  | { readonly ok: false; readonly error: string };

/** Checks one input and draws its part of the report: the work a worker does per file. */
export async function checkFile(input: CheckInput, fileNumber: number, setup: CheckSetup, reference: ReferenceData): Promise<Rendered<CheckMeta>> {
  const read = input.kind === 'text' ? { ok: true as const, text: input.text } : await readFileText(input.path, input.folder);
  if (!read.ok) return { meta: read, text: '' };
  const prepared = await prepareDocumentOnDemand(input.path, read.text);
  const document = setup.url === null ? prepared : { ...prepared, metadata: { ...prepared.metadata, url: setup.url } };
  const { settings } = setup;
  const report = filterFindings(checkDocument(document, reference, setup.dates), settings);
  const view = settings.quiet ? 'errors' : settings.problemsOnly ? 'problems' : 'all';
  // The human report hides what the view hides itself, so that its summary can count what it hid.
  const given = settings.format === 'human' || !settings.quiet ? report : keepErrors(report);
  const format = await loadStreamedFormat(settings.format);
  const { text, mark } = format.split(format.part(given, fileNumber, { ...setup.options, records: reference.records }));
  return { meta: { ok: true, mark, tally: tallyReport(report, view), shownTally: tallyReport(given, view) }, text };
}

function keepErrors(report: FileReport): FileReport {
  return { ...report, findings: report.findings.filter((finding) => finding.severity === 'error') };
}
