import { describe, expect, it } from 'vitest';
import { ANNOTATIONS_SHOWN_PER_TYPE, formatGithub } from '../../src/report/format-github.js';
import type { FileReport, Severity } from '../../src/types.js';
import { emptyReport, finding, makeReport, moneyClaim, sampleReport } from './make-report.js';

/** A report with `count` findings of each given severity, in document order error/warning/info interleaved. */
function manyFindings(counts: Readonly<Record<Severity, number>>): FileReport {
  const severities = (['info', 'warning', 'error'] as const).flatMap((severity) => Array.from({ length: counts[severity] }, () => severity));
  const source = severities.map((_, index) => `Meta spends $${index + 1} billion.`).join('\n');
  return makeReport(
    'many.md',
    source,
    severities.map((severity, index) =>
      finding({
        ruleId: severity === 'error' ? 'overstated' : severity === 'warning' ? 'unverifiable' : 'supported',
        verdict: severity === 'error' ? 'overstated' : severity === 'warning' ? 'unverifiable' : 'supported',
        severity,
        claim: moneyClaim(source, `$${index + 1} billion`, { entity: 'META', metric: 'capex', period: null, periodSource: 'default' }, (index + 1) * 1e9),
        reference: null,
        message: `finding ${index + 1}`,
      }),
    ),
  );
}

/** The job summary is written and no limit was broken. */
const SUMMARY_WRITTEN = { failures: [], stepSummary: true } as const;

function commandNames(output: string): string[] {
  return output
    .trimEnd()
    .split('\n')
    .map((line) => /^::(\w+)/.exec(line)?.[1] ?? line);
}

describe('github format', () => {
  it('writes escaped annotations, errors first, then warnings, then notices', () => {
    expect(formatGithub([sampleReport()], SUMMARY_WRITTEN)).toBe(
      [
        `::error file=posts/ai-capex.md,line=2,col=47,endLine=2,endColumn=58,title=capcheck%3A overstated::"$70 billion" is $5 billion (7.7%25) above the top of Meta's capex guidance for 2025: $60–65 billion (29 Jan 2025).%0AOfficial figure: $60–65 billion. Source: Q4 2024 earnings call | CFO outlook (example.com, 29 Jan 2025) https://example.com/meta/q4-2024_(results) — Footing: rests on a secondary page (weak source); no company statement stored; confidence low.`,
        `::error file=posts/ai-capex.md,line=4,col=55,endLine=4,endColumn=66,title=capcheck%3A overstated::"$75 billion" is $10 billion (15.4%25) above the top of Meta's capex guidance for 2025: $60–65 billion (29 Jan 2025).%0ALine 2, column 47: The article first gives "$70 billion" for the same figure.%0AOfficial figure: $60–65 billion. Source: Q4 2024 earnings call | CFO outlook (example.com, 29 Jan 2025) https://example.com/meta/q4-2024_(results) — Footing: rests on a secondary page (weak source); no company statement stored; confidence low.`,
        `::warning file=posts/ai-capex.md,line=3,col=76,endLine=3,endColumn=88,title=capcheck%3A unverifiable::No official figure for Apple's investment pledge had been published by the article's date.`,
        `::notice file=posts/ai-capex.md,line=3,col=24,endLine=3,endColumn=41,title=capcheck%3A supported::"about $80 billion" agrees with Microsoft's capex guidance for FY2025: ~$80 billion (3 Jan 2025).%0AOfficial figure: ~$80 billion. Source: The Golden Opportunity for American AI (Microsoft On the Issues, 3 Jan 2025) https://example.com/msft/ai-datacenters — Footing: company statement (primary source); confidence high.`,
        '',
      ].join('\n'),
    );
  });

  it('orders by severity across files, keeping file and position order within a severity', () => {
    const output = formatGithub([manyFindings({ error: 1, warning: 1, info: 1 }), sampleReport('b.md')], SUMMARY_WRITTEN);
    expect(commandNames(output)).toEqual(['error', 'error', 'error', 'warning', 'warning', 'notice', 'notice']);
    expect(output.split('\n').filter((line) => line.startsWith('::error')).map((line) => /file=([^,]+),line=(\d+)/.exec(line)?.slice(1).join(':'))).toEqual([
      'many.md:3',
      'b.md:2',
      'b.md:4',
    ]);
  });

  it('escapes commas, colons and percent signs in file names and messages, and folds a message onto its line', () => {
    const source = 'Meta: $1 billion.';
    const claim = moneyClaim(source, '$1 billion', { entity: 'META', metric: 'capex', period: null, periodSource: 'default' }, 1e9);
    const report = makeReport('drafts\\q1,q2: 100%.md', source, [
      finding({ ruleId: 'unverifiable', verdict: 'unverifiable', severity: 'warning', claim, reference: null, message: 'a, b: 50%\r\nnext' }),
    ]);
    expect(formatGithub([report], SUMMARY_WRITTEN)).toBe(
      '::warning file=drafts/q1%2Cq2%3A 100%25.md,line=1,col=7,endLine=1,endColumn=17,title=capcheck%3A unverifiable::a, b: 50%25 next\n',
    );
  });

  it('says how many findings the annotation cap hides, in a notice placed where it is shown', () => {
    const cap = ANNOTATIONS_SHOWN_PER_TYPE;
    const output = formatGithub([manyFindings({ error: cap + 2, warning: cap + 1, info: 3 })], SUMMARY_WRITTEN);
    const names = commandNames(output);
    expect(names.filter((name) => name === 'error')).toHaveLength(cap + 2);
    const notices = output.split('\n').filter((line) => line.startsWith('::notice'));
    expect(notices[0]).toBe(
      '::notice title=capcheck%3A annotation limit::3 more findings are not annotated: GitHub shows 10 annotations of each type per step. The job summary lists every finding.',
    );
    expect(notices).toHaveLength(4);
    expect(names.indexOf('notice')).toBeGreaterThan(names.lastIndexOf('warning'));
  });

  it('counts the slot the overflow notice takes from the notices', () => {
    const notices = formatGithub([manyFindings({ error: 0, warning: 0, info: 11 })], SUMMARY_WRITTEN).split('\n').filter((line) => line.startsWith('::notice'));
    expect(notices[0]).toContain('::2 more findings are not annotated');
    expect(formatGithub([manyFindings({ error: 10, warning: 10, info: 10 })], SUMMARY_WRITTEN)).not.toContain('annotation limit');
  });

  it('writes nothing for no findings', () => {
    expect(formatGithub([], SUMMARY_WRITTEN)).toBe('');
    expect(formatGithub([emptyReport()], SUMMARY_WRITTEN)).toBe('');
  });

  it('points to the job summary only when one is written', () => {
    const [overflow] = formatGithub([manyFindings({ error: 11, warning: 0, info: 0 })], { failures: [], stepSummary: false })
      .split('\n')
      .filter((line) => line.startsWith('::notice'));
    expect(overflow).toBe(
      '::notice title=capcheck%3A annotation limit::1 more finding is not annotated: GitHub shows 10 annotations of each type per step. Use --format sarif or json, or set GITHUB_STEP_SUMMARY, for the full list.',
    );
  });

  it('says which limit failed the run, first, in an error annotation that takes a slot like any other', () => {
    const failures = [
      { kind: 'fail-on', failOn: 'warning', counts: [{ severity: 'error', count: 9 }, { severity: 'warning', count: 1 }] },
      { kind: 'max-warnings', maxWarnings: 0, warnings: 1 },
    ] as const;
    const output = formatGithub([manyFindings({ error: 9, warning: 1, info: 0 })], { failures, stepSummary: true });
    expect(output.split('\n').slice(0, 2)).toEqual([
      '::error title=capcheck%3A run failed::9 errors and 1 warning reach --fail-on warning.',
      '::error title=capcheck%3A run failed::1 warning exceeds --max-warnings 0.',
    ]);
    // 2 limit errors + 9 finding errors = 11 errors: one is past the cap.
    expect(output).toContain('::1 more finding is not annotated');
  });
});
