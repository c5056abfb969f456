import { assertNever } from '../assert-never.js';
import { checkDocument } from '../check/check-document.js';
import { createEcbConverter } from '../check/ecb-converter.js';
import { loadGdpTable } from '../data/load-gdp.js';
import { loadReferenceDataset } from '../data/load-reference.js';
import { loadFxTable } from '../money/load-fx.js';
import { parseIsoDate } from '../read/iso-date.js';
import { formatHuman } from '../report/format-human.js';
import { formatJson } from '../report/format-json.js';
import { summarize } from '../report/summarize.js';
import type { ArticleDocument, FileReport, IsoDate } from '../types.js';
import { reportUsageError, type CliEnvironment } from './environment.js';
import { EXIT } from './exit-codes.js';
import { readInputs, wouldReadTerminal } from './read-inputs.js';

export const CHECK_FORMATS = ['human', 'json'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** The options of the checking command, as commander parsed them. */
export interface CheckOptions {
  readonly date?: string;
  readonly format: CheckFormat;
}

/** Checks every input and prints the report; returns 0 (no errors), 1 (errors) or 2 (bad input). */
export async function runCheck(files: readonly string[], options: CheckOptions, environment: CliEnvironment): Promise<number> {
  let dateOption: IsoDate | null = null;
  if (options.date !== undefined) {
    dateOption = parseIsoDate(options.date);
    if (dateOption === null) return reportUsageError(environment, `--date: "${options.date}" is not a calendar date in YYYY-MM-DD form`);
  }
  if (wouldReadTerminal(files, environment)) {
    return reportUsageError(environment, 'no input: give one or more files, or pipe an article on stdin (see --help)');
  }
  const dataset = loadReferenceDataset();
  if (!dataset.ok) return reportUsageError(environment, dataset.error);
  const fxTable = loadFxTable();
  if (!fxTable.ok) return reportUsageError(environment, fxTable.error);
  const gdpTable = loadGdpTable();
  if (!gdpTable.ok) return reportUsageError(environment, gdpTable.error);
  const reference = { records: dataset.dataset.records, fx: createEcbConverter(fxTable.table), gdp: gdpTable.table };

  const inputs = await readInputs(files, environment);
  const documents: ArticleDocument[] = [];
  for (const input of inputs) {
    if (input.ok) documents.push(input.document);
    else environment.stderr.write(`capcheck: ${input.error}\n`);
  }
  if (documents.length < inputs.length) return EXIT.USAGE;

  const dates = { option: dateOption, today: environment.today() };
  const reports = documents.map((document) => checkDocument(document, reference, dates));
  environment.stdout.write(render(reports, options.format, environment));
  return summarize(reports).errors > 0 ? EXIT.FINDINGS : EXIT.OK;
}

function render(reports: readonly FileReport[], format: CheckFormat, environment: CliEnvironment): string {
  switch (format) {
    case 'json':
      return formatJson(reports);
    case 'human':
      return formatHuman(reports, { color: useColor(environment), width: environment.stdout.columns ?? 120 });
    default:
      return assertNever(format);
  }
}

/** Colour only on a terminal; NO_COLOR turns it off, FORCE_COLOR on (as chalk and most CLIs do). */
function useColor(environment: CliEnvironment): boolean {
  const force = environment.env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (environment.env['NO_COLOR'] !== undefined && environment.env['NO_COLOR'] !== '') return false;
  return environment.stdout.isTTY === true;
}
