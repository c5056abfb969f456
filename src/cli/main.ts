import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { processEnvironment, reportUsageError, type CliEnvironment } from './environment.js';
import { buildDataCommand, collectPaths, type DataAction } from './data/data-command.js';
import { EXIT } from './exit-codes.js';
import { FORMAT_NAMES } from '../report/format-names.js';
import { describeVersion } from '../describe/describe-data.js';
import { loadBundledReferenceData } from '../check/load-reference-data-on-demand.js';
import { runCheck, SEVERITIES } from './run-check.js';
import type { CheckFlags } from './settings.js';
import { runExplain } from './run-explain.js';
import { runExtract, type ExtractOptions } from './run-extract.js';
import { VERSION } from './version.js';

export type { CliEnvironment } from './environment.js';

/** What the command line asked for, once parsed. */
type Invocation =
  | { readonly command: 'check'; readonly files: string[]; readonly options: CheckFlags }
  | { readonly command: 'extract'; readonly files: string[]; readonly options: ExtractOptions }
  /** A subcommand that brings its own action (the `data` group). */
  | { readonly command: 'action'; readonly action: DataAction };

/** Runs capcheck on `argv` (without node and script) and returns the exit code; never throws for bad input. */
export async function main(argv: readonly string[], environment: CliEnvironment = processEnvironment): Promise<number> {
  // Commander calls the chosen command's action during parse; it records what was asked for.
  const selected: { invocation: Invocation | null } = { invocation: null };
  const program = buildProgram(environment, (parsed) => {
    selected.invocation = parsed;
  });
  try {
    program.parse([...argv], { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    // --help and --version end here too, with exit code 0 and their text already written.
    const oneLine = error.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ');
    return error.exitCode === 0 ? EXIT.OK : reportUsageError(environment, oneLine);
  }
  const chosen = selected.invocation;
  if (chosen === null) return EXIT.OK;
  switch (chosen.command) {
    case 'extract':
      return runExtract(chosen.files, chosen.options, environment);
    case 'action':
      return chosen.action(environment);
    case 'check':
      return runCheck(chosen.files, chosen.options, environment);
  }
}

/** A whole number ≥ 1, for --jobs. */
function parseJobs(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number, 1 or more.');
  return Number(value);
}

/** A whole number ≥ 0, for --max-warnings. */
function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number, 0 or more.');
  return Number(value);
}

function buildProgram(environment: CliEnvironment, select: (invocation: Invocation) => void): Command {
  const output = {
    writeOut: (text: string) => environment.stdout.write(text),
    // Commander's own error text is replaced by our one-line usage error.
    writeErr: () => undefined,
  };
  const program = new Command('capcheck')
    .description('Check the capital-expenditure figures in articles against official company guidance.')
    // Not commander's .version(): the line names the data too, which is loaded only when asked for.
    .option('-v, --version', 'print the version and the data it checks against')
    .argument('[files...]', 'articles (.txt, .md, .html), folders or quoted globs; "-" or none for stdin')
    .option('--date <YYYY-MM-DD>', "the article's date (default: the date it states, else today)")
    // No defaults here: an unset flag lets the configuration file decide (defaults < config < flags).
    .addOption(new Option('-f, --format <name>', 'output format (default: human)').choices(FORMAT_NAMES))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is this severe or worse (default: error)').choices(SEVERITIES))
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCount)
    .option('-q, --quiet', 'report errors only (the summary still counts everything)')
    .option('--problems-only', 'human report: show warnings and errors only, hiding supported figures and files with nothing else')
    .option('--color', 'force colour in the human report')
    .option('--no-color', 'no colour, even on a terminal')
    .option('-c, --config <file>', 'use this configuration file instead of searching for one')
    .option('--no-config', 'use no configuration file')
    .option('--print-config', 'print the settings in effect (defaults < configuration < flags) and exit')
    .option('--report-unused-disable-directives', 'report capcheck-disable comments that silence nothing')
    .option('--stdin-filename <name>', 'name stdin in reports; its extension picks the format')
    .option('--data <file>', 'your own reference records (the schema of data/records/), merged over the bundled data; repeatable', collectPaths)
    .option('--url <url>', "the article's published address, for ClaimReview (default: the one its front matter or page states); one input only")
    .option('-j, --jobs <n>', 'check this many files at once, each on a worker thread (default: the available cores, one per 32 files)', parseJobs)
    .option('--jsonl', 'read JSON Lines {"id","text","date"?,"format"?} from files or stdin; write one result line per input line')
    .option('--explain', 'show the words that tied each checked figure to its company, metric and period')
    .helpOption('-h, --help', 'show this help')
    // Options after a subcommand's name are the subcommand's own (`data list --format json`).
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput(output)
    .action((files: string[], options: CheckFlags) => select({ command: 'check', files, options }));
  program.on('option:version', () => {
    const loaded = loadBundledReferenceData();
    environment.stdout.write(`${describeVersion(VERSION, loaded.ok ? loaded.versions : null)}\n`);
    throw new CommanderError(0, 'commander.version', VERSION);
  });
  program
    .command('extract')
    .description('list every figure found (money, quantities, percentages) as JSON, without checking')
    .argument('[files...]', 'texts to read; "-" or none for stdin')
    .option('--jsonl', 'read JSON Lines {"id","text"} and stream one {"id","figures"} line per input line')
    .helpOption('-h, --help', 'show this help')
    .exitOverride()
    .configureOutput(output)
    .action((files: string[], options: ExtractOptions) => select({ command: 'extract', files, options }));
  program
    .command('explain')
    .description("print a rule's documentation, with examples; with no rule, list the rules")
    .argument('[rule]', 'a rule id, as findings name it (overstated, period-slip, …)')
    .helpOption('-h, --help', 'show this help')
    .exitOverride()
    .configureOutput(output)
    .action((rule: string | undefined) => select({ command: 'action', action: (env) => runExplain(rule, env) }));
  program.addCommand(buildDataCommand({ select: (action) => select({ command: 'action', action }), output }));
  return program;
}
