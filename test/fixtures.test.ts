/**
 * The fixture loop: every folder in fixtures/ is an article (input.txt or input.md), the
 * arguments to check it with (case.json), and the expected JSON and human reports.
 * Run with UPDATE_FIXTURES=1 to rewrite the expectations, then review the diff.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../src/reconcile/rules.js';
import { REPO_ROOT, runCli } from './run-cli.js';

interface FixtureCase {
  readonly args: readonly string[];
  /** Also check every machine format's output (positions in each format's own column unit). */
  readonly formats?: boolean;
}

/** The machine formats checked for fixtures that ask for them, and the file each is kept in. */
const MACHINE_FORMATS = [
  ['unix', 'expected.unix.txt'],
  ['sarif', 'expected.sarif'],
  ['github', 'expected.github.txt'],
  ['rdjson', 'expected.rdjson'],
  ['claimreview', 'expected.claimreview.json'],
] as const;

const FIXTURES = join(REPO_ROOT, 'fixtures');
/** The width the human expectations are drawn at: the compact layout most terminals and CI logs get. */
const FIXTURE_WIDTH = 80;
/** The day machine formats are made on (1 Jan 2026): ClaimReview dates each review with the day of the run. */
const RUN_DAY = { SOURCE_DATE_EPOCH: '1767225600' };
const UPDATE = process.env['UPDATE_FIXTURES'] === '1';

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function inputFile(name: string): string {
  const file = readdirSync(join(FIXTURES, name)).find((each) => each.startsWith('input.'));
  if (file === undefined) throw new Error(`fixtures/${name} has no input file`);
  return `fixtures/${name}/${file}`;
}

function expectMatchesFile(actual: string, path: string): void {
  if (UPDATE) writeFileSync(path, actual);
  // A missing expectation fails: it is written only on request, then reviewed.
  expect(existsSync(path), `${path} is missing: run with UPDATE_FIXTURES=1 and review it`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe.each(cases)('fixture %s', (name) => {
  const folder = join(FIXTURES, name);
  const fixture = JSON.parse(readFileSync(join(folder, 'case.json'), 'utf8')) as FixtureCase;
  const input = inputFile(name);

  it('gives the expected JSON report and exit code', () => {
    const run = runCli([input, ...fixture.args, '--format', 'json']);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as { summary: { errors: number } };
    expect(run.exitCode).toBe(report.summary.errors > 0 ? 1 : 0);
    expectMatchesFile(run.stdout, join(folder, 'expected.json'));
  });

  it('gives the expected human report', () => {
    // At a fixed width, as a pipe with COLUMNS=80 gets it: the expectations do not depend on the terminal.
    const run = runCli([input, ...fixture.args], { env: { COLUMNS: String(FIXTURE_WIDTH) } });
    expectMatchesFile(run.stdout, join(folder, 'expected.txt'));
  });

  if (fixture.formats === true) {
    it.each(MACHINE_FORMATS)('gives the expected %s output', (format, file) => {
      const run = runCli([input, ...fixture.args, '--format', format], { env: RUN_DAY });
      expect(run.stderr).toBe('');
      expectMatchesFile(run.stdout, join(folder, file));
    });
  }

  it('gives the same findings through stdin', () => {
    const fromFile = JSON.parse(runCli([input, ...fixture.args, '--format', 'json']).stdout) as { files: { findings: unknown[] }[] };
    const run = runCli([...fixture.args, '--format', 'json'], { input: readFileSync(join(REPO_ROOT, input), 'utf8') });
    const fromStdin = JSON.parse(run.stdout) as { files: { path: string; findings: unknown[] }[] };
    expect(fromStdin.files[0]?.path).toBe('<stdin>');
    expect(fromStdin.files[0]?.findings).toEqual(fromFile.files[0]?.findings);
  });
});

describe('the fixtures together', () => {
  // Read when the tests run, after the per-fixture tests may have written the expectations.
  const allFindings = () => cases.flatMap((name) => {
    const report = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as {
      files: { findings: { ruleId: string; verdict: string }[] }[];
    };
    return report.files.flatMap((file) => file.findings);
  });

  it('cover every verdict', () => {
    const verdicts = new Set(allFindings().map((finding) => finding.verdict));
    expect([...verdicts].sort()).toEqual([
      'currency-slip',
      'inconsistent',
      'misattributed',
      'not-checked',
      'outdated',
      'overstated',
      'period-slip',
      'scale-slip',
      'stale-data',
      'supported',
      'understated',
      'unused',
      'unverifiable',
    ]);
  });

  it('cover every rule', () => {
    expect([...new Set(allFindings().map((finding) => finding.ruleId))].sort()).toEqual([...RULE_IDS].sort());
  });
});
