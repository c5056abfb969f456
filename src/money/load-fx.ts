/**
 * The FX table a run converts with. Its source is data/fx/ecb-rates.json (derived from the ECB's
 * CSV by scripts/derive-fx.mjs); the build validates it and writes data/build/fx.json in the form
 * the converter uses (see fx-built.ts), which a run loads as it is — no schema pass, no decimal
 * parsing, and never loads the schema: only the build (derive-fx-table.ts) reads the source file.
 *
 * A table imported with `capcheck data fx import` (user data, so checked when loaded) replaces the
 * bundled one when it reaches at least as far (its last date ≥ the bundled last date): a release
 * whose bundled rates are newer than an old import wins.
 */
import { existsSync } from 'node:fs';
import type { IsoDate } from '../types.js';
import { readBundledJson, unbuilt } from '../data/read-bundled-json.js';
import { createLayeredLoader, readImportedTable, type LayeredTableKind } from '../data/layered-table.js';
import type { DataOrigin } from '../data/user-data.js';
import type { FxTable } from './fx.js';
import { BUILT_FX_FORMAT, checkBuiltFxTable, decodeFxTable, type BuiltFxSource, type BuiltFxTable } from './fx-built.js';
import { lazyFxTable } from './lazy-fx-table.js';

/** Which FX data a run used: `bundled` or the imported table's path, and its last date. */
export type FxOrigin = DataOrigin<IsoDate>;

/** The outcome of loading the table: the parsed rates and where they came from, or a one-line error naming the file. */
export type FxLoadResult = { ok: true; table: FxTable; origin: FxOrigin } | { ok: false; error: string };

/** How the bundled file is named in error messages (relative to the package root). */
export const FX_FILE_LABEL = 'data/fx/ecb-rates.json';
export const FX_BUILD_LABEL = 'data/build/fx.json';

// Both resolve from src/money/ and from the compiled dist/money/ alike.
export const FX_FILE_URL = new URL('../../data/fx/ecb-rates.json', import.meta.url);
export const FX_BUILD_URL = new URL('../../data/build/fx.json', import.meta.url);
/** The built table's source alone, so that a run learns what it checks against without reading the rates. */
export const FX_SOURCE_BUILD_URL = new URL('../../data/build/fx-source.json', import.meta.url);
const FX_SOURCE_BUILD_LABEL = 'data/build/fx-source.json';

/** Where to look for an imported table; without a folder only the bundled table is used. */
export interface FxLoadOptions {
  readonly dataDir?: string | null;
}

let bundled: FxTable | undefined;

/**
 * The bundled table, once per process, as the build wrote it (derive-fx-table.ts makes it from the
 * source file): its source now, its rates on the first conversion (see `lazyFxTable`).
 */
export function loadBundledFxTable(): { ok: true; table: FxTable } | { ok: false; error: string } {
  if (bundled !== undefined) return { ok: true, table: bundled };
  const head = readBundledJson(FX_SOURCE_BUILD_URL, FX_SOURCE_BUILD_LABEL);
  // Written by our own build from the validated source; another layout (an older build) needs a new build.
  if (!head.ok || (head.json as { format?: unknown } | null)?.format !== BUILT_FX_FORMAT) return { ok: false, error: unbuilt(head, FX_SOURCE_BUILD_LABEL) };
  if (!existsSync(FX_BUILD_URL)) return { ok: false, error: unbuilt({ ok: false, error: `${FX_BUILD_LABEL}: cannot read: no such file` }, FX_BUILD_LABEL) };
  bundled = lazyFxTable((head.json as BuiltFxSource).source, readBuiltRates);
  return { ok: true, table: bundled };
}

/** The built rates; by now only a damaged install fails here, and that is a bug report, not a usage error. */
function readBuiltRates(): FxTable {
  const built = readBundledJson(FX_BUILD_URL, FX_BUILD_LABEL);
  if (!built.ok || (built.json as { format?: unknown } | null)?.format !== BUILT_FX_FORMAT) throw new Error(unbuilt(built, FX_BUILD_LABEL));
  return decodeFxTable(built.json as BuiltFxTable);
}

const fxKind: LayeredTableKind<FxTable, IsoDate> = {
  userFile: 'fx',
  download: 'the ECB file',
  check: checkBuiltFxTable,
  decode: (json) => decodeFxTable(json as BuiltFxTable),
  through: (table) => table.source.lastDate,
  loadBundled: () => loadBundledFxTable(),
};

/**
 * The table a run uses: the bundled one, or the one imported into `dataDir` when it reaches at
 * least as far. Loaded once per process and folder.
 */
export const loadFxTable: (options?: FxLoadOptions) => FxLoadResult = createLayeredLoader(fxKind);

/** Which data a run with this folder uses (`bundled` or the imported file, and how far it reaches); null when none loads. */
export function fxDataOrigin(options: FxLoadOptions = {}): FxOrigin | null {
  const result = loadFxTable(options);
  return result.ok ? result.origin : null;
}

/** An imported table, checked; `table: null` when there is none. */
export function readImportedFxTable(path: string): { ok: true; path: string; table: FxTable | null } | { ok: false; error: string } {
  return readImportedTable(fxKind, path);
}
