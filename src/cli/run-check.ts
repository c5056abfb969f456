import { dirname } from 'node:path';
import { checkDocument } from '../check/check-document.js';
import { loadReferenceDataOnDemand } from '../check/load-reference-data-on-demand.js';
import { resolveUserDataDir } from '../data/user-data.js';
import { filterFindings } from '../filter/filter-findings.js';
import { absoluteHttpUrl } from '../read/absolute-url.js';
import { parseIsoDate } from '../read/iso-date.js';
import type { ReferenceRecord } from '../data/reference-schema.js';
import { formatGithubStepSummary } from '../report/format-github-step-summary.js';
import { loadReporter } from '../report/load-reporter.js';
import { decideOutcome, failReasons, SEVERITIES } from '../report/decide-outcome.js';
import { summarize } from '../report/summarize.js';
import type { ArticleDocument, DataVersions, FileReport, IsoDate } from '../types.js';
import { collectPaths } from './collect-paths.js';
import { reportUsageError, writeErrorLine, type CliEnvironment } from './environment.js';
import { EXIT } from './exit-codes.js';
import { outputTargetProblem } from './output-target.js';
import { readInputs, wouldReadTerminal } from './read-inputs.js';
import { resolveSettings, type CheckFlags, type Settings } from './settings.js';
import { terminalWidth } from './terminal-width.js';
import { VERSION } from './version.js';
import { appendStepSummary, progressReporter, writeReport } from './write-output.js';

export { SEVERITIES };

/** Checks every input and prints the report; returns 0 (passes), 1 (findings fail it) or 2 (bad input). */
export async function runCheck(args: readonly string[], flags: CheckFlags, environment: CliEnvironment): Promise<number> {
  const resolved = await resolveSettings(flags, environment.cwd());
  if (!resolved.ok) return reportUsageError(environment, resolved.error);
  const { settings } = resolved;
  if (flags.printConfig === true) {
    environment.stdout.write(`${JSON.stringify(settings, null, 2)}\n`);
    return EXIT.OK;
  }
  let dateOption: IsoDate | null = null;
  if (flags.date !== undefined) {
    dateOption = parseIsoDate(flags.date);
    if (dateOption === null) return reportUsageError(environment, `--date: "${flags.date}" is not a calendar date in YYYY-MM-DD form`);
  }
  const urlOption = flags.url === undefined ? null : absoluteHttpUrl(flags.url);
  if (flags.url !== undefined && urlOption === null) return reportUsageError(environment, `--url: "${flags.url}" is not an absolute http(s) URL`);
  if (wouldReadTerminal(args, environment)) {
    return reportUsageError(environment, 'no input: give files, folders or quoted globs, or pipe an article on stdin (see --help)');
  }
  // Users' data is validated before any article is read: a bad file stops the run with one line.
  const reference = await loadReferenceDataOnDemand(settings.data, resolveUserDataDir({ env: environment.env, configured: settings.dataDir, cwd: environment.cwd() }));
  if (!reference.ok) return reportUsageError(environment, reference.error);
  const configFolder = settings.configPath === null ? environment.cwd() : dirname(settings.configPath);
  const paths = await collectPaths(args, environment.cwd(), [{ folder: configFolder, patterns: settings.ignorePatterns }]);
  if (!paths.ok) return reportUsageError(environment, paths.error);
  const outputProblem = flags.output === undefined ? null : outputTargetProblem(flags.output, paths.paths, environment.cwd());
  if (outputProblem !== null) return reportUsageError(environment, outputProblem);

  if (urlOption !== null && paths.paths.length > 1) {
    return reportUsageError(environment, `--url: names one article's address, but ${paths.paths.length} inputs were given (check one, or state each article's url in its front matter)`);
  }
  const read = await readDocuments(paths.paths, flags.stdinFilename, environment);
  if (read === null) return EXIT.USAGE;
  // The flag names the article's address over the one it states (flags over the file).
  const documents = urlOption === null ? read : read.map((document) => ({ ...document, metadata: { ...document.metadata, url: urlOption } }));
  const progress = progressReporter(documents.length, environment);
  const dates = { option: dateOption, today: environment.today() };
  const reports = documents.map((document, index) => {
    const report = filterFindings(checkDocument(document, reference.data, dates), settings);
    progress.tick(index + 1);
    return report;
  });
  progress.done();
  return report(reports, reference.versions, reference.data.records, settings, flags.output, environment);
}

async function report(reports: readonly FileReport[], data: DataVersions, records: readonly ReferenceRecord[], settings: Settings, output: string | undefined, environment: CliEnvironment): Promise<number> {
  const shown = settings.quiet ? reports.map(keepErrors) : reports;
  // One decision for the exit code and for the words every report says about it.
  const outcome = decideOutcome(summarize(reports), settings);
  const summaryPath = environment.env['GITHUB_STEP_SUMMARY'];
  const stepSummary = settings.format === 'github' && summaryPath !== undefined && summaryPath !== '';
  const color = output === undefined && useColor(environment, settings.color);
  const view = settings.quiet ? 'errors' : settings.problemsOnly ? 'problems' : 'all';
  // The human report hides what the view hides itself, so that its summary can count what it hid.
  const given = settings.format === 'human' ? reports : shown;
  const width = terminalWidth(environment.stdout, environment.env);
  const reporter = await loadReporter(settings.format);
  const text = reporter(given, { color, width, version: VERSION, explain: settings.explain, data, records, outcome, view, stepSummary, reportDate: environment.today() });
  const written = await writeReport(text, output, environment);
  if (written !== null) return reportUsageError(environment, written);
  if (stepSummary) {
    const summaryError = await appendStepSummary(formatGithubStepSummary(shown, data, failReasons(outcome)), environment);
    if (summaryError !== null) return reportUsageError(environment, summaryError);
  }
  return outcome.passed ? EXIT.OK : EXIT.FINDINGS;
}

/** Every input read; null after printing one line per input that could not be read. */
async function readDocuments(paths: readonly string[], stdinName: string | undefined, environment: CliEnvironment): Promise<ArticleDocument[] | null> {
  const inputs = await readInputs(paths, environment, stdinName);
  const documents: ArticleDocument[] = [];
  for (const input of inputs) {
    if (input.ok) documents.push(input.document);
    else writeErrorLine(environment, input.error);
  }
  return documents.length < inputs.length ? null : documents;
}

function keepErrors(report: FileReport): FileReport {
  return { ...report, findings: report.findings.filter((finding) => finding.severity === 'error') };
}

/** --color / --no-color (or the config's color) first; then FORCE_COLOR, NO_COLOR; else only on a terminal. */
function useColor(environment: CliEnvironment, setting: boolean | null): boolean {
  if (setting !== null) return setting;
  const force = environment.env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (environment.env['NO_COLOR'] !== undefined && environment.env['NO_COLOR'] !== '') return false;
  return environment.stdout.isTTY === true;
}
