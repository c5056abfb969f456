/** The command line names its data (--version, JSON `data`) and warns about stale data unless configured off. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../run-cli.js';

const dataset = JSON.parse(readFileSync(join(REPO_ROOT, 'data', 'build', 'reference.json'), 'utf8')) as { version: string; dataThrough: string };
const fx = JSON.parse(readFileSync(join(REPO_ROOT, 'data', 'fx', 'ecb-rates.json'), 'utf8')) as { dates: string[]; source: { name: string } };
const gdp = JSON.parse(readFileSync(join(REPO_ROOT, 'data', 'gdp', 'gdp.json'), 'utf8')) as { economies: { gdp: Record<string, number> }[]; source: { name: string } };
const fxThrough = fx.dates[fx.dates.length - 1];
const gdpThrough = Math.max(...gdp.economies.flatMap((economy) => Object.keys(economy.gdp).map(Number)));
const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };

const ARTICLE = 'Meta will spend $115 billion to $135 billion on capex in 2026.\n';
const folder = mkdtempSync(join(tmpdir(), 'capcheck-fresh-'));
const article = join(folder, 'article.txt');
writeFileSync(article, ARTICLE);
const off = join(folder, 'off.json');
writeFileSync(off, JSON.stringify({ rules: { 'stale-data': 'off' } }));
const asError = join(folder, 'error.json');
writeFileSync(asError, JSON.stringify({ rules: { 'stale-data': 'error' } }));

interface JsonReport {
  data: unknown;
  files: { findings: { ruleId: string; severity: string; line: number; column: number; message: string }[] }[];
}

function check(args: readonly string[]): { exitCode: number; report: JsonReport } {
  const run = runCli([article, '--format', 'json', ...args]);
  expect(run.stderr).toBe('');
  return { exitCode: run.exitCode, report: JSON.parse(run.stdout) as JsonReport };
}

describe('naming the data', () => {
  it('--version names the package version and the data', () => {
    expect(runCli(['--version']).stdout).toBe(`capcheck ${version} (reference data through ${dataset.dataThrough}; ECB rates through ${fxThrough}; GDP ${gdpThrough})\n`);
  });

  it('the JSON report has a top-level data object read off the loaded data', () => {
    const { report } = check(['--date', '2026-05-01', '--no-config']);
    expect(report.data).toEqual({
      reference: { source: 'bundled', version: dataset.version, dataThrough: dataset.dataThrough },
      fx: { source: 'bundled', name: fx.source.name, through: fxThrough },
      gdp: { source: 'bundled', name: gdp.source.name, through: gdpThrough },
    });
  });

  it('the human report names it under the summary', () => {
    // Wide enough that the data line is not wrapped.
    const run = runCli([article, '--date', '2026-05-01', '--no-config'], { env: { COLUMNS: '200' } });
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/^Data: reference records \S+ \(announcements through .+\) · ECB rates through .+ · World Bank GDP through \d{4}$/);
  });
});

describe('stale data', () => {
  it('is quiet right after the newest record', () => {
    const { report } = check(['--date', '2026-05-01', '--no-config']);
    const findings = report.files[0]?.findings ?? [];
    expect(findings.map((finding) => finding.ruleId)).not.toContain('stale-data');
    expect(findings.some((finding) => finding.message.includes('may have changed since'))).toBe(false);
  });

  it('warns once at the top of the file, and notes it in the finding, when the article is months later', () => {
    const { exitCode, report } = check(['--date', '2026-09-20', '--no-config']);
    const findings = report.files[0]?.findings ?? [];
    const stale = findings.filter((finding) => finding.ruleId === 'stale-data');
    expect(stale).toEqual([expect.objectContaining({ severity: 'warning', line: 1, column: 1 })]);
    expect(stale[0]?.message).toContain("Meta's capex");
    expect(findings.find((finding) => finding.ruleId !== 'stale-data')?.message).toContain("capcheck's newest record for Meta's capex is from");
    expect(exitCode).toBe(1); // the figure itself is outdated, not the warning
  });

  it('is turned off, or made an error, in the configuration', () => {
    const quiet = check(['--date', '2026-09-20', '--config', off]).report.files[0]?.findings ?? [];
    expect(quiet.map((finding) => finding.ruleId)).not.toContain('stale-data');
    const loud = check(['--date', '2026-09-20', '--config', asError]).report.files[0]?.findings ?? [];
    expect(loud.find((finding) => finding.ruleId === 'stale-data')?.severity).toBe('error');
  });
});
