/**
 * `capcheck data fx import FILE` and `capcheck data gdp import FILE`: newer FX rates and GDP
 * figures than the release bundles, from the publishers' own downloads, without a new release.
 * The file is validated whole (one line naming the file, line and column on the first problem;
 * exit 2; nothing written), then written atomically into the user data folder (see
 * src/data/user-data.ts), where later runs find it. Loaded only when an import is asked for.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { findConfig } from '../../config/load-config.js';
import { encodeGdpTable } from '../../data/gdp-built.js';
import { loadBundledGdpTable } from '../../data/load-gdp.js';
import { looksLikeZip, readZip } from '../../data/read-zip.js';
import { resolveConfiguredDataDir, resolveUserDataDir, userDataPath, writeFileAtomic } from '../../data/user-data.js';
import { parseWorldBankCsv } from '../../data/world-bank-csv.js';
import { extendFxTable, parseEcbCsv } from '../../money/ecb-csv.js';
import { encodeFxTable } from '../../money/fx-built.js';
import { loadBundledFxTable } from '../../money/load-fx.js';
import { reportUsageError, type CliEnvironment } from '../environment.js';
import { EXIT } from '../exit-codes.js';

/** One import asked for on the command line. */
export interface ImportInvocation {
  readonly kind: 'fx' | 'gdp';
  readonly file: string;
}

/** Runs one import: 0 with one line saying what was stored where, or 2 with one line saying what is wrong. */
export async function runImport(invocation: ImportInvocation, environment: CliEnvironment): Promise<number> {
  const cwd = environment.cwd();
  const config = await findConfig(cwd);
  if (!config.ok) return reportUsageError(environment, config.error);
  const configured = resolveConfiguredDataDir(config.config.dataDir, config.path, cwd);
  const dataDir = resolveUserDataDir({ env: environment.env, configured, cwd });
  if (dataDir === null) {
    return reportUsageError(environment, 'no user data folder: set CAPCHECK_DATA_DIR (or HOME), or the configuration key dataDir');
  }
  const label = invocation.file;
  const path = resolve(cwd, invocation.file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return reportUsageError(environment, `${label}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : 'cannot be read'}`);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const csv = csvText(bytes, invocation.kind);
  if (!csv.ok) return reportUsageError(environment, `${label}: ${csv.error}`);
  const where = csv.member === null ? label : `${label} (${csv.member})`;
  const imported = { from: path, at: new Date().toISOString() };
  return invocation.kind === 'fx' ? importFx(csv.text, where, sha256, imported, dataDir, environment) : importGdp(csv.text, where, csv.member ?? basename(path), sha256, imported, dataDir, environment);
}

type Imported = { readonly from: string; readonly at: string };

function importFx(text: string, where: string, sha256: string, imported: Imported, dataDir: string, environment: CliEnvironment): number {
  const parsed = parseEcbCsv(text, sha256);
  if (!parsed.ok) return reportUsageError(environment, `${where}: ${parsed.error}`);
  const bundled = loadBundledFxTable();
  if (!bundled.ok) return reportUsageError(environment, bundled.error);
  const table = extendFxTable(bundled.table, parsed.table);
  const target = userDataPath(dataDir, 'fx');
  const written = write(target, encodeFxTable(table, imported));
  if (written !== null) return reportUsageError(environment, written);
  const through = parsed.table.source.lastDate;
  const bundledThrough = bundled.table.source.lastDate;
  const note = bundledThrough > through ? `; the bundled rates reach further (through ${bundledThrough}) and stay in use` : '';
  const days = parsed.table.dates.length;
  environment.stdout.write(`imported ${count(days)} ${days === 1 ? 'day' : 'days'} of ECB rates through ${through} into ${target}${note}\n`);
  return EXIT.OK;
}

function importGdp(text: string, where: string, fileName: string, sha256: string, imported: Imported, dataDir: string, environment: CliEnvironment): number {
  const parsed = parseWorldBankCsv(text, fileName, sha256);
  if (!parsed.ok) return reportUsageError(environment, `${where}: ${parsed.error}`);
  const bundled = loadBundledGdpTable();
  if (!bundled.ok) return reportUsageError(environment, bundled.error);
  const target = userDataPath(dataDir, 'gdp');
  const written = write(target, encodeGdpTable(parsed.table, imported));
  if (written !== null) return reportUsageError(environment, written);
  if (parsed.unknownCodes.length > 0) {
    environment.stderr.write(`capcheck: ${where}: left out codes that are neither known aggregates nor countries capcheck names: ${parsed.unknownCodes.join(' ')}\n`);
  }
  const { firstYear, lastYear } = parsed.table.source;
  const bundledThrough = bundled.table.source.lastYear;
  const note = bundledThrough > lastYear ? `; the bundled figures reach further (through ${bundledThrough}) and stay in use` : '';
  environment.stdout.write(`imported World Bank GDP of ${count(parsed.table.economies.length)} economies, ${firstYear}–${lastYear}, into ${target}${note}\n`);
  return EXIT.OK;
}

/** The CSV to read: the file itself, or the member of a zip that holds the data. */
function csvText(bytes: Buffer, kind: 'fx' | 'gdp'): { ok: true; text: string; member: string | null } | { ok: false; error: string } {
  if (!looksLikeZip(bytes)) return { ok: true, text: bytes.toString('utf8'), member: null };
  try {
    const csvs = readZip(bytes).filter((member) => /\.csv$/i.test(member.name));
    // The World Bank's zip also holds Metadata_Country_….csv and Metadata_Indicator_….csv.
    const wanted = kind === 'gdp' ? csvs.filter((member) => /(^|\/)API_/.test(member.name)) : csvs;
    const member = wanted[0];
    if (member === undefined || wanted.length > 1) {
      const expected = kind === 'gdp' ? 'one API_….csv' : 'one CSV (eurofxref-hist.csv)';
      return { ok: false, error: `expected ${expected} in the zip, found ${wanted.length === 0 ? 'none' : wanted.map((m) => m.name).join(', ')}` };
    }
    return { ok: true, text: member.read().toString('utf8'), member: member.name };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

/** Writes the table atomically; a one-line error on failure. */
function write(target: string, value: unknown): string | null {
  try {
    writeFileAtomic(target, `${JSON.stringify(value)}\n`);
    return null;
  } catch (error) {
    return `${target}: cannot write: ${(error as Error).message.replace(/\s+/g, ' ')}`;
  }
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}
