import { describe, expect, it } from 'vitest';
import { escapeMarkdown, formatGithubStepSummary } from '../../src/report/format-github-step-summary.js';
import { DATA, emptyReport, sampleReport } from './make-report.js';

const DATA_LINE = 'Data: reference records 2025-02-04 (announcements through 4 Feb 2025) · ECB rates through 7 Feb 2025 · World Bank GDP through 2023.';

describe('GitHub step summary', () => {
  it('tables every finding with its verdict, figure, official figure and source link', () => {
    expect(formatGithubStepSummary([sampleReport()], DATA)).toBe(
      [
        '### capcheck',
        '',
        '2 errors, 1 warning, 1 info in 1 file.',
        '',
        DATA_LINE,
        '',
        '| Where | As written | Verdict | Official figure | Source | Message |',
        '| --- | --- | --- | --- | --- | --- |',
        `| posts/ai-capex.md:2:47 | \\$70 billion | overstated (error) | \\$60–65 billion | [Q4 2024 earnings call \\| CFO outlook](https://example.com/meta/q4-2024_%28results%29), 29 Jan 2025 (weak source, no company statement, confidence low) | "\\$70 billion" is \\$5 billion (7.7%) above the top of Meta's capex guidance for 2025: \\$60–65 billion (29 Jan 2025). |`,
        `| posts/ai-capex.md:3:24 | about \\$80 billion | supported (info) | \\~\\$80 billion | [The Golden Opportunity for American AI](https://example.com/msft/ai-datacenters), 3 Jan 2025 (primary source, confidence high) | "about \\$80 billion" agrees with Microsoft's capex guidance for FY2025: \\~\\$80 billion (3 Jan 2025). |`,
        `| posts/ai-capex.md:3:76 | \\$500 billion | unverifiable (warning) | — | — | No official figure for Apple's investment pledge had been published by the article's date. |`,
        `| posts/ai-capex.md:4:55 | \\$75 billion | overstated (error) | \\$60–65 billion | [Q4 2024 earnings call \\| CFO outlook](https://example.com/meta/q4-2024_%28results%29), 29 Jan 2025 (weak source, no company statement, confidence low) | "\\$75 billion" is \\$10 billion (15.4%) above the top of Meta's capex guidance for 2025: \\$60–65 billion (29 Jan 2025). |`,
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['a | b', 'a \\| b'],
    ['$5 and $6', '\\$5 and \\$6'],
    ['*x* _y_ `z`', '\\*x\\* \\_y\\_ \\`z\\`'],
    ['<b>[l](u)</b>', '\\<b\\>\\[l\\](u)\\</b\\>'],
    ['line\r\n  two', 'line two'],
  ])('escapes %j for a table cell', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  it('gives the counts alone when there is nothing to list', () => {
    expect(formatGithubStepSummary([], DATA)).toBe(`### capcheck\n\n0 errors, 0 warnings, 0 info in 0 files.\n\n${DATA_LINE}\n`);
    expect(formatGithubStepSummary([emptyReport()], DATA)).toBe(`### capcheck\n\n0 errors, 0 warnings, 0 info in 1 file.\n\n${DATA_LINE}\n`);
  });

  it('says which limit failed the run, under the counts', () => {
    const failures = [{ kind: 'max-warnings', maxWarnings: 0, warnings: 1 }] as const;
    expect(formatGithubStepSummary([emptyReport()], DATA, failures)).toBe(
      `### capcheck\n\n0 errors, 0 warnings, 0 info in 1 file.\n\n**Failed:** 1 warning exceeds --max-warnings 0.\n\n${DATA_LINE}\n`,
    );
  });
});
