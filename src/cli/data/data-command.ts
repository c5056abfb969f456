/**
 * The `capcheck data` command group: look at and validate the reference data. Each subcommand's
 * action hands main() a function to run once parsing is done; `data fx import` and `data gdp import`
 * load their CSV and zip readers only when asked for, and the others their table renderer.
 */
import { Command, Option } from 'commander';
import { METRICS } from '../../data/record-vocabulary.js';
import type { CliEnvironment } from '../environment.js';
import { reportUsageError } from '../environment.js';
import { DATA_FORMATS } from './data-formats.js';
import type { DataFormatOptions, DataListOptions, DataOptions } from './run-data.js';

/** What a subcommand does once the command line is parsed: returns the exit code. */
export type DataAction = (environment: CliEnvironment) => number | Promise<number>;

/** How commands are wired: where the chosen action goes, and how commander writes help and errors. */
export interface DataCommandContext {
  readonly select: (action: DataAction) => void;
  readonly output: { writeOut(text: string): void; writeErr(text: string): void };
}

/** Each --data adds a file: the option may be given several times. */
export function collectPaths(value: string, previous: readonly string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** A subcommand with the options every `data` subcommand shares (--data, -h) and capcheck's error handling. */
export function addDataSubcommand(parent: Command, name: string, description: string, context: DataCommandContext): Command {
  return parent
    .command(name)
    .description(description)
    .option('--data <file>', 'your own record files, merged over the bundled data (repeatable)', collectPaths)
    .helpOption('-h, --help', 'show this help')
    .exitOverride()
    .configureOutput(context.output);
}

function formatOption(): Option {
  return new Option('--format <name>', 'output format (default: table)').choices(DATA_FORMATS);
}

/** Builds `capcheck data` with list, show, coverage and validate. */
export function buildDataCommand(context: DataCommandContext): Command {
  const group = new Command('data')
    .description('list, show, summarise and validate the reference records')
    .helpOption('-h, --help', 'show this help')
    .exitOverride()
    .configureOutput(context.output)
    // With no subcommand: one line, as for any other usage error.
    .action(() => context.select((environment) => reportUsageError(environment, `data: give a subcommand: ${group.commands.map((each) => each.name()).join(', ')} (see capcheck data --help)`)));

  addDataSubcommand(group, 'list', 'one line per record, filtered by company, metric and period', context)
    .option('--company <id>', 'a company id (META) or name (Meta)')
    .addOption(new Option('--metric <metric>', 'what the records measure').choices(METRICS))
    .option('--period <period>', 'a period label (FY2026) or a year (2025: every period naming or spanning it)')
    .addOption(formatOption())
    .action((options: DataListOptions) => context.select(async (environment) => (await import('./run-data.js')).runDataList(options, environment)));

  addDataSubcommand(group, 'show', 'one record: its sources, its chain of updates, confidence, basis, scope and origin', context)
    .argument('<id>', 'the record id (META-CAPEX-2025-Q2)')
    .addOption(formatOption())
    .action((id: string, options: DataFormatOptions) => context.select(async (environment) => (await import('./run-data.js')).runDataShow(id, options, environment)));

  addDataSubcommand(group, 'coverage', 'per company and metric: records, newest announcement, latest period; and source classes', context)
    .addOption(formatOption())
    .action((options: DataFormatOptions) => context.select(async (environment) => (await import('./run-data.js')).runDataCoverage(options, environment)));

  addDataSubcommand(group, 'validate', 'check your record files against the schema, merged over the bundled data', context)
    .argument('<files...>', 'record files (the schema of data/records/*.json)')
    .action((files: string[], options: DataOptions) => context.select(async (environment) => (await import('./run-data.js')).runDataValidate(files, options, environment)));

  addImportCommands(group, context);
  return group;
}

/** `fx import FILE` and `gdp import FILE`: the publishers' downloads, stored in the user data folder. */
function addImportCommands(data: Command, context: DataCommandContext): void {
  const groups = [
    ['fx', 'ECB euro reference rates', 'eurofxref-hist.zip or eurofxref-hist.csv, as downloaded from the ECB'],
    ['gdp', 'World Bank GDP (current US$)', 'API_NY.GDP.MKTP.CD_DS2_en_csv_v2_….csv, or the zip it comes in, from the World Bank'],
  ] as const;
  for (const [kind, what, fileHelp] of groups) {
    const group = data
      .command(kind)
      .description(`the ${what} used for checking`)
      .action(() => group.help());
    group
      .command('import')
      .description(`validate a newer download of the ${what} and store it in the user data folder, for later runs`)
      .argument('<file>', fileHelp)
      .action((file: string) => context.select(async (environment) => (await import('./run-import.js')).runImport({ kind, file }, environment)));
  }
}
