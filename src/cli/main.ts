import { Command, CommanderError, Option } from 'commander';
import { checkDocument } from '../check/check-document.js';
import { loadReferenceDataset } from '../data/load-reference.js';
import { parseIsoDate } from '../read/iso-date.js';
import { readFileInput, readStdinInput, type ReadResult } from '../read/read-input.js';
import { formatHuman } from '../report/format-human.js';
import { formatJson } from '../report/format-json.js';
import { summarize } from '../report/summarize.js';
import type { FileReport, IsoDate } from '../types.js';
import { EXIT } from './exit-codes.js';
import { VERSION } from './version.js';

/** What the CLI reaches of the outside world; tests pass their own. */
export interface CliEnvironment {
  readonly stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean };
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean; readonly columns?: number };
  readonly stderr: { write(text: string): unknown };
  readonly env: NodeJS.ProcessEnv;
  readonly today: () => IsoDate;
}

const FORMATS = ['human', 'json'] as const;
type FormatName = (typeof FORMATS)[number];

interface CliOptions {
  readonly date?: string;
  readonly format: FormatName;
}

const defaultEnvironment: CliEnvironment = {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  today: () => new Date().toISOString().slice(0, 10),
};

/** Runs capcheck on `argv` (without node and script) and returns the exit code; never throws for bad input. */
export async function main(argv: readonly string[], environment: CliEnvironment = defaultEnvironment): Promise<number> {
  const program = buildProgram(environment);
  let parsed: { files: string[]; options: CliOptions };
  try {
    program.parse([...argv], { from: 'user' });
    parsed = { files: program.args, options: program.opts<CliOptions>() };
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0 and their text already written.
      return error.exitCode === 0 ? EXIT.OK : usageError(environment, error.message.replace(/^error: /, ''));
    }
    throw error;
  }
  return run(parsed.files, parsed.options, environment);
}

function buildProgram(environment: CliEnvironment): Command {
  return new Command('capcheck')
    .description('Check the capital-expenditure figures in articles against official company guidance.')
    .version(VERSION, '-v, --version')
    .argument('[files...]', 'articles to check (.txt, .md); "-" or none for stdin')
    .option('--date <YYYY-MM-DD>', "the article's date (default: the date it states, else today)")
    .addOption(new Option('-f, --format <name>', 'output format').choices(FORMATS).default('human'))
    .helpOption('-h, --help', 'show this help')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => environment.stdout.write(text),
      // Commander's own error text is replaced by our one-line usage error.
      writeErr: () => undefined,
    });
}

async function run(files: readonly string[], options: CliOptions, environment: CliEnvironment): Promise<number> {
  let dateOption: IsoDate | null = null;
  if (options.date !== undefined) {
    dateOption = parseIsoDate(options.date);
    if (dateOption === null) return usageError(environment, `--date: "${options.date}" is not a calendar date in YYYY-MM-DD form`);
  }
  if (files.length === 0 && environment.stdin.isTTY === true) {
    return usageError(environment, 'no input: give one or more files, or pipe an article on stdin (see --help)');
  }

  const dataset = loadReferenceDataset();
  if (!dataset.ok) return usageError(environment, dataset.error);

  const inputs = await readInputs(files, environment);
  const failures = inputs.filter((input) => !input.ok);
  if (failures.length > 0) {
    for (const failure of failures) if (!failure.ok) environment.stderr.write(`capcheck: ${failure.error}\n`);
    return EXIT.USAGE;
  }

  const dates = { option: dateOption, today: environment.today() };
  const reports: FileReport[] = inputs.flatMap((input) =>
    input.ok ? [checkDocument(input.document, dataset.dataset.records, dates)] : [],
  );
  environment.stdout.write(render(reports, options.format, environment));
  return summarize(reports).errors > 0 ? EXIT.FINDINGS : EXIT.OK;
}

async function readInputs(files: readonly string[], environment: CliEnvironment): Promise<ReadResult[]> {
  const paths = files.length === 0 ? ['-'] : files;
  if (paths.filter((path) => path === '-').length > 1) {
    return [{ ok: false, error: '-: stdin can be read only once' }];
  }
  const results: ReadResult[] = [];
  for (const path of paths) results.push(path === '-' ? await readStdinInput(environment.stdin) : await readFileInput(path));
  return results;
}

function render(reports: readonly FileReport[], format: FormatName, environment: CliEnvironment): string {
  switch (format) {
    case 'json':
      return formatJson(reports);
    case 'human':
      return formatHuman(reports, { color: useColor(environment), width: environment.stdout.columns ?? 120 });
  }
}

/** Colour only on a terminal; NO_COLOR turns it off, FORCE_COLOR on (as chalk and most CLIs do). */
function useColor(environment: CliEnvironment): boolean {
  const force = environment.env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (environment.env['NO_COLOR'] !== undefined && environment.env['NO_COLOR'] !== '') return false;
  return environment.stdout.isTTY === true;
}

function usageError(environment: CliEnvironment, message: string): number {
  environment.stderr.write(`capcheck: ${message}\n`);
  return EXIT.USAGE;
}
