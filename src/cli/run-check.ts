import { dirname } from 'node:path';
import { loadReferenceDataOnDemand } from '../check/load-reference-data-on-demand.js';
import { resolveUserDataDir } from '../data/user-data.js';
import { absoluteHttpUrl } from '../read/absolute-url.js';
import { parseIsoDate } from '../read/iso-date.js';
import { readFileText, readStreamText, STDIN_PATH } from '../read/read-input.js';
import { SEVERITIES } from '../report/decide-outcome.js';
import type { IsoDate } from '../types.js';
import type { CheckInput, CheckSetup } from './check-file.js';
import { collectPaths } from './collect-paths.js';
import { reportUsageError, writeErrorLine, type CliEnvironment } from './environment.js';
import { EXIT } from './exit-codes.js';
import { outputTargetProblem } from './output-target.js';
import { wouldReadTerminal } from './read-inputs.js';
import { resolveSettings, type CheckFlags } from './settings.js';
import { streamCheck } from './stream-check.js';
import { terminalWidth } from './terminal-width.js';
import { VERSION } from './version.js';

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
  const dataDir = resolveUserDataDir({ env: environment.env, configured: settings.dataDir, cwd: environment.cwd() });
  const reference = await loadReferenceDataOnDemand(settings.data, dataDir);
  if (!reference.ok) return reportUsageError(environment, reference.error);
  if (flags.jsonl === true) {
    // A line's result is always the JSON finding list; another format would be a second contract.
    if (flags.format !== undefined && flags.format !== 'json') return reportUsageError(environment, `--jsonl: writes JSON Lines; --format ${flags.format} cannot be combined with it (leave --format out, or use json)`);
    if (urlOption !== null) return reportUsageError(environment, "--url: names one article's address; with --jsonl, state it in the article's own text");
    const setup = { settings, dataDir, userData: settings.data, dates: { option: dateOption, today: environment.today() } };
    // Loaded only here: an archive run needs every reader and the JSON finding writer; a check of drafts does not.
    const { runJsonl } = await import('./run-jsonl.js');
    return runJsonl(args, { setup, reference: reference.data, jobs: flags.jobs, output: flags.output }, environment);
  }
  const configFolder = settings.configPath === null ? environment.cwd() : dirname(settings.configPath);
  const paths = await collectPaths(args, environment.cwd(), [{ folder: configFolder, patterns: settings.ignorePatterns }]);
  if (!paths.ok) return reportUsageError(environment, paths.error);
  const outputProblem = flags.output === undefined ? null : outputTargetProblem(flags.output, paths.paths, environment.cwd());
  if (outputProblem !== null) return reportUsageError(environment, outputProblem);

  if (urlOption !== null && paths.paths.length > 1) {
    return reportUsageError(environment, `--url: names one article's address, but ${paths.paths.length} inputs were given (check one, or state each article's url in its front matter)`);
  }
  const inputs = await readableInputs(paths.paths, flags.stdinFilename, environment);
  if (inputs === null) return EXIT.USAGE;
  const color = flags.output === undefined && useColor(environment, settings.color);
  const view = settings.quiet ? 'errors' : settings.problemsOnly ? 'problems' : 'all';
  const summaryPath = environment.env['GITHUB_STEP_SUMMARY'];
  const stepSummary = settings.format === 'github' && summaryPath !== undefined && summaryPath !== '';
  const width = terminalWidth(environment.stdout, environment.env);
  const setup: CheckSetup = {
    settings,
    dataDir,
    userData: settings.data,
    dates: { option: dateOption, today: environment.today() },
    // The flag names the article's address over the one it states (flags over the file).
    url: urlOption,
    options: { color, width, version: VERSION, explain: settings.explain, data: reference.versions, view, stepSummary, reportDate: environment.today() },
  };
  return streamCheck(inputs, { setup, reference: reference.data, jobs: flags.jobs, output: flags.output, stepSummary }, environment);
}

/**
 * Every input, once each is known to read (so a run with an unreadable input reports nothing, as before):
 * files are read again where they are checked; a stream's text, which cannot be read twice, is kept.
 * Null after printing one line per input that could not be read.
 */
async function readableInputs(paths: readonly string[], stdinName: string | undefined, environment: CliEnvironment): Promise<CheckInput[] | null> {
  const given = paths.length === 0 ? ['-'] : paths;
  if (given.filter((path) => path === '-').length > 1) {
    writeErrorLine(environment, '-: stdin can be read only once');
    return null;
  }
  const inputs: CheckInput[] = [];
  let failed = false;
  for (const path of given) {
    const name = path === '-' ? (stdinName ?? STDIN_PATH) : path;
    const read = path === '-' ? await readStreamText(environment.stdin, name) : await readFileText(path, environment.cwd());
    if (!read.ok) {
      writeErrorLine(environment, read.error);
      failed = true;
    } else inputs.push(read.stream ? { kind: 'text', path: name, text: read.text } : { kind: 'file', path, folder: environment.cwd() });
  }
  return failed ? null : inputs;
}

/** --color / --no-color (or the config's color) first; then FORCE_COLOR, NO_COLOR; else only on a terminal. */
function useColor(environment: CliEnvironment, setting: boolean | null): boolean {
  if (setting !== null) return setting;
  const force = environment.env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (environment.env['NO_COLOR'] !== undefined && environment.env['NO_COLOR'] !== '') return false;
  return environment.stdout.isTTY === true;
}
