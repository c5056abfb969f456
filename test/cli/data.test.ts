/**
 * `capcheck data …` and users' own records (--data, the configuration's `data`), run as a user
 * would. The record files and articles are in test/cli/user-data/.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../run-cli.js';

const DIR = 'test/cli/user-data';
const REVISED = `${DIR}/meta-revised.json`;
const XAI = `${DIR}/config/records/xai.json`;

describe('capcheck data list', () => {
  it('lists one line per record, the filters combined', () => {
    const run = runCli(['data', 'list', '--company', 'META', '--metric', 'capex', '--period', '2025']);
    expect(run.exitCode).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+Company\s+Metric\s+Type\s+Period\s+Value\s+Announced\s+Source\s+Confidence$/);
    const rows = lines.slice(1, -1);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(row).toMatch(/^META-CAPEX-\S+\s+META\s+capex\s+(guidance|actual)\s+2025\s+/);
    expect(run.stdout).toMatch(/META-CAPEX-2025-Q4CALL\s+META\s+capex\s+guidance\s+2025\s+\$60–65 billion\s+2025-01-29\s+weak\s+low/);
    expect(lines.at(-1)).toBe(`${rows.length} records`);
  });

  it('gives JSON, and shows a user record replacing the bundled one', () => {
    const run = runCli(['data', 'list', '--company', 'meta', '--period', '2025', '--metric', 'capex', '--format', 'json', '--data', REVISED]);
    expect(run.exitCode).toBe(0);
    const { records } = JSON.parse(run.stdout) as { records: { id: string; value: string; origin?: unknown }[] };
    expect(records.find((record) => record.id === 'META-CAPEX-2025-Q4CALL')).toEqual(
      expect.objectContaining({ value: '$70–75 billion', sourceClass: 'reputable', origin: { kind: 'user', file: REVISED } }),
    );
    expect(records.filter((record) => record.origin !== undefined)).toHaveLength(1);
  });
});

describe('capcheck data show', () => {
  it('shows the record, its sources and its whole chain', () => {
    const run = runCli(['data', 'show', 'META-CAPEX-2025-Q1']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^META-CAPEX-2025-Q1: Meta capex guidance\n/);
    for (const label of ['Period', 'Value', 'Announced', 'Confidence', 'Basis', 'Scope', 'Origin']) expect(run.stdout).toMatch(new RegExp(`\\n  ${label} +\\S`));
    expect(run.stdout).toContain('Origin       bundled: data/records/meta.json');
    expect(run.stdout).toMatch(/Sources \(1\):\n  1\. .+\n     .+, 2025-04-30, weak\n     https:\/\/\S+\n     ".+"/);
    const chain = run.stdout.slice(run.stdout.indexOf('Chain ('));
    // Earlier and later steps, each with its date and value; the record itself marked.
    expect(chain).toMatch(/2025-01-24\s+META-CAPEX-2025-ZUCK\s+guidance\s+\$60–65 billion\s+superseded 2025-01-29/);
    expect(chain).toMatch(/\*\s+2025-04-30\s+META-CAPEX-2025-Q1\s+guidance\s+\$64–72 billion/);
    expect(chain).toMatch(/META-CAPEX-2025-ACT\s+actual\s+\$72\.22 billion\s+final/);
    expect(chain.indexOf('ZUCK')).toBeLessThan(chain.indexOf('META-CAPEX-2025-ACT'));
  });

  it('names a user record as from your data', () => {
    const run = runCli(['data', 'show', 'XAI-CAPEX-2025-G1', '--data', XAI]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(`Origin       your data: ${XAI}`);
    expect(run.stdout).toContain('Chain: none');
  });

  it.each([
    ['META-CAPEX-2025-Q9', 'capcheck: no record "META-CAPEX-2025-Q9"; did you mean META-CAPEX-2025-Q1, META-CAPEX-2025-Q2, META-CAPEX-2025-Q3?'],
    ['NOTHING', 'capcheck: no record "NOTHING" (see capcheck data list)'],
  ])('an unknown id %s is one line, exit 2', (id, expected) => {
    const run = runCli(['data', 'show', id]);
    expect(run).toEqual({ exitCode: 2, stdout: '', stderr: `${expected}\n` });
  });
});

describe('capcheck data coverage', () => {
  it('gives a line per company and metric, the data-through date and the source classes', () => {
    const run = runCli(['data', 'coverage']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^Company\s+Metric\s+Records\s+Newest announcement\s+Latest period\n/);
    expect(run.stdout).toMatch(/\nMETA\s+capex\s+\d+\s+\d{4}-\d{2}-\d{2}\s+\d{4}\n/);
    expect(run.stdout).toMatch(/\n\d+ records, data through \d{4}-\d{2}-\d{2}\.\nCited source class: primary \d+ \(\d+%\), reputable \d+ \(\d+%\), weak \d+ \(\d+%\)\.\n$/);
  });

  it('counts users\' records in, as JSON', () => {
    const bundled = JSON.parse(runCli(['data', 'coverage', '--format', 'json']).stdout) as { records: number; rows: { company: string; metric: string }[] };
    const run = runCli(['data', 'coverage', '--format', 'json', '--data', XAI]);
    expect(run.exitCode).toBe(0);
    const coverage = JSON.parse(run.stdout) as typeof bundled;
    expect(coverage.records).toBe(bundled.records + 1);
    expect(coverage.rows).toContainEqual({ company: 'XAI', metric: 'capex', records: 1, newestAnnouncement: '2025-03-01', latestPeriod: '2025' });
  });
});

describe('capcheck data validate', () => {
  it('says OK in one line for good files', () => {
    const run = runCli(['data', 'validate', REVISED, XAI]);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^OK: 2 files, 2 records \(1 replacing bundled ones, 1 new\); \d+ records in all, data through \d{4}-\d{2}-\d{2}\n$/);
  });

  it.each([
    [[`${DIR}/broken.json`], [`${DIR}/broken.json: records.0.value.range: range low must be below high`]],
    [[`${DIR}/not-json.json`], [`${DIR}/not-json.json: not valid JSON: `]],
    [[`${DIR}/no-such.json`, `${DIR}/broken.json`], [`${DIR}/no-such.json: no such file`, `${DIR}/broken.json: records.0.value.range: `]],
  ])('reports every problem of %j, one line each, exit 2', (files, expected) => {
    const run = runCli(['data', 'validate', ...files]);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(expected.length);
    expected.forEach((start, index) => expect(lines[index]).toContain(`capcheck: ${start}`));
  });

  it('reports a record that breaks a bundled chain at its file and path', () => {
    // The same Meta 2025 guidance, announced without naming the step it replaces: two steps in force.
    const run = runCli(['data', 'validate', `${DIR}/gap.json`]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^capcheck: ${DIR}/gap\\.json: records\\.0\\.supersedes: .*are all in force`));
  });
});

describe('capcheck --data: users\' records in a check', () => {
  const article = `${DIR}/meta-article.txt`;

  it('a user record replacing a bundled one changes the verdict, and the finding says so', () => {
    const before = runCli([article, '--date', '2025-03-10', '--format', 'unix']);
    expect(before.exitCode).toBe(0);
    expect(before.stdout).toContain('[supported]');
    const after = runCli([article, '--date', '2025-03-10', '--format', 'unix', '--data', REVISED]);
    expect(after.exitCode).toBe(1);
    expect(after.stdout).toContain(`superseded on 29 Jan 2025 by $70–75 billion (from your data: ${REVISED}).`);
    expect(after.stdout).toMatch(/\[outdated\]$/m);
  });

  it('a user record adds a figure the bundle lacks; JSON carries its origin', () => {
    const args = [`${DIR}/xai-article.txt`, '--date', '2025-03-10', '--format', 'json'];
    const before = JSON.parse(runCli(args).stdout) as { files: { findings: { verdict: string; reference: unknown }[] }[] };
    expect(before.files[0]?.findings[0]).toMatchObject({ verdict: 'unverifiable', reference: null });
    const run = runCli([...args, '--data', XAI]);
    expect(run.exitCode).toBe(1);
    const finding = (JSON.parse(run.stdout) as { files: { findings: { verdict: string; message: string; reference: { id: string; origin: unknown } }[] }[] }).files[0]?.findings[0];
    expect(finding?.verdict).toBe('overstated');
    expect(finding?.message).toContain(`~$18 billion (1 Mar 2025, from your data: ${XAI})`);
    expect(finding?.reference).toMatchObject({ id: 'XAI-CAPEX-2025-G1', origin: { kind: 'user', file: XAI } });
  });

  it.each([
    ['--config', ['--config', `${DIR}/config/.capcheckrc.json`], REPO_ROOT, XAI],
    ['the configuration found in the working folder', [], join(REPO_ROOT, DIR, 'config'), 'records/xai.json'],
  ])('takes the configuration\'s data (paths relative to it), via %s', (_label, extra, cwd, label) => {
    const run = runCli([join(REPO_ROOT, DIR, 'xai-article.txt'), '--date', '2025-03-10', '--format', 'unix', ...extra], { cwd });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(`(1 Mar 2025, from your data: ${label}).`);
    expect(run.stdout).toMatch(/\[overstated\]$/m);
  });

  it.each([
    [`${DIR}/broken.json`, `capcheck: ${DIR}/broken.json: records.0.value.range: range low must be below high`],
    [`${DIR}/no-such.json`, `capcheck: ${DIR}/no-such.json: no such file`],
    [`${DIR}/not-json.json`, `capcheck: ${DIR}/not-json.json: not valid JSON: `],
  ])('a bad --data file %s is one line and exit 2, before any article is read', (file, expected) => {
    // The article does not exist either: the data is checked first.
    const run = runCli([`${DIR}/no-such-article.txt`, '--data', file]);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(run.stderr.startsWith(expected)).toBe(true);
  });

  it('a bad data key in the configuration is one line, exit 2', () => {
    const run = runCli([`${DIR}/meta-article.txt`, '--config', `${DIR}/bad-config.json`]);
    expect(run).toEqual({ exitCode: 2, stdout: '', stderr: `capcheck: ${DIR}/bad-config.json: data: Invalid input: expected array, received string\n` });
  });
});

describe('capcheck data, usage', () => {
  it('without a subcommand is one line, exit 2', () => {
    expect(runCli(['data'])).toEqual({ exitCode: 2, stdout: '', stderr: 'capcheck: data: give a subcommand: list, show, coverage, validate, fx, gdp (see capcheck data --help)\n' });
  });
});
