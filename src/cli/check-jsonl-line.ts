import { checkDocument } from '../check/check-document.js';
import { filterFindings } from '../filter/filter-findings.js';
import { firstInvalidUtf8 } from '../read/decode-text.js';
import { parseIsoDate } from '../read/iso-date.js';
import { prepareDocumentOnDemand } from '../read/prepare-document-on-demand.js';
import { MAX_INPUT_BYTES } from '../read/read-input.js';
import type { ReferenceData } from '../reconcile/reconcile-claims.js';
import { jsonFileReport } from '../report/format-json.js';
import { tallyReport, type ReportTally } from '../report/report-tally.js';
import { stringifyJson } from '../report/stringify-json.js';
import type { DocumentFormat, IsoDate } from '../types.js';
import type { CheckSetup } from './check-file.js';
import type { Rendered } from './worker-batches.js';

/** What checking a line needs: the run's settings and dates (a line's own date goes before --date). */
export type JsonlSetup = Pick<CheckSetup, 'settings' | 'dataDir' | 'userData' | 'dates'>;

/** One input line: its 1-based number and bytes, or null bytes when it was longer than the limit. */
export interface JsonlTask {
  readonly line: number;
  readonly bytes: Uint8Array | null;
}

/** What the exit code needs of an input line: its tally, or that it was malformed. The line written is the `Rendered` text. */
export type JsonlMeta = { readonly ok: true; readonly tally: ReportTally } | { readonly ok: false };

/** An article as a line gives it. */
interface JsonlArticle {
  readonly id: string | number;
  readonly text: string;
  readonly date: IsoDate | null;
  readonly format: DocumentFormat | null;
}

const FORMATS: readonly DocumentFormat[] = ['text', 'markdown', 'html'];

/** Checks one line: `{"id","date","dateSource","findings"}` as `--format json` words findings, or `{"id","line","error"}`; with its newline. */
export async function checkJsonlLine(task: JsonlTask, setup: JsonlSetup, reference: ReferenceData): Promise<Rendered<JsonlMeta>> {
  const parsed = parseJsonlLine(task.bytes);
  if (!parsed.ok) return { meta: { ok: false }, text: `${stringifyJson({ id: parsed.id, line: task.line, error: parsed.error })}\n` };
  const { id, text, date, format } = parsed.article;
  // The document is named by the format it is read as (an extension picks it), so no text is sniffed.
  const document = await prepareDocumentOnDemand(`line ${task.line}`, text, format ?? 'text');
  const report = filterFindings(checkDocument(document, reference, { ...setup.dates, option: date ?? setup.dates.option }), setup.settings);
  const shown = setup.settings.quiet ? { ...report, findings: report.findings.filter((finding) => finding.severity === 'error') } : report;
  const { findings } = jsonFileReport(shown);
  return { meta: { ok: true, tally: tallyReport(report, 'all') }, text: `${stringifyJson({ id, date: report.date, dateSource: report.dateSource, findings })}\n` };
}

type ParsedLine = { readonly ok: true; readonly article: JsonlArticle } | { readonly ok: false; readonly id: string | number | null; readonly error: string };

/** The article a line holds, or why it holds none (with its id when that much could be read). */
export function parseJsonlLine(bytes: Uint8Array | null): ParsedLine {
  if (bytes === null) return { ok: false, id: null, error: `the line is longer than capcheck's limit of ${MAX_INPUT_BYTES / 1024 / 1024} MiB per input` };
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) return { ok: false, id: null, error: `the line is not valid UTF-8 (the first bad byte is at byte ${bad + 1} of the line)` };
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  } catch {
    return { ok: false, id: null, error: 'the line is not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, id: null, error: 'the line is not a JSON object' };
  const fields = value as Record<string, unknown>;
  const id = fields['id'];
  if (typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) return { ok: false, id: null, error: '"id" must be a string or a number' };
  const fail = (error: string): ParsedLine => ({ ok: false, id, error });
  const text = fields['text'];
  if (typeof text !== 'string') return fail('"text" must be a string');
  if (Buffer.byteLength(text) > MAX_INPUT_BYTES) return fail(`"text" is longer than capcheck's limit of ${MAX_INPUT_BYTES / 1024 / 1024} MiB per input`);
  const givenDate = fields['date'];
  const date = typeof givenDate === 'string' ? parseIsoDate(givenDate) : null;
  if (givenDate !== undefined && date === null) return fail('"date" must be a calendar date in YYYY-MM-DD form');
  const givenFormat = fields['format'];
  const format = FORMATS.find((name) => name === givenFormat) ?? null;
  if (givenFormat !== undefined && format === null) return fail('"format" must be "text", "markdown" or "html"');
  return { ok: true, article: { id, text, date, format } };
}
