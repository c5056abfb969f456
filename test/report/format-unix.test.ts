import { describe, expect, it } from 'vitest';
import { formatUnix } from '../../src/report/format-unix.js';
import { emptyReport, finding, makeReport, moneyClaim, sampleReport } from './make-report.js';

describe('unix format', () => {
  it('writes file:line:col: severity message [rule], UTF-16 columns, nothing else', () => {
    expect(formatUnix([sampleReport()])).toBe(
      [
        `posts/ai-capex.md:2:47: error "$70 billion" is $5 billion (7.7%) above the top of Meta's capex guidance for 2025: $60–65 billion (29 Jan 2025). (footing: weak source, no company statement, confidence low) [overstated]`,
        `posts/ai-capex.md:3:24: info "about $80 billion" agrees with Microsoft's capex guidance for FY2025: ~$80 billion (3 Jan 2025). (footing: primary source, confidence high) [supported]`,
        `posts/ai-capex.md:3:76: warning No official figure for Apple's investment pledge had been published by the article's date. [unverifiable]`,
        `posts/ai-capex.md:4:55: error "$75 billion" is $10 billion (15.4%) above the top of Meta's capex guidance for 2025: $60–65 billion (29 Jan 2025). (footing: weak source, no company statement, confidence low) [overstated]`,
        '',
      ].join('\n'),
    );
  });

  it('writes nothing for no findings', () => {
    expect(formatUnix([])).toBe('');
    expect(formatUnix([emptyReport()])).toBe('');
  });

  it('keeps a finding on one line', () => {
    const source = 'Meta: $1 billion.';
    const claim = moneyClaim(source, '$1 billion', { entity: 'META', metric: 'capex', period: null, periodSource: 'default' }, 1_000_000_000);
    const report = makeReport('a.txt', source, [
      finding({ ruleId: 'unverifiable', verdict: 'unverifiable', severity: 'warning', claim, reference: null, message: 'first\r\n  second\nthird' }),
    ]);
    expect(formatUnix([report])).toBe('a.txt:1:7: warning first second third [unverifiable]\n');
  });
});
