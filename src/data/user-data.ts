/**
 * The user data folder: where `capcheck data fx import` and `capcheck data gdp import` put newer
 * tables than the bundled ones, and where a run looks for them. Chosen, first match wins:
 *
 * 1. the environment variable CAPCHECK_DATA_DIR;
 * 2. the configuration key `dataDir` (relative to the configuration file's folder);
 * 3. the platform's data folder: $XDG_DATA_HOME/capcheck or ~/.local/share/capcheck (Linux and
 *    other Unix), ~/Library/Application Support/capcheck (macOS), %LOCALAPPDATA%\capcheck (Windows).
 *
 * Without any of these (no HOME, as in a bare CI sandbox) there is no folder: runs use the bundled
 * tables, and the import commands say how to name one.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, posix, resolve, win32 } from 'node:path';

/** Names the FX or GDP data a run used: `bundled`, or the path of the imported table; and how far it reaches. */
export interface DataOrigin<Through> {
  readonly source: 'bundled' | string;
  /** The last date (FX, YYYY-MM-DD) or the last year (GDP) with data. */
  readonly through: Through;
}

/** The file names of the imported tables inside the user data folder. */
export const USER_DATA_FILES = { fx: 'fx.json', gdp: 'gdp.json' } as const;

/** What the folder is resolved from; the CLI passes its environment, tests their own. */
export interface DataDirInputs {
  readonly env: NodeJS.ProcessEnv;
  /** `dataDir` from the configuration file, already resolved against its folder. */
  readonly configured?: string | null;
  readonly platform?: NodeJS.Platform;
  /** Resolves a relative CAPCHECK_DATA_DIR. */
  readonly cwd?: string;
}

/** The user data folder, or null when nothing names one (see the module comment for the order). */
export function resolveUserDataDir(inputs: DataDirInputs): string | null {
  const { env } = inputs;
  const platform = inputs.platform ?? process.platform;
  const explicit = env['CAPCHECK_DATA_DIR'];
  if (explicit !== undefined && explicit !== '') return resolve(inputs.cwd ?? process.cwd(), explicit);
  if (inputs.configured !== undefined && inputs.configured !== null) return inputs.configured;
  if (platform === 'win32') {
    const local = env['LOCALAPPDATA'];
    return local !== undefined && local !== '' ? win32.join(local, 'capcheck') : null;
  }
  const home = env['HOME'];
  if (platform === 'darwin') return home !== undefined && home !== '' ? posix.join(home, 'Library', 'Application Support', 'capcheck') : null;
  const xdg = env['XDG_DATA_HOME'];
  // The XDG specification ignores a relative XDG_DATA_HOME.
  if (xdg !== undefined && posix.isAbsolute(xdg)) return posix.join(xdg, 'capcheck');
  return home !== undefined && home !== '' ? posix.join(home, '.local', 'share', 'capcheck') : null;
}

/** A configured `dataDir`, resolved against the folder of the configuration file that set it. */
export function resolveConfiguredDataDir(dataDir: string | undefined, configPath: string | null, cwd: string): string | null {
  if (dataDir === undefined) return null;
  return isAbsolute(dataDir) ? dataDir : resolve(configPath === null ? cwd : dirname(configPath), dataDir);
}

/** The path of an imported table in `dataDir`. */
export function userDataPath(dataDir: string, kind: keyof typeof USER_DATA_FILES): string {
  return join(dataDir, USER_DATA_FILES[kind]);
}

/**
 * Writes `text` to `path` atomically: into a temporary file beside it, then renamed over it, so a
 * reader sees the old file or the new one, never half of one. Creates the folder. Throws on failure
 * (after removing the temporary file).
 */
export function writeFileAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, text, { flag: 'wx' });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
