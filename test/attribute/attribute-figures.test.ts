import { describe, expect, it } from 'vitest';
import { attributeFigures } from '../../src/attribute/attribute-figures.js';
import { describePeriod } from '../../src/reconcile/period-dates.js';
import { decimalFromInteger } from '../../src/money/decimal.js';
import { prepareDocument } from '../../src/read/prepare-document.js';
import type { Figure, QuantityUnit } from '../../src/types.js';

/** A figure at the first occurrence of `written` (values do not matter to attribution). */
function figureAt(text: string, written: string, unit?: QuantityUnit): Figure {
  const start = text.indexOf(written);
  if (start < 0) throw new Error(`"${written}" not in text`);
  const span = { text: written, start, end: start + written.length, amount: { kind: 'exact', value: decimalFromInteger(1) } as const };
  if (written.endsWith('%')) return { ...span, kind: 'percent' };
  return unit ? { ...span, kind: 'quantity', unit } : { ...span, kind: 'money', currency: 'USD' };
}

/** "ENTITY metric period/source" for one figure, or "none" when no company is found. */
function attribute(text: string, written: string, date = '2025-01-25', unit?: QuantityUnit): string {
  const document = prepareDocument('a.txt', text);
  const [claim] = attributeFigures(document, [figureAt(text, written, unit)], date).claims;
  if (claim === undefined) return 'none';
  const period = claim.period === null ? '-' : `${describePeriod(claim.period)}/${claim.periodSource}`;
  return `${claim.entity} ${claim.metric ?? '-'} ${period}`;
}

describe('which company a figure is about', () => {
  it.each([
    ['Meta will spend $65 billion in 2025.', '$65 billion', 'META capex 2025/stated'],
    ['Zuckerberg pledged to pour $65 billion into AI this year.', '$65 billion', 'META capex 2025/relative'],
    ['Susan Li expects capex of $65 billion.', '$65 billion', 'META capex 2025/default'],
    ['Microsoft will invest $80 billion and Amazon over $75 billion in data centers.', '$80 billion', 'MSFT capex FY2025/default'],
    ['Microsoft will invest $80 billion and Amazon over $75 billion in data centers.', '$75 billion', 'AMZN capex 2025/default'],
    ["Meta's capex will reach $65 billion, more than Microsoft's.", '$65 billion', 'META capex 2025/default'],
    ['$80 billion: that is what Satya Nadella plans to spend.', '$80 billion', 'MSFT capex FY2025/default'],
    ['Andy Jassy said AWS would keep spending; capex hit $83 billion in 2024.', '$83 billion', 'AMZN capex 2024/stated'],
    ['The weather was fine and lunch cost $65.', '$65', 'none'],
    ['Meta buys chips from Nvidia, which reported $35 billion of revenue.', '$35 billion', 'none'],
    ['Tesla will spend $11 billion on capex in 2025, unlike Meta.', '$11 billion', 'none'],
    ['Meta, a big Nvidia customer, will spend $65 billion in 2025.', '$65 billion', 'META capex 2025/stated'],
    ['Oracle expects revenue of $57 billion in fiscal 2025.', '$57 billion', 'ORCL revenue FY2025/stated'],
    ['Stargate, a $500 billion venture of OpenAI and SoftBank, was unveiled.', '$500 billion', 'STARGATE pledge -'],
    ['Apple plans to spend $500 billion in the US.', '$500 billion', 'AAPL pledge -'],
    ['Meta will invest at least $600 billion in US infrastructure through 2028.', '$600 billion', 'META pledge -'],
    ['Meta shares rose 2% on the news.', '2%', 'META - 2025/default'],
  ])('%s [%s] → %s', (text, written, expected) => {
    expect(attribute(text, written)).toBe(expected);
  });

  it('falls back to the paragraph, then the headline', () => {
    const text = 'Meta bets big on AI\n\nThe company will spend $65 billion next year.\n\nIt said $40 billion went out in 2024.';
    expect(attribute(text, '$65 billion')).toBe('META capex 2026/relative');
    expect(attribute(text, '$40 billion')).toBe('META capex 2024/stated');
    expect(attribute('Budgets\n\nMicrosoft is busy.\n\nIt will spend $80 billion.', '$80 billion')).toBe('none');
  });

  it("leaves a period phrase to the figure of its own clause", () => {
    const text = 'Alphabet lifted its capex plan to about $85 billion; a year earlier it had spent $52.5 billion.';
    const document = prepareDocument('a.txt', text);
    const claims = attributeFigures(document, [figureAt(text, 'about $85 billion'), figureAt(text, '$52.5 billion')], '2025-08-01').claims;
    expect(claims.map((claim) => (claim.period ? `${describePeriod(claim.period)}/${claim.periodSource}` : '-'))).toEqual(['2025/default', '2024/relative']);
  });

  it('shares a period with a sibling figure when it names the year assumed anyway', () => {
    const text = 'Meta plans capex of $60–65 billion in 2025, or €58 billion at today’s rate.';
    const document = prepareDocument('a.txt', text);
    const claims = attributeFigures(document, [figureAt(text, '$60–65 billion'), figureAt(text, '€58 billion')], '2025-01-24').claims;
    expect(claims.map((claim) => (claim.period ? `${describePeriod(claim.period)}/${claim.periodSource}` : '-'))).toEqual(['2025/stated', '2025/stated']);
  });

  it('keeps a range crossing "and" in one clause', () => {
    expect(attribute('Meta will spend between $60 and $65 billion in 2025.', 'between $60 and $65 billion')).toBe('META capex 2025/stated');
  });
});

describe('which period', () => {
  it.each([
    ['Microsoft will spend $80 billion in fiscal 2025.', '2025-01-25', 'MSFT capex FY2025/stated'],
    ['Microsoft will spend $80 billion in FY25.', '2025-01-25', 'MSFT capex FY2025/stated'],
    ["Microsoft will spend $80 billion in FY '26.", '2025-01-25', 'MSFT capex FY2026/stated'],
    ['Microsoft will spend $80 billion in 2025.', '2025-01-25', 'MSFT capex 2025/stated'],
    ['Microsoft will spend $80 billion in calendar 2026.', '2025-01-25', 'MSFT capex 2026/stated'],
    ['Microsoft will spend $80 billion this year.', '2025-01-25', 'MSFT capex FY2025/relative'],
    ['Microsoft will spend $80 billion this year.', '2025-08-01', 'MSFT capex FY2026/relative'],
    ['Microsoft will spend $80 billion next year.', '2025-01-25', 'MSFT capex FY2026/relative'],
    ['Oracle will spend $25 billion.', '2025-06-15', 'ORCL capex FY2026/default'],
    ['Oracle will spend $25 billion.', '2025-05-15', 'ORCL capex FY2025/default'],
    ['Meta will spend $65 billion in fiscal 2025.', '2025-01-25', 'META capex 2025/stated'],
    ["Meta will spend $65 billion in '25.", '2024-12-01', 'META capex 2025/stated'],
    ['Meta spent $39 billion last year.', '2025-01-25', 'META capex 2024/relative'],
    ['Meta spent $39 billion in 2024 and will spend $65 billion in 2025.', '2025-01-25', 'META capex 2024/stated'],
    ['Microsoft spent $37 billion in its fiscal second quarter.', '2026-01-30', 'MSFT capex fiscal second quarter/stated'],
    ['Meta spent $14 billion on capex in Q4.', '2025-01-30', 'META capex Q4/stated'],
    ['Meta will spend $65 billion in 2025, it said in its fourth-quarter report.', '2025-01-30', 'META capex 2025/stated'],
  ])('%s (%s) → %s', (text, date, expected) => {
    expect(attribute(text, text.match(/\$\d+ billion/)?.[0] ?? '', date)).toBe(expected);
  });
});

describe('which metric a quantity is', () => {
  it.each([
    ['Meta will have 1.3 million GPUs by year-end.', '1.3 million GPUs', 'GPU' as const, 'META gpus 2025/relative'],
    ['Meta will bring 1 GW of compute online in 2025.', '1 GW', 'W' as const, 'META power 2025/stated'],
    ['Meta is building a 2 GW data center in Louisiana.', '2 GW', 'W' as const, 'META datacenter-power -'],
    ['Meta AI will reach 1 billion users in 2025.', '1 billion users', 'user' as const, 'META users 2025/stated'],
  ])('%s → %s', (text, written, unit, expected) => {
    expect(attribute(text, written, '2025-01-25', unit)).toBe(expected);
  });
});

describe('what is not a company or a growth claim', () => {
  it.each([
    ['Meta Platforms (NASDAQ: META) will spend $65 billion in 2025.', 'META capex 2025/stated'],
    ['MSFT said it will spend $80 billion in fiscal 2025.', 'MSFT capex FY2025/stated'],
    ['GOOGL: capex of $75 billion in 2025.', 'GOOGL capex 2025/stated'],
  ])('reads a ticker as its company: %s', (text, expected) => {
    expect(attribute(text, text.match(/\$\d+ billion/)?.[0] ?? '')).toBe(expected);
  });

  it('reads "meta" in lower case as a word, not the company', () => {
    expect(attribute('A meta-analysis puts AI capex at $95 billion in 2025.', '$95 billion')).toBe('none');
  });

  it.each([
    ['Meta raised its capex outlook twice this year, to $65 billion in 2025.'],
    ['Meta capex grew at a double-digit pace to $65 billion in 2025.'],
    ['Meta reviews its $65 billion plan for 2025 three times a year.'],
  ])('finds no growth claim in %j', (text) => {
    const document = prepareDocument('a.txt', text);
    const figures = [figureAt(text, '$65 billion')];
    expect(attributeFigures(document, figures, '2025-02-10').growthClaims).toEqual([]);
  });

  it.each([
    ['Meta will spend $65 billion in 2025, twice as much as in 2024.', 'twice', '2024'],
    ['Meta will spend $65 billion in 2025, more than double 2023’s outlay.', 'more than double', '2023'],
    ['Microsoft will spend $80 billion in fiscal 2025, double what it spent in fiscal 2023.', 'double', 'FY2023'],
    ['Meta will spend $65 billion in 2025, double its 2025 plan.', 'double', '2024'],
  ])('reads the growth claim in %j', (text, words, base) => {
    const document = prepareDocument('a.txt', text);
    const figures = [figureAt(text, text.match(/\$\d+ billion/)?.[0] ?? '')];
    const [growth] = attributeFigures(document, figures, '2025-02-10').growthClaims;
    expect(growth?.span.text).toBe(words);
    expect(growth ? describePeriod(growth.basePeriod) : null).toBe(base);
  });
});

describe('figures presented as earlier values', () => {
  it.each([
    ['Meta lifted its outlook to $125 billion, up from $115 billion.', '$115 billion', true],
    ['Alphabet expects $185 billion, after guiding to $175 billion in February.', '$175 billion', true],
    ['Meta previously forecast $30 billion of capex.', '$30 billion', true],
    ['Meta had guided to $115 billion for 2026.', '$115 billion', true],
    ['Oracle expects $50 billion, up from a previous forecast of $35 billion.', '$35 billion', true],
    ['Meta lifted its outlook to $125 billion, up from $115 billion.', '$125 billion', false],
    ['Meta will spend from $60 billion to $65 billion in 2025.', '$60 billion', false],
  ])('%s [%s] → %s', (text, written, expected) => {
    const document = prepareDocument('a.txt', text);
    const [claim] = attributeFigures(document, [figureAt(text, written)], '2026-05-10').claims;
    expect(claim?.earlier).toBe(expected);
  });
});
