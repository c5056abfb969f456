/**
 * A table capcheck ships and users may refresh (FX rates, GDP): the bundled table, or the one
 * imported into the user data folder when it reaches at least as far (so a release whose bundled
 * data is newer than an old import wins). The imported file is user data, so it is checked on load.
 */
import { readFileSync } from 'node:fs';
import { userDataPath, type DataOrigin, type USER_DATA_FILES } from './user-data.js';

/** What differs between the tables: where the import lives, how it is checked and read, how far it reaches. */
export interface LayeredTableKind<Table, Through extends string | number> {
  readonly userFile: keyof typeof USER_DATA_FILES;
  /** Names the download to import again when the stored table is damaged ("the ECB file"). */
  readonly download: string;
  /** A problem with the stored JSON, or null. */
  readonly check: (json: unknown) => string | null;
  /** Reads JSON that passed `check`. */
  readonly decode: (json: unknown) => Table;
  readonly through: (table: Table) => Through;
  readonly loadBundled: () => { ok: true; table: Table } | { ok: false; error: string };
}

export type LayeredLoadResult<Table, Through> = { ok: true; table: Table; origin: DataOrigin<Through> } | { ok: false; error: string };

/** An imported table, checked; `table: null` when there is none. */
export function readImportedTable<Table, Through extends string | number>(
  kind: LayeredTableKind<Table, Through>,
  path: string,
): { ok: true; path: string; table: Table | null } | { ok: false; error: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, path, table: null };
    return { ok: false, error: `${path}: cannot read: ${(error as Error).message}` };
  }
  const again = `(import ${kind.download} again, or delete this file)`;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: `${path}: invalid JSON ${again}` };
  }
  const problem = kind.check(json);
  if (problem !== null) return { ok: false, error: `${path}: ${problem} ${again}` };
  return { ok: true, path, table: kind.decode(json) };
}

/** A loader choosing between the bundled and the imported table, once per process and data folder. */
export function createLayeredLoader<Table, Through extends string | number>(
  kind: LayeredTableKind<Table, Through>,
): (options?: { readonly dataDir?: string | null }) => LayeredLoadResult<Table, Through> {
  const loaded = new Map<string, { table: Table; origin: DataOrigin<Through> }>();
  return (options = {}) => {
    const dataDir = options.dataDir ?? null;
    const cached = loaded.get(dataDir ?? '');
    if (cached !== undefined) return { ok: true, ...cached };
    const base = kind.loadBundled();
    if (!base.ok) return base;
    let chosen = { table: base.table, origin: { source: 'bundled', through: kind.through(base.table) } };
    if (dataDir !== null) {
      const imported = readImportedTable(kind, userDataPath(dataDir, kind.userFile));
      if (!imported.ok) return imported;
      if (imported.table !== null && kind.through(imported.table) >= kind.through(base.table)) {
        chosen = { table: imported.table, origin: { source: imported.path, through: kind.through(imported.table) } };
      }
    }
    loaded.set(dataDir ?? '', chosen);
    return { ok: true, ...chosen };
  };
}
