import { resolve } from 'node:path';
import { loadReferenceData } from './load-reference-data.js';
import { filterFindings } from '../filter/filter-findings.js';
import { absoluteHttpUrl } from '../read/absolute-url.js';
import { parseIsoDate } from '../read/iso-date.js';
import { prepareDocument } from '../read/prepare-document.js';
import { STDIN_PATH } from '../read/read-input.js';
import { buildJsonReport, type JsonReport } from '../report/format-json.js';
import type { DocumentFormat } from '../types.js';
import { checkDocument } from './check-document.js';
import { todayOf } from './today.js';

/** What `check` may be told; every field is optional, as every flag is. */
export interface CheckOptions {
  /** The article's date, `YYYY-MM-DD` (`--date`); default: the date the text states, else today. */
  readonly date?: string;
  /** How to read the text; default: from `path`'s extension (`.md`, `.html`), else plain text. */
  readonly format?: DocumentFormat;
  /** The name the report gives the text (`--stdin-filename`); default `<stdin>`. */
  readonly path?: string;
  /** Users' record files, relative to the working folder, merged over the bundled data (`--data`). */
  readonly data?: readonly string[];
  /** The article's published address (`--url`), over the one its front matter or page states. */
  readonly url?: string;
}

type LoadedData = ReturnType<typeof loadReferenceData>;

/** The bundled data, loaded on the first call that needs it and kept. */
let bundled: LoadedData | undefined;

/**
 * Checks one article and returns the JSON report (schemaVersion 1) that `capcheck --format json
 * --no-config` prints for it, as an object. Synchronous; bad options or data files throw an Error
 * whose message is the CLI's one line.
 */
export function check(text: string, options: CheckOptions = {}): JsonReport {
  const date = options.date === undefined ? null : parseIsoDate(options.date);
  if (options.date !== undefined && date === null) throw new Error(`date: "${options.date}" is not a calendar date in YYYY-MM-DD form`);
  const url = options.url === undefined ? null : absoluteHttpUrl(options.url);
  if (options.url !== undefined && url === null) throw new Error(`url: "${options.url}" is not an absolute http(s) URL`);
  const loaded = options.data === undefined || options.data.length === 0 ? (bundled ??= loadReferenceData()) : loadReferenceData(options.data.map((path) => ({ path: resolve(path), label: path })));
  if (!loaded.ok) throw new Error(loaded.error);
  const read = prepareDocument(options.path ?? STDIN_PATH, text, options.format);
  const document = url === null ? read : { ...read, metadata: { ...read.metadata, url } };
  const report = checkDocument(document, loaded.data, { option: date, today: todayOf(process.env, () => new Date()) });
  return buildJsonReport([filterFindings(report, { rules: {}, reportUnusedDisableDirectives: false })], loaded.versions);
}

