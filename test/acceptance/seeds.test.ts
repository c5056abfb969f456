/**
 * The seed articles the project was created from live in ../shared (never copied here);
 * these checks run only where that folder exists, and are skipped on a user's machine.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../run-cli.js';

const SEEDS = join(REPO_ROOT, '..', 'shared', 'seeds');
const META_NEWS = join(SEEDS, '000_84bf4fdac161f7a5.txt');
const NEWSLETTER = join(SEEDS, '001_1a6e77cba9c48047.txt');

interface JsonFinding {
  readonly ruleId: string;
  readonly verdict: string;
  readonly text: string;
  readonly line: number;
  readonly message: string;
  readonly related: readonly { readonly line: number; readonly column: number }[];
  readonly claim: { readonly entity: string; readonly metric: string | null };
  readonly reference: { readonly id: string; readonly source: { readonly url: string; readonly date: string } } | null;
}
interface JsonReport {
  readonly files: readonly { readonly findings: readonly JsonFinding[] }[];
}

function check(path: string, date: string): { exitCode: number; findings: readonly JsonFinding[] } {
  const run = runCli([path, '--date', date, '--format', 'json']);
  const report = JSON.parse(run.stdout) as JsonReport;
  return { exitCode: run.exitCode, findings: report.files[0]?.findings ?? [] };
}

function verdictsOf(findings: readonly JsonFinding[], text: string): string[] {
  return findings.filter((finding) => finding.text === text).map((finding) => finding.verdict);
}

describe.skipIf(!existsSync(META_NEWS))('seed: a news article on Meta, 25 Jan 2025', () => {
  // Run in beforeAll, not at collection: a skipped suite must not touch the missing seeds.
  let exitCode = -1;
  let findings: readonly JsonFinding[] = [];
  beforeAll(() => {
    ({ exitCode, findings } = check(META_NEWS, '2025-01-25'));
  });

  it('reports "$67 billion" as overstated against the $60–65B of 24 Jan 2025, with its source', () => {
    const sixtySeven = findings.filter((finding) => finding.text === '$67 billion' && finding.ruleId === 'overstated');
    expect(sixtySeven.length).toBe(findings.filter((finding) => finding.text === '$67 billion' && finding.ruleId === 'currency-slip').length);
    expect(sixtySeven.length).toBeGreaterThan(0);
    for (const finding of sixtySeven) {
      expect(finding.verdict).toBe('overstated');
      expect(finding.reference?.id).toMatch(/^META-CAPEX-2025-/);
      expect(finding.reference?.source.date).toBe('2025-01-24');
      expect(finding.reference?.source.url).toMatch(/^https:\/\//);
    }
  });

  it("reports Microsoft's \"nearly $87 billion\" as overstated against ~$80B for FY2025", () => {
    const finding = findings.find((each) => each.text === 'nearly $87 billion');
    expect(finding).toMatchObject({ verdict: 'overstated', claim: { entity: 'MSFT' }, reference: { id: 'MSFT-AIDC-FY25' } });
  });

  it('supports Stargate, the GPUs, the 2 GW and the ~1 GW', () => {
    expect(verdictsOf(findings, '$500 billion')).toEqual(['supported']);
    expect(verdictsOf(findings, 'more than 1.3 million graphics processors')).toEqual(['supported']);
    expect(verdictsOf(findings, 'over 2 gigawatts')).toEqual(['supported']);
    expect(verdictsOf(findings, 'another gigawatt')).toEqual(['supported']);
  });

  it('exits 1, and gives the same findings through stdin', () => {
    expect(exitCode).toBe(1);
    const run = runCli(['--date', '2025-01-25', '--format', 'json'], { input: readFileSync(META_NEWS, 'utf8') });
    expect((JSON.parse(run.stdout) as JsonReport).files[0]?.findings).toEqual(findings);
  });

  it('reads the headline\'s "62 billion euros" at the ECB rate of 24 Jan 2025 as inside $60–65B', () => {
    const euros = findings.find((finding) => finding.text === '62 billion euros');
    expect(euros?.verdict).toBe('supported');
    expect(euros?.message).toContain('$64.93 billion');
    expect(euros?.message).toContain('1.0472 USD per EUR on 24 Jan 2025');
  });

  it('reports "$67 billion" as a currency inconsistency with the headline, naming the implied and the ECB rate', () => {
    const slips = findings.filter((finding) => finding.text === '$67 billion' && finding.ruleId === 'currency-slip');
    expect(slips.length).toBeGreaterThan(0);
    for (const slip of slips) {
      expect(slip.message).toContain('1.0806 USD per EUR');
      expect(slip.message).toContain('1.0472 USD per EUR');
      expect(slip.related).toEqual([expect.objectContaining({ line: 1, column: 31 })]);
    }
  });

  it('with --date 2025-06-15, the newsletter\'s "$60 to $65 billion" for 2025 is outdated', () => {
    const later = check(NEWSLETTER, '2025-06-15');
    expect(verdictsOf(later.findings, '$60 to $65 billion')).toEqual(['outdated']);
  });
});

describe.skipIf(!existsSync(NEWSLETTER))('seed: a newsletter on Meta, 31 Jan 2025', () => {
  let findings: readonly JsonFinding[] = [];
  beforeAll(() => {
    ({ findings } = check(NEWSLETTER, '2025-01-31'));
  });

  it('"40-45%" is overstated, with the share of 2024 and of 2025 revenue both shown', () => {
    const share = findings.find((finding) => finding.ruleId === 'revenue-share');
    expect(share).toMatchObject({ text: 'approximately 40-45%', verdict: 'overstated' });
    expect(share?.message).toContain('36.47–39.51% of its 2024 revenue of $164.5 billion');
    expect(share?.message).toContain('29.86–32.34% of its 2025 revenue of $200.97 billion');
  });

  it("the Croatia comparison is false, with Croatia's GDP and its year", () => {
    const croatia = findings.find((finding) => finding.text === 'Croatia');
    expect(croatia).toMatchObject({ ruleId: 'gdp-comparison', verdict: 'overstated' });
    expect(croatia?.message).toContain('$82.69 billion in 2023');
  });

  it('"$60 to $65 billion" is supported', () => {
    expect(verdictsOf(findings, '$60 to $65 billion')).toEqual(['supported']);
  });
});
