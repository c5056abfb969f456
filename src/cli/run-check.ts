import { checkDocument } from '../check/check-document.js';
import { createEcbConverter } from '../check/ecb-converter.js';
import { loadGdpTable } from '../data/load-gdp.js';
import { loadReferenceDataset } from '../data/load-reference.js';
import { loadFxTable } from '../money/load-fx.js';
import { parseIsoDate } from '../read/iso-date.js';
import { appendFile, writeFile } from 'node:fs/promises';
import { formatGithubStepSummary } from '../report/format-github-step-summary.js';
import { FORMATS, type FormatName } from '../report/formats.js';
import { summarize, type Summary } from '../report/summarize.js';
import type { ArticleDocument, FileReport, IsoDate, Severity } from '../types.js';
import { reportUsageError, type CliEnvironment } from './environment.js';
import { EXIT } from './exit-codes.js';
import { readInputs, wouldReadTerminal } from './read-inputs.js';
import { VERSION } from './version.js';

/** Severities from the most to the least serious: --fail-on warning also fails on errors. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** The options of the checking command, as commander parsed them. */
export interface CheckOptions {
  readonly date?: string;
  readonly format: FormatName;
  /** Write the report to this file instead of stdout. */
  readonly output?: string;
  readonly failOn: Severity;
  /** Fail when there are more warnings than this (ESLint's --max-warnings). */
  readonly maxWarnings?: number;
  /** Report errors only. */
  readonly quiet?: boolean;
  /** Colour on or off, overriding the terminal check (commander's --color / --no-color). */
  readonly color?: boolean;
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
  const checked = documents.map((document) => checkDocument(document, reference, dates));
  const reports = options.quiet === true ? checked.map(keepErrors) : checked;
  const toFile = options.output !== undefined;
  const formatOptions = { color: !toFile && useColor(environment, options.color), width: environment.stdout.columns ?? 120, version: VERSION };
  const written = await writeReport(FORMATS[options.format](reports, formatOptions), options.output, environment);
  if (written !== null) return reportUsageError(environment, written);
  if (options.format === 'github') {
    const summaryError = await appendStepSummary(formatGithubStepSummary(reports), environment);
    if (summaryError !== null) return reportUsageError(environment, summaryError);
  }
  return exitCode(summarize(checked), options);
}

/** 1 when a finding reaches --fail-on, or warnings exceed --max-warnings; else 0. */
function exitCode(summary: Summary, options: CheckOptions): number {
  const counts: Record<Severity, number> = { error: summary.errors, warning: summary.warnings, info: summary.infos };
  const failing = SEVERITIES.slice(0, SEVERITIES.indexOf(options.failOn) + 1).some((severity) => counts[severity] > 0);
  const tooManyWarnings = options.maxWarnings !== undefined && summary.warnings > options.maxWarnings;
  return failing || tooManyWarnings ? EXIT.FINDINGS : EXIT.OK;
}

function keepErrors(report: FileReport): FileReport {
  return { ...report, findings: report.findings.filter((finding) => finding.severity === 'error') };
}

/** Writes the report to stdout or a file; returns an error line, or null. */
async function writeReport(text: string, output: string | undefined, environment: CliEnvironment): Promise<string | null> {
  if (output === undefined) {
    environment.stdout.write(text);
    return null;
  }
  try {
    await writeFile(output, text);
    return null;
  } catch (error) {
    return `${output}: cannot write the report: ${(error as NodeJS.ErrnoException).code ?? 'error'}`;
  }
}

/** GitHub shows only 10 annotations per type, so the full list goes to the job summary when there is one. */
async function appendStepSummary(markdown: string, environment: CliEnvironment): Promise<string | null> {
  const path = environment.env['GITHUB_STEP_SUMMARY'];
  if (path === undefined || path === '') return null;
  try {
    await appendFile(path, markdown);
    return null;
  } catch (error) {
    return `GITHUB_STEP_SUMMARY ${path}: cannot append: ${(error as NodeJS.ErrnoException).code ?? 'error'}`;
  }
}

/** --color / --no-color first; then FORCE_COLOR, NO_COLOR; else only on a terminal (as chalk and most CLIs do). */
function useColor(environment: CliEnvironment, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  const force = environment.env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (environment.env['NO_COLOR'] !== undefined && environment.env['NO_COLOR'] !== '') return false;
  return environment.stdout.isTTY === true;
}
