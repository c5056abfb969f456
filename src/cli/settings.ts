import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { CapcheckConfig } from '../config/config-schema.js';
import { findConfig, loadConfigFile } from '../config/load-config.js';
import type { FormatName } from '../report/format-names.js';
import type { UserDataFile } from '../data/user-records.js';
import { resolveConfiguredDataDir } from '../data/user-data.js';
import type { Severity } from '../types.js';

/** The command-line options of the checking command, as commander parsed them; unset means "not given". */
export interface CheckFlags {
  readonly date?: string;
  readonly format?: FormatName;
  /** Write the report to this file instead of stdout. */
  readonly output?: string;
  readonly failOn?: Severity;
  /** Fail when there are more warnings than this (ESLint's --max-warnings). */
  readonly maxWarnings?: number;
  /** Report errors only. */
  readonly quiet?: boolean;
  /** Human report: show warnings and errors only, hiding supported figures, figures not checked and files with neither. */
  readonly problemsOnly?: boolean;
  /** Colour on or off, overriding the terminal check (--color / --no-color). */
  readonly color?: boolean;
  /** A configuration file (--config), or false for none (--no-config). */
  readonly config?: string | false;
  readonly printConfig?: boolean;
  readonly reportUnusedDisableDirectives?: boolean;
  /** The name stdin goes by: picks its format and names it in reports. */
  readonly stdinFilename?: string;
  /** Show the words that established each checked claim in the human report. */
  readonly explain?: boolean;
  /** Users' record files (--data, repeatable), relative to the working folder. */
  readonly data?: readonly string[];
  /** The published address of the one article checked (--url), over the one it states. */
  readonly url?: string;
  /** Worker threads checking files at once (--jobs); unset for one per available core. */
  readonly jobs?: number;
  /** Read JSON Lines of articles and write one result line each (--jsonl). */
  readonly jsonl?: boolean;
}

/** Everything that decides a run, after defaults < configuration file < flags. */
export interface Settings {
  readonly format: FormatName;
  readonly failOn: Severity;
  readonly maxWarnings: number | null;
  readonly quiet: boolean;
  readonly problemsOnly: boolean;
  readonly color: boolean | null;
  readonly reportUnusedDisableDirectives: boolean;
  readonly explain: boolean;
  readonly ignorePatterns: readonly string[];
  readonly rules: NonNullable<CapcheckConfig['rules']>;
  /** Users' record files merged over the bundled dataset: --data, else the configuration's `data`. */
  readonly data: readonly UserDataFile[];
  /** The configuration's `dataDir`, resolved against its folder; null when not set. */
  readonly dataDir: string | null;
  /** The configuration file used, if any. */
  readonly configPath: string | null;
}

/** Loads the configuration the flags point to (or finds one) and merges defaults < config < flags. */
export async function resolveSettings(flags: CheckFlags, cwd: string): Promise<{ ok: true; settings: Settings } | { ok: false; error: string }> {
  const found = flags.config === false ? { ok: true as const, config: {}, path: null } : flags.config !== undefined ? await loadConfigFile(flags.config) : await findConfig(cwd);
  if (!found.ok) return found;
  const config = found.config;
  return {
    ok: true,
    settings: {
      format: flags.format ?? config.format ?? 'human',
      failOn: flags.failOn ?? config.failOn ?? 'error',
      maxWarnings: flags.maxWarnings ?? config.maxWarnings ?? null,
      quiet: flags.quiet ?? config.quiet ?? false,
      problemsOnly: flags.problemsOnly ?? config.problemsOnly ?? false,
      color: flags.color ?? config.color ?? null,
      reportUnusedDisableDirectives: flags.reportUnusedDisableDirectives ?? config.reportUnusedDisableDirectives ?? false,
      explain: flags.explain ?? config.explain ?? false,
      ignorePatterns: config.ignorePatterns ?? [],
      rules: config.rules ?? {},
      data: userDataFiles(flags.data, config.data, found.path, cwd),
      dataDir: resolveConfiguredDataDir(config.dataDir, found.path, cwd),
      configPath: found.path,
    },
  };
}

/**
 * --data files (relative to `cwd`, named as given) replace the configuration's `data` (relative to
 * the configuration file's folder, named relative to `cwd` when inside it), as every flag replaces its key.
 */
export function userDataFiles(flagPaths: readonly string[] | undefined, configPaths: readonly string[] | undefined, configPath: string | null, cwd: string): UserDataFile[] {
  if (flagPaths !== undefined && flagPaths.length > 0) return flagPaths.map((path) => ({ path: resolve(cwd, path), label: path }));
  const folder = configPath === null ? cwd : dirname(resolve(cwd, configPath));
  return (configPaths ?? []).map((path) => {
    const absolute = resolve(folder, path);
    const fromCwd = relative(cwd, absolute);
    return { path: absolute, label: fromCwd === '' || fromCwd.startsWith('..') || isAbsolute(fromCwd) ? absolute : fromCwd };
  });
}
