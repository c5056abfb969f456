/**
 * Tables in articles, as Markdown pipes or flattened into lines: the row names the company, the
 * header the year and the metric. Example tables are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { attributeFigures } from '../../src/attribute/attribute-figures.js';
import { extractFigures } from '../../src/extract/extract-figures.js';
import { prepareDocument } from '../../src/read/prepare-document.js';
import { describePeriod } from '../../src/reconcile/period-dates.js';

function readAll(text: string, date = '2026-02-10'): string[] {
  const document = prepareDocument('a.txt', text);
  const result = attributeFigures(document, extractFigures(document.text), date);
  return [
    ...result.claims.map((claim) => `${claim.figure.text} → ${claim.entity} ${claim.metric} ${claim.period === null ? '-' : describePeriod(claim.period)} ${claim.basis}`),
    ...result.totals.map((total) => `${total.figure.text} → total of ${total.companies.join('+')} ${total.periods.map(describePeriod).join('–')}`),
    ...result.growthClaims.map((growth) => `${growth.span.text} → growth of ${growth.subject.entity} over ${describePeriod(growth.basePeriod)}`),
  ].sort();
}

describe('tables', () => {
  it('reads a Markdown table: years from the header, companies from the rows, growth from the change column', () => {
    const table = [
      'Spending, by company',
      '| Company | 2025 Capex | 2026 Capex (Guided) | YoY Change |',
      '|---|---|---|---|',
      '| Meta | $72B | $125B | +74% |',
      '| Alphabet | $91B | $180B | +98% |',
      '| Total | $163B | $305B | +87% |',
    ].join('\n');
    expect(readAll(table)).toEqual(
      [
        '$72B → META capex 2025 unstated',
        '$125B → META capex 2026 forecast',
        '$91B → GOOGL capex 2025 unstated',
        '$180B → GOOGL capex 2026 forecast',
        '$163B → total of META+GOOGL 2025',
        '$305B → total of META+GOOGL 2026',
        '74% → growth of META over 2025',
        '98% → growth of GOOGL over 2025',
      ].sort(),
    );
  });

  it('reads a table flattened into lines, and leaves alone a row whose cells do not fit', () => {
    const table = ['Company2026 CapexYoY ChangeStock Reaction', 'Meta $125B +74% -6%', 'Alphabet $180B Major increase +2%', ''].join('\n');
    expect(readAll(table)).toEqual(['$125B → META capex 2026 unstated', '$180B → GOOGL capex 2026 unstated', '74% → growth of META over 2025'].sort());
  });

  it('reports the percentages it cannot place, and a change of another measure, as not checked with the reason', () => {
    const table = ['Company2026 CapexYoY ChangeQ1 Cloud Growth', 'Amazon$200BMajor increaseAWS +28%', 'Meta$125B+70%+12%', ''].join('\n');
    const document = prepareDocument('a.txt', table);
    const result = attributeFigures(document, extractFigures(document.text), '2026-05-02');
    const reasons = result.unchecked.map((each) => `${each.figure.text} ${each.reason.kind}${each.reason.kind === 'other-measure' ? ` ${each.reason.measure}` : ''}`);
    expect(reasons.sort()).toEqual(['12% other-measure change', '28% table-cell']);
    expect(result.growthClaims.map((growth) => growth.span.text)).toEqual(['70%']);
  });

  it('reads a flattened row with word cells, never a change of another measure, and no total short of a row', () => {
    const table = [
      'Company2026 CapexYoY ChangeQ1 Cloud Growth',
      'Amazon$200BMajor increaseAWS +28%',
      'Microsoft n/a Doubled',
      'Meta$125BUp +70% +10%',
      'Total~$560B+70%',
      '',
    ].join('\n');
    expect(readAll(table)).toEqual(['$200B → AMZN capex 2026 unstated', '$125B → META capex 2026 unstated', '70% → growth of META over 2025'].sort());
  });

  it('reads bare numbers under a header of money units, taking capital spending from the paragraph before it', () => {
    const table = ['The four firms set out their investment budgets.', '', 'Company 2025 (Mrd. $) 2026 (Mrd. $) Change', 'Amazon 132 200 +52%', 'Total 132 200 +52%', ''].join('\n');
    expect(readAll(table)).toEqual(['132 → AMZN capex 2025 unstated', '200 → AMZN capex 2026 unstated'].sort());
    const revenue = ['Sales went up again.', '', 'Company 2025 (Mrd. $) 2026 (Mrd. $)', 'Amazon 700 800', ''].join('\n');
    expect(readAll(revenue)).toEqual([]);
  });

  it('reads an HTML table like a Markdown one', () => {
    const html = [
      '<html><body><p>Spending plans.</p><table>',
      '<thead><tr><th>Company</th><th>2026 Capex</th><th>YoY Change</th></tr></thead>',
      '<tbody><tr><td>Meta</td><td>$125B</td><td>+74%</td></tr></tbody>',
      '</table></body></html>',
    ].join('\n');
    const document = prepareDocument('a.html', html);
    const result = attributeFigures(document, extractFigures(document.text), '2026-02-10');
    expect(result.claims.map((claim) => `${claim.figure.text} → ${claim.entity} ${claim.period === null ? '-' : describePeriod(claim.period)}`)).toEqual(['$125B → META 2026']);
    expect(result.growthClaims.map((growth) => `${growth.span.text} → ${growth.subject.entity} over ${describePeriod(growth.basePeriod)}`)).toEqual(['74% → META over 2025']);
  });

  it('does not take a sentence for a header, nor the next sentence for a row', () => {
    const prose = 'Meta and Alphabet raised their 2026 capital spending plans again.\nAlphabet posted net income of $34.5B in the quarter.';
    expect(readAll(prose)).toEqual([]);
  });
});
