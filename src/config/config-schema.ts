/**
 * The configuration file's schema: data only (JSON, YAML, or a "capcheck" key in package.json),
 * never code. Every key is optional; the CLI merges defaults < config file < flags.
 */
import { z } from 'zod';
import { FORMAT_NAMES } from '../report/format-names.js';
import { RULE_IDS } from '../reconcile/rules.js';

const severity = z.enum(['error', 'warning', 'info']);

export const configSchema = z
  .object({
    format: z.enum(FORMAT_NAMES),
    failOn: severity,
    maxWarnings: z.number().int().nonnegative(),
    quiet: z.boolean(),
    /** Human report: show warnings and errors only; hide supported figures, figures not checked and files with neither. */
    problemsOnly: z.boolean(),
    color: z.boolean(),
    reportUnusedDisableDirectives: z.boolean(),
    /** Show the words that established each checked claim in the human report. */
    explain: z.boolean(),
    /** Paths to skip when expanding folders and globs: gitignore syntax, relative to the configuration file's folder. */
    ignorePatterns: z.array(z.string().min(1)),
    /** Users' record files (the schema of data/records/), merged over the bundled dataset: relative to the configuration file's folder. */
    data: z.array(z.string().min(1)),
    /** Per-rule severity, or "off" to drop the rule's findings (as ESLint's "rules"). */
    /** The user data folder for imported FX and GDP tables (relative to the configuration file's folder); CAPCHECK_DATA_DIR wins over it. */
    dataDir: z.string().min(1),
    rules: z.partialRecord(z.enum(RULE_IDS), z.union([severity, z.literal('off')])),
  })
  .partial()
  .strict();

/** A validated configuration: every key optional. */
export type CapcheckConfig = z.infer<typeof configSchema>;

/** What a rule may be set to. */
export type RuleSetting = NonNullable<CapcheckConfig['rules']>[keyof NonNullable<CapcheckConfig['rules']>];
