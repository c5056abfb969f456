/**
 * Claim spotting, table by table: which figures are checked (company, metric and period each
 * established by words of the text) and why every other one is not. Figures come from the real
 * extractor, so spans and precisions are the ones the CLI sees.
 */
import { describe, expect, it } from 'vitest';
import { attributeFigures } from '../../src/attribute/attribute-figures.js';
import { extractFigures } from '../../src/extract/extract-figures.js';
import { prepareDocument } from '../../src/read/prepare-document.js';
import { describePeriod } from '../../src/reconcile/period-dates.js';
import { describeQuarter } from '../../src/attribute/resolve-period.js';
import type { Attribution, Claim, NotCheckedReason } from '../../src/types.js';

function attribution(text: string, date: string): Attribution {
  const document = prepareDocument('a.txt', text);
  return attributeFigures(document, extractFigures(document.text), date);
}

/** "META capex 2025/stated" for a checked figure, "not checked: <reason>" otherwise. */
function read(text: string, written: string, date = '2025-02-10'): string {
  const result = attribution(text, date);
  const claim = result.claims.find((each) => each.figure.text.includes(written));
  if (claim) return `${claim.entity} ${claim.metric} ${claim.period === null ? '-' : `${describeClaimPeriod(claim.period)}/${claim.periodSource}`}${claim.project ? ` project ${claim.project.text}` : ''}`;
  const total = result.totals.find((each) => each.figure.text.includes(written));
  if (total) return `total of ${total.companies.join('+')} (${total.set}) capex ${total.periods.map(describePeriod).join('–')}/${total.periodSource}`;
  const growth = result.growthClaims.find((each) => each.span.text.includes(written));
  if (growth) return `growth of ${growth.subject.entity} ${growth.subject.metric} over ${describePeriod(growth.basePeriod)}`;
  const unchecked = result.unchecked.find((each) => each.figure.text.includes(written));
  return unchecked ? `not checked: ${reasonOf(unchecked.reason)}` : 'no figure';
}

/** A quarter read two ways shows both readings: "Q1 FY2026 (Jul–Sep 2025) or Q1 2026 (Jan–Mar 2026)". */
function describeClaimPeriod(period: NonNullable<Claim['period']>): string {
  return period.kind === 'quarter' && period.readings !== undefined ? period.readings.map((quarter) => describeQuarter(quarter)).join(' or ') : describePeriod(period);
}

function reasonOf(reason: NotCheckedReason): string {
  switch (reason.kind) {
    case 'other-measure':
      return reason.measure;
    case 'scope':
      return `scope ${reason.scope}`;
    default:
      return reason.kind;
  }
}

describe('the company: the owner of the figure in its clause, not merely the nearest name', () => {
  it.each([
    ['Meta will spend $65 billion in 2025.', '$65 billion', 'META capex 2025/stated'],
    ['Zuckerberg pledged to pour $65 billion into AI this year.', '$65 billion', 'META capex 2025/relative'],
    ['Susan Li expects capex of $65 billion.', '$65 billion', 'META capex 2025/default'],
    ['Microsoft will invest $80 billion and Amazon over $75 billion in data centers.', '$80 billion', 'MSFT capex FY2025/default'],
    ['Microsoft will invest $80 billion and Amazon over $75 billion in data centers.', '$75 billion', 'AMZN capex 2025/default'],
    ["Meta's capex will reach $65 billion in 2025, more than Microsoft's.", '$65 billion', 'META capex 2025/stated'],
    ['$80 billion: that is what Satya Nadella plans to spend.', '$80 billion', 'MSFT capex FY2025/default'],
    ['Andy Jassy said Amazon would keep spending; capex hit $83 billion in 2024.', '$83 billion', 'AMZN capex 2024/stated'],
    ['Meta, a big Nvidia customer, will spend $65 billion in 2025.', '$65 billion', 'META capex 2025/stated'],
    ['Oracle expects revenue of $67 billion in fiscal 2026.', '$67 billion', 'ORCL revenue FY2026/stated'],
    ['Stargate, a $500 billion venture of OpenAI and SoftBank, was unveiled.', '$500 billion', 'STARGATE pledge -'],
    ['Apple plans to spend $500 billion in the US.', '$500 billion', 'AAPL pledge -'],
    ['Meta will invest at least $600 billion in US infrastructure through 2028.', '$600 billion', 'META pledge -'],
    ['Trump said Meta will spend $65 billion on capex in 2025.', '$65 billion', 'META capex 2025/stated'],
    ['“We plan to invest $60-65B in capex this year,” said Mark Zuckerberg.', '$60-65B', 'META capex 2025/relative'],
    ['Alphabet plans to spend $175 billion in 2026, double the $91.4 billion it spent in 2025.', '$91.4 billion', 'GOOGL capex 2025/stated'],
    ['Some outlets wrote $67 billion for Meta’s 2025 capex.', '$67 billion', 'META capex 2025/stated'],
    ['Google is joining rivals, with Meta announcing plans to invest $60bn this year.', '$60bn', 'META capex 2025/relative'],
    ['The weather was fine and lunch cost $65.', '$65', 'not checked: no-company'],
    ['Meta buys chips from AMD, which reported $26 billion of revenue.', '$26 billion', 'not checked: untracked-company'],
    ['Huawei will spend $11 billion on capex in 2025, unlike Meta.', '$11 billion', 'not checked: untracked-company'],
    ['Meta and Microsoft plan to spend about $70 billion respectively this year.', '$70 billion', 'not checked: several-companies'],
    ['Amazon, Google and Microsoft plan to spend $100bn, $75bn and $80bn.', '$75bn', 'GOOGL capex 2025/default'],
    ['Microsoft and Google plan capex of $80 billion and $75 billion respectively in 2025.', '$80 billion', 'MSFT capex 2025/stated'],
    ['Microsoft and Google plan capex of $80 billion and $75 billion respectively in 2025.', '$75 billion', 'GOOGL capex 2025/stated'],
    ['Amazon and Meta, worth $2 trillion, plan capex of $100 billion.', '$100 billion', 'total of AMZN+META (named) capex 2025/default'],
    ['亚马逊、谷歌和Meta今年的资本支出分别为1250亿、910亿和700亿美元。', '910亿', 'GOOGL capex 2025/relative'],
    ['The EU’s 2024 defense spending of €326 billion dwarfs it.', '€326 billion', 'not checked: untracked-company'],
  ])('%s [%s] → %s', (text, written, expected) => {
    expect(read(text, written)).toBe(expected);
  });

  it('gives a figure stated for each of several companies to every one of them', () => {
    const claims = attribution('Microsoft and Amazon each plan to invest around $100bn this year.', '2025-08-03').claims;
    expect(claims.map((claim) => `${claim.entity} ${claim.metric}`)).toEqual(['MSFT capex', 'AMZN capex']);
  });

  it('pairs a list of companies with a list of as many figures, in order, the first figure\'s words speaking for all', () => {
    const text = 'In 2025 Microsoft, Amazon and Meta spent $88 billion, $131 billion and $72 billion on capital expenditures.';
    const claims = attribution(text, '2026-03-01').claims;
    expect(claims.map((claim) => `${claim.figure.text} ${claim.entity} ${claim.metric} ${claim.period === null ? '-' : describePeriod(claim.period)}`)).toEqual([
      '$88 billion MSFT capex 2025',
      '$131 billion AMZN capex 2025',
      '$72 billion META capex 2025',
    ]);
  });

  it.each([
    ['Meta上調2026年資本支出至1,150億美元至1,350億美元。', '1,150億美元至1,350億美元', 'META capex 2026/stated'],
    ['アマゾンは今年の設備投資を当初の1180億ドルから1250億ドルに引き上げた。', '1250億ドル', 'AMZN capex 2025/relative'],
    ['Metaは年初来で307億ドルを投じた。', '307億ドル', 'not checked: quarter'],
  ])('reads Japanese and Chinese sentences: %s', (text, written, expected) => {
    expect(read(text, written, '2025-11-05')).toBe(expected);
  });

  it('carries the subject of the paragraph to a word standing for it, and a single-company article to sentences naming no one', () => {
    const text = 'Meta bets big on AI\n\nThe company will spend $65 billion next year.\n\nIt said it spent $40 billion in 2024.';
    expect(read(text, '$65 billion', '2025-01-25')).toBe('META capex 2026/relative');
    expect(read(text, '$40 billion', '2025-01-25')).toBe('META capex 2024/stated');
    const several = 'Microsoft, Alphabet and Meta spent $246 billion in 2024. They will spend $320 billion this year.';
    expect(read(several, '$320 billion')).toBe('not checked: no-company');
  });
});

describe('the companies added from facts-2026-h2: their own figures checked, everything else of theirs not', () => {
  it.each([
    ['CoreWeave expects capital expenditures of $30 billion to $35 billion in 2026.', '$30 billion to $35 billion', '2026-03-01', 'CRWV capex 2026/stated'],
    ['CFO Nitin Agrawal said capex would be $12 billion to $14 billion in 2025.', '$12 billion to $14 billion', '2025-11-11', 'CRWV capex 2025/stated'],
    ['CoreWeave guided 2026 revenue to $12 billion to $13 billion.', '$12 billion to $13 billion', '2026-03-01', 'CRWV revenue 2026/stated'],
    ['Tesla will spend more than $25 billion on capex this year.', '$25 billion', '2026-05-01', 'TSLA capex 2026/relative'],
    ['Tesla reported total revenues of $94.83 billion for 2025.', '$94.83 billion', '2026-02-01', 'TSLA revenue 2025/stated'],
    ['OpenAI has commitments of about $1.4 trillion over the next eight years.', '$1.4 trillion', '2025-11-01', 'OPENAI pledge -'],
    ['Sam Altman said 800 million people use ChatGPT every week.', '800 million', '2025-10-10', 'OPENAI users -'],
    ['OpenAI said ChatGPT now has more than 900 million weekly active users.', '900 million', '2026-02-28', 'not checked: untracked-company'],
    ['Nvidia reported revenue of $130.5 billion for fiscal 2025.', '$130.5 billion', '2025-03-01', 'NVDA revenue FY2025/stated'],
    ['SoftBank Group will invest $30 billion in OpenAI.', '$30 billion', '2026-03-01', 'not checked: stake'],
    ['Nvidia will invest $100 billion in OpenAI.', '$100 billion', '2025-09-23', 'not checked: stake'],
    ['OpenAI is valued at $500 billion.', '$500 billion', '2025-10-10', 'not checked: market-value'],
    ['Anthropic raised $13 billion in new funding.', '$13 billion', '2025-09-10', 'not checked: financing'],
    ['Nvidia’s market value topped $4 trillion.', '$4 trillion', '2025-07-10', 'not checked: market-value'],
    ['OpenAI is committed to developing 30 gigawatts of computing resources.', '30 gigawatts', '2025-10-29', 'not checked: contracted-capacity'],
    ['The first phase, a 200-megawatt cluster powered by Nvidia chips, opens in 2026.', '200-megawatt', '2025-05-23', 'not checked: contracted-capacity'],
    ['CoreWeave plans to double active power to more than 1.7 gigawatts.', '1.7 gigawatts', '2026-03-01', 'not checked: contracted-capacity'],
    // Names left untracked: ChatGPT alone, Elon Musk (xAI, SpaceX and Tesla), and the companies whose figures are in yuan.
    ['ChatGPT has 800 million weekly active users.', '800 million', '2025-10-10', 'not checked: untracked-company'],
    ['Elon Musk plans to spend $20 billion on capex in 2026.', '$20 billion', '2026-02-01', 'not checked: untracked-company'],
    ['Tencent spent $10.7 billion on capex in 2024.', '$10.7 billion', '2025-03-20', 'not checked: untracked-company'],
    ['Alibaba will invest $53 billion in cloud over three years.', '$53 billion', '2025-02-25', 'not checked: untracked-company'],
    // New names do not join the usual sets, nor steal a tracked company's figure from an aside.
    ['Meta, a big Nvidia customer, will spend $65 billion in 2025.', '$65 billion', '2025-02-10', 'META capex 2025/stated'],
    ['Big Tech will spend $320 billion on capex in 2025.', '$320 billion', '2025-02-10', 'total of MSFT+GOOGL+AMZN+META (assumed) capex 2025/stated'],
    ['Oracle, OpenAI and SoftBank launched Stargate, a $500 billion venture.', '$500 billion', '2025-01-22', 'STARGATE pledge -'],
    ['テスラは2026年に250億ドルの設備投資を計画している。', '250億ドル', '2026-05-01', 'TSLA capex 2026/stated'],
  ])('%s [%s] (%s) → %s', (text, written, date, expected) => {
    expect(read(text, written, date)).toBe(expected);
  });

  it('keeps "tesla" the unit apart from Tesla the company', () => {
    expect(read('A 3 tesla magnet for MRI scanners costs $2 million; Meta will spend $65 billion in 2025.', '$65 billion')).toBe('META capex 2025/stated');
    expect(read('A 3 tesla magnet costs $2 million.', '$2 million')).not.toMatch(/^TSLA/);
  });
});

describe('totals over several companies', () => {
  it.each([
    ['Meta and Microsoft will spend $140 billion this year.', '$140 billion', 'total of META+MSFT (named) capex 2025/relative'],
    ['Microsoft, Alphabet (Google), Amazon, and Meta will spend a combined $320 billion in 2025.', '$320 billion', 'total of MSFT+GOOGL+AMZN+META (named) capex 2025/stated'],
    ['Big Tech will spend $650 billion on AI infrastructure in 2026.', '$650 billion', 'total of MSFT+GOOGL+AMZN+META (assumed) capex 2026/stated'],
    ['The five largest cloud companies plan $700 billion of capex in 2026.', '$700 billion', 'total of MSFT+GOOGL+AMZN+META+ORCL (assumed) capex 2026/stated'],
    ['Meta expects $70 billion. Alphabet plans $91 billion, Amazon $125 billion and Microsoft $88 billion. Combined, the four firms will spend more than $400 billion on capex this year.', '$400 billion', 'total of META+GOOGL+AMZN+MSFT (named) capex 2025/relative'],
    ['**Microsoft**, **Meta** and **Amazon** plan to lift their collective spend to $470 billion this year, up from $350 billion in 2025.', '$350 billion', 'total of MSFT+META+AMZN (named) capex 2025/stated'],
    ['The four hyperscalers committed $280 billion in combined capital expenditure for 2025-2026.', '$280 billion', 'total of MSFT+GOOGL+AMZN+META (assumed) capex 2025–2026/stated'],
    ['Combined, the four firms will spend more than $400bn on capex in 2025, more than the EU’s quarterly defence budget.', '$400bn', 'total of MSFT+GOOGL+AMZN+META (assumed) capex 2025/stated'],
  ])('%s [%s] → %s', (text, written, expected) => {
    expect(read(text, written)).toBe(expected);
  });
});

describe('money that is not capex is never checked as capex', () => {
  it.each([
    ['Meta shares rose 1.6% to $641.44 on Friday.', '$641.44', 'share-price'],
    ['Microsoft lost $357 billion in market value in one day.', '$357 billion', 'market-value'],
    ['Larry Ellison’s net worth rose to $393 billion.', '$393 billion', 'net-worth'],
    ['Meta reported a net income of $20.8 billion for 2025.', '$20.8 billion', 'profit'],
    ['Oracle signed a five-year, $300 billion contract with OpenAI.', '$300 billion', 'deal'],
    ['Meta arranged $29 billion of financing for the site.', '$29 billion', 'financing'],
    ['Microsoft’s remaining performance obligations reached $392 billion in 2025.', '$392 billion', 'backlog'],
    ['Microsoft’s AI business is at a $13 billion annual run rate in 2025.', '$13 billion', 'run-rate'],
    ['Amazon invested $8 billion in Anthropic in 2024.', '$8 billion', 'stake'],
    ['Analysts expect Alphabet to spend $58 billion in 2025.', '$58 billion', 'estimate'],
    ['Alphabet’s capex beat the consensus of $58 billion in 2025.', '$58 billion', 'estimate'],
    ['Wall Street’s consensus for Meta’s 2026 capex stood at $110 billion.', '$110 billion', 'estimate'],
    ['Analysten erwarten, dass Alphabet 2026 rund 110 Milliarden Dollar investiert.', '110 Milliarden Dollar', 'estimate'],
    ['Les analystes s’attendent à ce qu’Alphabet investisse 110 milliards de dollars en 2026.', '110 milliards de dollars', 'estimate'],
    ['Los analistas esperan que Meta invierta 110.000 millones de dólares en 2026.', '110.000 millones de dólares', 'estimate'],
    ['Meta a relevé de 2 milliards de dollars ses prévisions d’investissement pour 2025.', '2 milliards de dollars', 'change'],
    ['Meta raised its 2026 outlook by $10 billion.', '$10 billion', 'change'],
    ['Building one gigawatt costs Oracle $50 billion per gigawatt in 2026.', '$50 billion', 'unit-cost'],
    ['Amazon’s free cash flow fell to $18 billion in 2025.', '$18 billion', 'cash-flow'],
    ['Meta’s depreciation will reach $25 billion in 2026.', '$25 billion', 'depreciation'],
    ['Microsoft’s operating expenses were $61 billion in fiscal 2025.', '$61 billion', 'operating-expenses'],
    ['The Louisiana campus will cost Meta $50 billion by 2030.', '$50 billion', 'cost'],
  ])('%s [%s] → %s', (text, written, measure) => {
    expect(read(text, written)).toBe(`not checked: ${measure}`);
  });

  it.each([
    ['Meta is building a $10 billion data center in Louisiana in 2025.', '$10 billion', 'scope site'],
    ['Microsoft will invest $3 billion in India in 2025.', '$3 billion', 'scope region'],
    ['Google Cloud revenue reached $15.2 billion in 2025.', '$15.2 billion', 'scope segment'],
    ['AWS will spend $100 billion on capex in 2025.', '$100 billion', 'scope segment'],
    ['Microsoft plans to spend $37.5 billion on capex in its second quarter.', '$37.5 billion', 'quarter'],
    ['Meta’s year-to-date capex reached $30.7 billion in 2025.', '$30.7 billion', 'quarter'],
    ['In the first quarter of fiscal 2025, Microsoft reported $20 billion in revenue.', '$20 billion', 'quarter'],
    ['Meta spent $39 billion on capex.', '$39 billion', 'no-period'],
    ['Amazon will spend $10 billion on data centers in Texas in 2025.', '$10 billion', 'scope region'],
    ['Oracle will invest $6.5 billion in 2025 through a joint venture.', '$6.5 billion', 'scope venture'],
  ])('%s [%s] → %s', (text, written, reason) => {
    expect(read(text, written)).toBe(`not checked: ${reason}`);
  });

  it.each([
    ['Microsoft will spend $80 billion on capex in 2025, more than half of it in the US.', '$80 billion', 'MSFT capex 2025/stated'],
    ['Data centers will soak up about $65 billion of Meta’s capex in 2025.', 'about $65 billion', 'META capex 2025/stated'],
    ['A Meta investirá 65 mil milhões de dólares em 2025.', '65 mil milhões de dólares', 'META capex 2025/stated'],
  ])('%s [%s] stays checked → %s', (text, written, expected) => {
    expect(read(text, written)).toBe(expected);
  });

  it('keeps a plan to build a site a company-wide plan when the spending word stands closer', () => {
    expect(read('Meta announced a $65 billion spending plan to build a massive AI data center in 2025.', '$65 billion')).toBe('META capex 2025/stated');
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
    ['Meta will spend $65 billion in 2025, it said in its fourth-quarter report.', '2025-01-30', 'META capex 2025/stated'],
    ['Meta investirà 65 miliardi di dollari quest’anno.', '2025-01-30', 'META capex 2025/relative'],
    ['Alphabet investiert im laufenden Jahr 75 Milliarden Dollar.', '2025-02-05', 'GOOGL capex 2025/relative'],
    ['Alphabet plant 2026 rund 180 Milliarden Dollar.', '2026-02-07', 'GOOGL capex 2026/stated'],
  ])('%s (%s) → %s', (text, date, expected) => {
    expect(read(text, text.match(/\$\d+ billion|\d+ (?:miliardi|Milliarden)/)?.[0] ?? '', date)).toBe(expected);
  });

  it('leaves a period phrase to the figure of its own clause', () => {
    const text = 'Alphabet lifted its capex plan to about $85 billion; a year earlier it had spent $52.5 billion.';
    expect(read(text, '$85 billion', '2025-08-01')).toBe('GOOGL capex 2025/default');
    expect(read(text, '$52.5 billion', '2025-08-01')).toBe('GOOGL capex 2024/relative');
  });

  it('keeps a range crossing "and" in one clause', () => {
    expect(read('Meta will spend between $60 and $65 billion in 2025.', 'between $60 and $65 billion')).toBe('META capex 2025/stated');
  });
});

describe('quantities name their metric by their unit', () => {
  it.each([
    ['Meta will have 1.3 million GPUs by year-end.', '1.3 million GPUs', 'META gpus 2025/relative'],
    ['Meta will bring 1 GW of compute online in 2025.', '1 GW', 'META power 2025/stated'],
    ['Meta is building a 2 GW data center.', '2 GW', 'META datacenter-power -'],
    ['Meta AI will reach 1 billion users in 2025.', '1 billion users', 'META users 2025/stated'],
    ['Instagram has 2 billion users, Meta said.', '2 billion users', 'not checked: audience'],
  ])('%s → %s', (text, written, expected) => {
    expect(read(text, written, '2025-01-25')).toBe(expected);
  });
});

describe('growth claims', () => {
  it.each([
    ['Meta will spend $65 billion in 2025, twice as much as in 2024.', 'twice', 'growth of META capex over 2024'],
    ['Meta will spend $65 billion in 2025, more than double 2023’s outlay.', 'more than double', 'growth of META capex over 2023'],
    ['Microsoft will spend $80 billion in fiscal 2025, double what it spent in fiscal 2023.', 'double', 'growth of MSFT capex over FY2023'],
    ['Meta will spend $65 billion in 2025, double its 2025 plan.', 'double', 'growth of META capex over 2024'],
    ['Meta prévoit d’investir 65 milliards de dollars cette année, soit 50% de plus qu’en 2024.', '50%', 'growth of META capex over 2024'],
    ['Meta planea más que duplicar su gasto de capital este año, hasta 72.000 millones de dólares.', 'más que duplicar', 'growth of META capex over 2024'],
    ['Microsoft’s AI business runs at a $13 billion annual rate in 2025, up 175%.', '175%', 'not checked: untied-growth'],
    ["Alphabet's cloud revenue rose 34% to $15.2 billion in 2025.", '34%', 'not checked: change'],
    ['Alphabet will invest $75 billion in capex in 2025, a 43% increase.', '43%', 'growth of GOOGL capex over 2024'],
    ['Alphabet will invest $75 billion in capex in 2025 (+43%).', '43%', 'growth of GOOGL capex over 2024'],
    ['Meta will spend $65 billion on capex in 2025, a threefold rise on 2023.', 'threefold', 'growth of META capex over 2023'],
    ['Meta will spend $65 billion on capex in 2025, more than triple its 2023 outlay.', 'more than triple', 'growth of META capex over 2023'],
    ['Meta will die Investitionen 2025 auf 65 Milliarden Dollar fast verdoppeln.', 'fast verdoppeln', 'growth of META capex over 2024'],
    ['Metas Investitionen von 65 Milliarden Dollar im Jahr 2025 sind mehr als verdreifacht gegenüber 2023.', 'mehr als verdreifacht', 'growth of META capex over 2023'],
    ['Meta a presque doublé ses investissements en 2025, à 65 milliards de dollars.', 'presque doublé', 'growth of META capex over 2024'],
    ['Meta invertirá 65.000 millones de dólares en 2025, más del doble que en 2024.', 'más del doble', 'growth of META capex over 2024'],
    ['Meta investirà 65 miliardi di dollari nel 2025, quasi raddoppiato rispetto al 2024.', 'quasi raddoppiato', 'growth of META capex over 2024'],
    ['A Meta vai investir 65 bilhões de dólares em 2025, quase o dobro de 2024.', 'quase o dobro', 'growth of META capex over 2024'],
    ['In the second quarter of 2025, Amazon spent $31.4 billion on capex, up 90% from the same period last year.', '90%', 'growth of AMZN capex over Q2 2024 (Apr–Jun 2024)'],
    ['In the second quarter of 2025, Amazon spent $31.4 billion on capex, up 30% sequentially.', '30%', 'growth of AMZN capex over Q1 2025 (Jan–Mar 2025)'],
    ['In the second quarter of 2025, Amazon spent $31.4 billion on capex, up 30%.', '30%', 'not checked: untied-growth'],
    ['Meta will spend $65 billion on capex in 2025, having tripled its outlay in 24 months.', 'tripled', 'growth of META capex over 2023'],
  ])('%s [%s] → %s', (text, written, expected) => {
    expect(read(text, written, '2025-08-10')).toBe(expected);
  });

  it.each([
    ['Meta raised its capex outlook twice this year, to $65 billion in 2025.'],
    ['Meta capex grew at a double-digit pace to $65 billion in 2025.'],
    ['Meta reviews its $65 billion plan for 2025 three times a year.'],
    ['Meta spends $65 billion on capex in 2025, and its new chips run 3倍 faster.'],
    ['메타는 2025년 자본지출 650억 달러를 모두 배당과 무관하게 집행한다.'],
    ['Meta will spend $65 billion on capex in 2025. Combined hyperscaler capex tripled in two years.'],
    ['Alphabet spent $91.4 billion on capex in 2025 as its sales rose 15%.'],
    ['Amazon will spend $200 billion on capex in 2026, while Alphabet is up 97%.'],
    ['微软2025财年资本支出为882亿美元，营收增长15%。'],
  ])('finds no growth claim in %j', (text) => {
    expect(attribution(text, '2025-02-10').growthClaims).toEqual([]);
  });
});

describe('figures presented as earlier values', () => {
  it.each([
    ['Meta lifted its outlook to $125 billion, up from $115 billion.', '$115 billion', 'value'],
    ['Alphabet expects $185 billion, after guiding to $175 billion in February.', '$175 billion', 'forecast'],
    ['Meta previously forecast $30 billion of capex.', '$30 billion', 'forecast'],
    ['Meta had guided to $115 billion for 2026.', '$115 billion', 'forecast'],
    ['Oracle expects capex of $50 billion, up from a previous forecast of $35 billion.', '$35 billion', 'forecast'],
    ['Meta lifted its outlook to $125 billion, up from $115 billion.', '$125 billion', null],
    ['Meta will spend from $60 billion to $65 billion in 2025.', 'from $60 billion to $65 billion', null],
  ])('%s [%s] → %s', (text, written, expected) => {
    const claim = attribution(text, '2026-05-10').claims.find((each) => each.figure.text.includes(written));
    expect(claim?.earlier).toBe(expected);
  });
});

describe('the words that established a checked claim', () => {
  it('records the company, metric and period cues with their positions', () => {
    const text = 'Meta will spend $65 billion on capex in 2025.';
    const [claim] = attribution(text, '2025-02-10').claims;
    const at = (cue: { start: number; end: number } | null | undefined) => (cue ? text.slice(cue.start, cue.end) : null);
    expect(claim?.cues.company.role).toBe('subject');
    expect([at(claim?.cues.company), at(claim?.cues.metric), at(claim?.cues.period)]).toEqual(['Meta', 'spend', '2025']);
  });
});

describe('word lists: words of one language that are other words in another', () => {
  it.each([
    ['Microsoft louera des capacités GPU à Nebius pour 17,4 milliards de dollars.', '17,4 milliards', 'not checked: no-metric'],
    ['Microsoft paiera 80 milliards de dollars pour des serveurs en 2025.', '80 milliards', 'not checked: no-metric'],
    ['Meta dépensera 65 milliards de dollars pour l’IA en 2025.', '65 milliards', 'META capex 2025/stated'],
    ['Meta will pour $65 billion into data centers in 2025.', '$65 billion', 'META capex 2025/stated'],
    ['Meta plans to pour as much as $65 billion in 2025 into AI.', '$65 billion', 'META capex 2025/stated'],
    ['Meta is pouring $65 billion into AI in 2025.', '$65 billion', 'META capex 2025/stated'],
  ])('French "pour" (for) is not English "pour": %s [%s] → %s', (text, written, expected) => {
    expect(read(text, written, '2025-11-05')).toBe(expected);
  });
});

describe('word lists: Italian "a fine" (at the end of) is not an English fine', () => {
  it.each([
    ['Meta investirà 65 miliardi di dollari a fine 2025.', '65 miliardi', 'META capex 2025/stated'],
    ['Meta ha raccolto 30 miliardi di dollari con un bond a fine ottobre.', '30 miliardi', 'not checked: financing'],
    ['Meta spenderà 70 miliardi di dollari nel 2025, a fine anno.', '70 miliardi', 'META capex 2025/stated'],
    ['Meta spenderà 70 miliardi di dollari a fine dell’anno 2025.', '70 miliardi', 'META capex 2025/stated'],
    ['The EU hit Meta with a fine of $1.3 billion.', '$1.3 billion', 'not checked: tax'],
    ['Meta paid a fine worth $5 billion in 2019.', '$5 billion', 'not checked: tax'],
  ])('%s [%s] → %s', (text, written, expected) => {
    expect(read(text, written, '2025-11-05')).toBe(expected);
  });
});

describe('word lists: quarterly, in the plural', () => {
  it.each([
    ['Amazon ha registrato ricavi trimestrali per 180,2 miliardi di dollari.', '180,2 miliardi', 'not checked: quarter'],
    ['Amazon ha registrato un fatturato trimestrale di 180,2 miliardi di dollari.', '180,2 miliardi', 'not checked: quarter'],
    ['Amazon publie des revenus trimestriels : 180,2 milliards de dollars.', '180,2 milliards', 'not checked: quarter'],
    ['Las ventas trimestrales de Amazon fueron 180.200 millones de dólares.', '180.200 millones', 'not checked: quarter'],
  ])('%s [%s] → %s', (text, written, expected) => {
    expect(read(text, written, '2025-11-05')).toBe(expected);
  });
});

describe('word lists: Italian spending verbs in the past and the plural', () => {
  it.each([
    ['Meta ha speso 39,23 miliardi di dollari nel 2024.', '39,23 miliardi', 'META capex 2024/stated'],
    ['Alphabet ha investito 52,5 miliardi di dollari nel 2024.', '52,5 miliardi', 'GOOGL capex 2024/stated'],
    ['Amazon ha investito 8 miliardi di dollari in Anthropic.', '8 miliardi', 'not checked: stake'],
    ['Meta e Alphabet investiranno 160 miliardi di dollari nel 2025.', '160 miliardi', 'total of META+GOOGL (named) capex 2025/stated'],
  ])('%s [%s] → %s', (text, written, expected) => {
    expect(read(text, written, '2025-11-05')).toBe(expected);
  });
});

describe('word lists: run rates in German, French, Spanish and Italian', () => {
  it.each([
    ['Das KI-Geschäft von Microsoft hat eine Jahresrate von 20 Milliarden Dollar überschritten.', '20 Milliarden', 'not checked: run-rate'],
    ['Microsofts KI-Umsatz liegt annualisiert bei 20 Milliarden Dollar.', '20 Milliarden', 'not checked: run-rate'],
    ["L'activité d'IA de Microsoft a dépassé un rythme annualisé de 20 milliards de dollars.", '20 milliards', 'not checked: run-rate'],
    ['El negocio de IA de Microsoft ya supera una tasa anualizada de 20.000 millones de dólares.', '20.000 millones', 'not checked: run-rate'],
    ["Il business dell'IA di Microsoft ha superato un ritmo annualizzato di 20 miliardi di dollari.", '20 miliardi', 'not checked: run-rate'],
  ])('%s [%s] → %s', (text, written, expected) => {
    expect(read(text, written, '2025-11-05')).toBe(expected);
  });
});

describe('word lists: "will cost" in German, French, Spanish and Italian', () => {
  it.each([
    ['Der Bau des Hyperion-Campus von Meta kostet rund 27 Milliarden Dollar.', '27 Milliarden', 'not checked: cost'],
    ['Le campus Hyperion de Meta coûtera environ 27 milliards de dollars.', '27 milliards', 'not checked: cost'],
    ['El campus Hyperion de Meta costará unos 27.000 millones de dólares.', '27.000 millones', 'not checked: cost'],
    ['Il campus Hyperion di Meta costerà circa 27 miliardi di dollari.', '27 miliardi', 'not checked: cost'],
  ])('%s [%s] → %s', (text, written, expected) => {
    expect(read(text, written, '2025-11-05')).toBe(expected);
  });
});

describe('word lists: bond issues and leases in French, Italian and German', () => {
  it.each([
    ['Meta a levé 30 milliards de dollars grâce à une émission obligataire.', '30 milliards', 'not checked: financing'],
    ["Meta ha raccolto 30 miliardi di dollari con un'emissione obbligazionaria.", '30 miliardi', 'not checked: financing'],
    ['Microsoft mietet bei Nebius GPU-Kapazität für 17,4 Milliarden Dollar im Rahmen eines Leasings.', '17,4 Milliarden', 'not checked: financing'],
  ])('%s [%s] → %s', (text, written, expected) => {
    expect(read(text, written, '2025-11-05')).toBe(expected);
  });
});

describe('word lists: "the three months to September" is a quarter', () => {
  it.each([
    ['In the three months ended September, Meta spent $19.4 billion on capex.', '$19.4 billion', 'not checked: quarter'],
    ['Over the 3-month period ending in June, Microsoft spent $24.2 billion on capex.', '$24.2 billion', 'not checked: quarter'],
  ])('%s [%s] → %s', (text, written, expected) => {
    expect(read(text, written, '2025-11-05')).toBe(expected);
  });
});

describe('word lists: "the three months" is no set of three companies', () => {
  it.each([
    ['Alphabet spent $24 billion on capital expenditures in the three months to September 2025.', '$24 billion', 'not checked: quarter'],
    ['Amazon booked revenue of $180.2 billion in the three months to September.', '$180.2 billion', 'not checked: quarter'],
    ['Meta, Alphabet and Amazon lead the pack. The three will spend $290 billion on capex in 2025.', '$290 billion', 'total of META+GOOGL+AMZN (named) capex 2025/stated'],
  ])('%s [%s] → %s', (text, written, expected) => {
    expect(read(text, written, '2025-11-05')).toBe(expected);
  });
});

describe('word lists: a share price in French', () => {
  it.each([
    ["L'action Meta a clôturé mardi à 627,32 dollars.", '627,32 dollars', 'not checked: share-price'],
    ['Les actions de Microsoft valaient 514 dollars vendredi.', '514 dollars', 'not checked: share-price'],
    ['Le cours de l’action Alphabet a atteint 281,19 dollars.', '281,19 dollars', 'not checked: share-price'],
  ])('%s [%s] → %s', (text, written, expected) => {
    expect(read(text, written, '2025-11-05')).toBe(expected);
  });
});

describe('word lists: worth "an der Börse" (market value) in German', () => {
  it.each([
    ['Microsoft war Ende Oktober an der Börse mehr als 3,9 Billionen Dollar wert.', '3,9 Billionen', 'not checked: market-value'],
    ['An der Börse ist Alphabet inzwischen 3,4 Billionen Dollar wert.', '3,4 Billionen', 'not checked: market-value'],
    ['Meta investiert 2025 bis zu 65 Milliarden Dollar, an der Börse kam das gut an.', '65 Milliarden', 'META capex 2025/stated'],
  ])('%s [%s] → %s', (text, written, expected) => {
    expect(read(text, written, '2025-02-10')).toBe(expected);
  });
});

describe('quarters: pinned to the company\'s calendar, or left not checked', () => {
  it.each([
    // Written year: calendar quarters for calendar-year companies; fiscal when the words say so.
    ['Meta spent $19.84 billion on capex in Q1 2026.', '2026-05-05', 'META capex Q1 2026 (Jan–Mar 2026)/stated'],
    ['Meta spent $19.84 billion on capex in the first quarter of 2026.', '2026-05-05', 'META capex Q1 2026 (Jan–Mar 2026)/stated'],
    ['Alphabet spent $35.67 billion on capex in the first quarter 2026.', '2026-05-05', 'GOOGL capex Q1 2026 (Jan–Mar 2026)/stated'],
    ['Microsoft spent $37.5 billion on capex in Q2 FY26.', '2026-05-05', 'MSFT capex Q2 FY2026 (Oct–Dec 2025)/stated'],
    ['Microsoft spent $37.5 billion on capex in FY2026 Q2.', '2026-05-05', 'MSFT capex Q2 FY2026 (Oct–Dec 2025)/stated'],
    ['Microsoft spent $34.9 billion on capex in the first quarter of fiscal 2026.', '2026-05-05', 'MSFT capex Q1 FY2026 (Jul–Sep 2025)/stated'],
    ['Oracle spent $12 billion on capex in its fiscal second quarter of 2026.', '2026-05-05', 'ORCL capex Q2 FY2026 (Sep–Nov 2025)/stated'],
    ['Microsoft spent $30.9 billion on capex in the first calendar quarter of 2026.', '2026-05-05', 'MSFT capex Q1 2026 (Jan–Mar 2026)/stated'],
    ['Microsoft spent $30.9 billion on capex in the quarter ended March 31, 2025.', '2026-05-05', 'MSFT capex Q3 FY2025 (Jan–Mar 2025)/stated'],
    // Year from the article's date: the quarter of that name ending nearest it.
    ['Microsoft spent $37.5 billion on capex in its fiscal second quarter.', '2026-01-30', 'MSFT capex Q2 FY2026 (Oct–Dec 2025)/relative'],
    ['Microsoft expects more than $40 billion of capex in its fiscal fourth quarter.', '2026-04-30', 'MSFT capex Q4 FY2026 (Apr–Jun 2026)/relative'],
    ['Microsoft spent $34.9 billion on capex during the September quarter.', '2025-10-31', 'MSFT capex Q1 FY2026 (Jul–Sep 2025)/relative'],
    ['Amazon spent $44.2 billion on capex in the quarter ended March 31, 2026.', '2026-05-05', 'AMZN capex Q1 2026 (Jan–Mar 2026)/stated'],
    ['Meta spent $19.84 billion on capex in the first quarter.', '2026-05-05', 'META capex Q1 2026 (Jan–Mar 2026)/relative'],
    // German, French, Spanish, Italian.
    ['Meta investierte im ersten Quartal 2026 19,84 Milliarden Dollar in Sachanlagen.', '2026-05-05', 'META capex Q1 2026 (Jan–Mar 2026)/stated'],
    ['Meta a investi 19,84 milliards de dollars en capex au premier trimestre 2026.', '2026-05-05', 'META capex Q1 2026 (Jan–Mar 2026)/stated'],
    ['Meta invirtió 19.840 millones de dólares en capex en el primer trimestre de 2026.', '2026-05-05', 'META capex Q1 2026 (Jan–Mar 2026)/stated'],
    ['Meta ha investito 19,84 miliardi di dollari in capex nel primo trimestre del 2026.', '2026-05-05', 'META capex Q1 2026 (Jan–Mar 2026)/stated'],
    // Fiscal or calendar, unsaid: a result is read both ways (judged wrong only when wrong under both).
    ['Microsoft spent $30.9 billion on capex in the first quarter of 2026.', '2026-05-05', 'MSFT capex Q1 FY2026 (Jul–Sep 2025) or Q1 2026 (Jan–Mar 2026)/stated'],
    ['Microsoft spent $30.9 billion on capex in Q1 2026.', '2026-05-05', 'MSFT capex Q1 FY2026 (Jul–Sep 2025) or Q1 2026 (Jan–Mar 2026)/stated'],
    ['Microsoft spent $30.9 billion on capex in Q1.', '2026-05-05', 'MSFT capex Q1 FY2026 (Jul–Sep 2025) or Q1 2026 (Jan–Mar 2026)/relative'],
    ['Microsoft expects $40 billion of capex in Q1.', '2026-05-05', 'not checked: quarter'],
    // Left open: which quarter, a result for a quarter not yet over, part of a year, another metric.
    ['Meta spent $30 billion on capex in the quarter.', '2026-05-05', 'not checked: quarter'],
    ['Oracle spent $8 billion on capex in the September quarter.', '2025-10-05', 'not checked: quarter'],
    ['Meta spent $19 billion on capex in the second quarter.', '2026-05-05', 'not checked: quarter'],
    ['Meta spent $19 billion on capex in the third quarter.', '2026-05-05', 'not checked: quarter'],
    ['Meta’s capex reached $50 billion in the first half of 2026.', '2026-08-05', 'not checked: quarter'],
    ['Meta’s year-to-date capex reached $50 billion.', '2026-08-05', 'not checked: quarter'],
    ['Meta’s revenue was $56.31 billion in Q1 2026.', '2026-05-05', 'not checked: quarter'],
    ['Big Tech spent $120 billion on capex in Q1 2026.', '2026-05-05', 'not checked: quarter'],
  ])('%s (%s) → %s', (text, date, expected) => {
    const figure = /(?:\$|€)?[\d.,]+(?: billion|bn| Milliarden| milliards| millones| miliardi)?/u.exec(text.replace(/Q\d|FY\d+|20\d\d/gu, (m) => ' '.repeat(m.length)))?.[0].trim() ?? '';
    expect(read(text, figure, date)).toBe(expected);
  });
});

describe('quarters in Japanese, Chinese and Korean', () => {
  it.each([
    ['アルファベットの2026年第1四半期の設備投資は356億7000万ドルだった。', '356億7000万ドル', 'GOOGL capex Q1 2026 (Jan–Mar 2026)/stated'],
    ['谷歌2026年第一季度资本支出为357亿美元。', '357亿美元', 'GOOGL capex Q1 2026 (Jan–Mar 2026)/stated'],
    ['구글의 2026년 1분기 설비투자는 410억 달러였다.', '410억 달러', 'GOOGL capex Q1 2026 (Jan–Mar 2026)/stated'],
    // 年度 is a fiscal year; with no such word, Microsoft's calendar and fiscal quarters differ and the figure is read both ways.
    ['マイクロソフトの2026年度第1四半期の設備投資は349億ドルだった。', '349億ドル', 'MSFT capex Q1 FY2026 (Jul–Sep 2025)/stated'],
    ['마이크로소프트의 2026년 1분기 설비투자는 349억 달러였다.', '349억 달러', 'MSFT capex Q1 FY2026 (Jul–Sep 2025) or Q1 2026 (Jan–Mar 2026)/stated'],
  ])('%s [%s] → %s', (text, written, expected) => {
    expect(read(text, written, '2026-05-10')).toBe(expected);
  });
});

describe('projects: a figure about a named site carries the site\'s name', () => {
  it.each([
    ['Stargate’s Abilene campus will draw 1.2 GW of power.', '1.2 GW', 'STARGATE datacenter-power - project Abilene'],
    ['Meta’s Hyperion campus will need $50 billion of investment in 2026.', '$50 billion', 'META capex 2026/stated project Hyperion'],
    ['Meta is building a $10 billion data center in Louisiana in 2025.', '$10 billion', 'not checked: scope site'],
  ])('%s [%s] → %s', (text, written, expected) => {
    expect(read(text, written, '2026-05-05')).toBe(expected);
  });
});
