import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveUserDataDir } from '../../src/data/user-data.js';
import { fxDataOrigin, loadFxTable } from '../../src/money/load-fx.js';
import { gdpDataOrigin } from '../../src/data/load-gdp.js';
import { runCli } from '../run-cli.js';

const SAMPLES = 'test/fixtures-data';

/** A fresh user data folder that does not exist yet (the import creates it). */
function dataDir(): string {
  return join(mkdtempSync(join(tmpdir(), 'capcheck-data-')), 'data');
}

function findingMessages(stdout: string): string[] {
  const report = JSON.parse(stdout) as { files: { findings: { message: string }[] }[] };
  return report.files.flatMap((file) => file.findings.map((finding) => finding.message));
}

describe('capcheck data fx import', () => {
  it.each(['ecb-hist-sample.csv', 'ecb-hist-sample.zip'])('imports the ECB file %s, and a later check converts with its rates', (file) => {
    const dir = dataDir();
    const env = { CAPCHECK_DATA_DIR: dir };
    const run = runCli(['data', 'fx', 'import', `${SAMPLES}/${file}`], { env });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`imported 6 days of ECB rates through 2026-05-08 into ${join(dir, 'fx.json')}\n`);
    expect(run.exitCode).toBe(0);
    expect(readdirSync(dir)).toEqual(['fx.json']);

    // 6 May 2026 is after the bundled table ends (13 Apr 2026): the imported rate of that day is used.
    const args = ['fixtures/conversion-checks-out/input.txt', '--date', '2026-05-06', '--format', 'json'];
    const imported = findingMessages(runCli(args, { env }).stdout);
    expect(imported[0]).toContain('≈ $71.42 billion at the ECB reference rate of 1.1520 USD per EUR on 6 May 2026');
    const bundled = findingMessages(runCli(args).stdout);
    expect(bundled[0]).toContain('≈ $72.44 billion at the ECB reference rate of 1.1684 USD per EUR on 13 Apr 2026');

    const origin = fxDataOrigin({ dataDir: dir });
    expect(origin).toEqual({ source: join(dir, 'fx.json'), through: '2026-05-08' });
    // The bundled history before the file's first day is kept: 1999 rates still convert.
    const table = loadFxTable({ dataDir: dir });
    expect(table.ok && table.table.dates[0]).toBe('1999-01-04');
    expect(fxDataOrigin()).toEqual({ source: 'bundled', through: '2026-04-13' });
  }, 60_000);

  it('rejects a bad rate in one line naming the file, line and column, exit 2, and writes nothing', () => {
    const dir = dataDir();
    const run = runCli(['data', 'fx', 'import', `${SAMPLES}/ecb-bad-rate.csv`], { env: { CAPCHECK_DATA_DIR: dir } });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(`capcheck: ${SAMPLES}/ecb-bad-rate.csv: line 3, column USD: "1.15x3" is not a rate (expected a positive decimal such as 1.0472, or N/A)\n`);
    expect(run.stdout).toBe('');
    expect(existsSync(dir)).toBe(false);
  });

  it.each([
    ['not ECB data', 'Country,Value\nCroatia,1\n', 'line 1: expected the ECB header "Date,USD,JPY,…", found "Country,Value"'],
    ['a missing currency', 'Date,USD,JPY,\n2026-05-08,1.1,170,\n', 'line 1: no GBP column: not the ECB\'s full reference-rate file'],
    ['a bad date', 'Date,USD,JPY,GBP,CNY,INR,CHF,CAD,AUD,HKD,KRW,\n2026-02-30,1,1,1,1,1,1,1,1,1,1,\n', 'line 2, column Date: "2026-02-30" is not a date in YYYY-MM-DD form'],
    ['a short row', 'Date,USD,JPY,GBP,CNY,INR,CHF,CAD,AUD,HKD,KRW,\n2026-05-08,1,1,1,\n', 'line 2: 4 fields, expected 11 as in the header'],
    ['a repeated day', 'Date,USD,JPY,GBP,CNY,INR,CHF,CAD,AUD,HKD,KRW,\n2026-05-08,1,1,1,1,1,1,1,1,1,1,\n2026-05-08,1,1,1,1,1,1,1,1,1,1,\n', 'line 3, column Date: 2026-05-08 appears twice (lines 2 and 3)'],
    ['a damaged zip', 'PK\u0003\u0004 not really a zip', 'not a readable zip: no end of central directory'],
  ])('rejects %s', (_, content, message) => {
    const folder = mkdtempSync(join(tmpdir(), 'capcheck-bad-'));
    const file = join(folder, 'rates.csv');
    writeFileSync(file, content);
    const dir = dataDir();
    const run = runCli(['data', 'fx', 'import', file], { env: { CAPCHECK_DATA_DIR: dir } });
    expect(run.stderr).toBe(`capcheck: ${file}: ${message}\n`);
    expect(run.exitCode).toBe(2);
    expect(existsSync(dir)).toBe(false);
  });

  it('keeps the bundled rates in use when they reach further than the import, and says so', () => {
    const folder = mkdtempSync(join(tmpdir(), 'capcheck-old-'));
    const file = join(folder, 'old.csv');
    writeFileSync(file, 'Date,USD,JPY,GBP,CNY,INR,CHF,CAD,AUD,HKD,KRW,\n2025-01-03,1.03,162,0.83,7.5,88.5,0.94,1.49,1.66,8.0,1520,\n');
    const dir = dataDir();
    const run = runCli(['data', 'fx', 'import', file], { env: { CAPCHECK_DATA_DIR: dir } });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe(`imported 1 day of ECB rates through 2025-01-03 into ${join(dir, 'fx.json')}; the bundled rates reach further (through 2026-04-13) and stay in use\n`);
    expect(fxDataOrigin({ dataDir: dir })).toEqual({ source: 'bundled', through: '2026-04-13' });
  });

  it('a damaged imported table stops a check with one line naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'capcheck-damaged-'));
    writeFileSync(join(dir, 'fx.json'), '{"format":"capcheck-fx-table/1"}');
    const run = runCli(['fixtures/conversion-checks-out/input.txt', '--date', '2026-05-06'], { env: { CAPCHECK_DATA_DIR: dir } });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(`capcheck: ${join(dir, 'fx.json')}: source: expected an object (import the ECB file again, or delete this file)\n`);
  });
});

describe('capcheck data gdp import', () => {
  it.each(['worldbank-gdp-sample.csv', 'worldbank-gdp-sample.zip'])('imports the World Bank file %s, and a later check compares with its figures', (file) => {
    const dir = dataDir();
    const env = { CAPCHECK_DATA_DIR: dir };
    const run = runCli(['data', 'gdp', 'import', `${SAMPLES}/${file}`], { env });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`imported World Bank GDP of 4 economies, 2000–2024, into ${join(dir, 'gdp.json')}\n`);
    expect(run.exitCode).toBe(0);
    expect(gdpDataOrigin({ dataDir: dir })).toEqual({ source: join(dir, 'gdp.json'), through: 2024 });

    // By 2 July 2025 the 2024 figures are published: the imported Croatia 2024 is used, the bundled table stops at 2023.
    const args = ['fixtures/gdp-comparison/input.txt', '--date', '2025-07-02', '--format', 'json'];
    expect(findingMessages(runCli(args, { env }).stdout).join('\n')).toContain("Croatia's GDP was $92.11 billion in 2024");
    expect(findingMessages(runCli(args).stdout).join('\n')).toContain("Croatia's GDP was $82.69 billion in 2023");
  }, 60_000);

  it('rejects a bad value in one line naming the file, line and column, exit 2, and writes nothing', () => {
    const dir = dataDir();
    const run = runCli(['data', 'gdp', 'import', `${SAMPLES}/worldbank-gdp-bad-value.csv`], { env: { CAPCHECK_DATA_DIR: dir } });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(`capcheck: ${SAMPLES}/worldbank-gdp-bad-value.csv: line 9, column 2023: "31,019,810,447" is not an amount of dollars\n`);
    expect(existsSync(dir)).toBe(false);
  });

  it('rejects another indicator', () => {
    const folder = mkdtempSync(join(tmpdir(), 'capcheck-pcap-'));
    const file = join(folder, 'API_NY.GDP.PCAP.CD.csv');
    writeFileSync(file, '"Country Name","Country Code","Indicator Name","Indicator Code","2023",\n"Croatia","HRV","GDP per capita (current US$)","NY.GDP.PCAP.CD","21866.9",\n');
    const run = runCli(['data', 'gdp', 'import', file], { env: { CAPCHECK_DATA_DIR: dataDir() } });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(`capcheck: ${file}: line 2, column Indicator Code: "NY.GDP.PCAP.CD" is not NY.GDP.MKTP.CD (GDP, current US$): download that indicator\n`);
  });
});

describe('the user data folder', () => {
  it.each<[string, NodeJS.Platform, Record<string, string>, string | null]>([
    ['CAPCHECK_DATA_DIR first', 'linux', { CAPCHECK_DATA_DIR: '/srv/capcheck', HOME: '/home/a' }, '/srv/capcheck'],
    ['XDG_DATA_HOME on Linux', 'linux', { XDG_DATA_HOME: '/home/a/.data', HOME: '/home/a' }, '/home/a/.data/capcheck'],
    ['~/.local/share on Linux', 'linux', { HOME: '/home/a' }, '/home/a/.local/share/capcheck'],
    ['Application Support on macOS', 'darwin', { HOME: '/Users/a' }, '/Users/a/Library/Application Support/capcheck'],
    ['LOCALAPPDATA on Windows', 'win32', { LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'C:\\Users\\a\\AppData\\Local\\capcheck'],
    ['none without HOME', 'linux', {}, null],
  ])('%s', (_, platform, env, expected) => {
    expect(resolveUserDataDir({ env, platform })).toBe(expected);
  });

  it('the configuration key dataDir comes after CAPCHECK_DATA_DIR and before the platform folder', () => {
    expect(resolveUserDataDir({ env: { HOME: '/home/a' }, configured: '/etc/capcheck-data', platform: 'linux' })).toBe('/etc/capcheck-data');
    expect(resolveUserDataDir({ env: { CAPCHECK_DATA_DIR: '/x' }, configured: '/etc/capcheck-data', platform: 'linux' })).toBe('/x');
  });

  it('the configuration key dataDir is resolved against the configuration file, for imports and checks alike', () => {
    const root = mkdtempSync(join(tmpdir(), 'capcheck-config-'));
    writeFileSync(join(root, '.capcheckrc.json'), '{ "dataDir": "tables" }');
    const sample = join(process.cwd(), SAMPLES, 'ecb-hist-sample.csv');
    const run = runCli(['data', 'fx', 'import', sample], { cwd: root });
    expect(run.stdout).toBe(`imported 6 days of ECB rates through 2026-05-08 into ${join(root, 'tables', 'fx.json')}\n`);
    const article = join(process.cwd(), 'fixtures/conversion-checks-out/input.txt');
    const check = runCli([article, '--date', '2026-05-06', '--format', 'json'], { cwd: root });
    expect(findingMessages(check.stdout)[0]).toContain('1.1520 USD per EUR on 6 May 2026');
  }, 60_000);

  it('without a folder the import says how to name one', () => {
    const run = runCli(['data', 'fx', 'import', `${SAMPLES}/ecb-hist-sample.csv`]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe('capcheck: no user data folder: set CAPCHECK_DATA_DIR (or HOME), or the configuration key dataDir\n');
  });
});
