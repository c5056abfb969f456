import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/extract-figures.js';
import { renderFigure } from './render-figure.js';

const B = '000000000';
const render = (input: string): string[] => extractFigures(input).map(renderFigure);

describe('extractFigures: money', () => {
  it.each([
    ['The board approved $5 for each share.', [`money USD exact 5 "$5"`]],
    ['Spending reached $87 billion last year.', [`money USD exact 87${B} "$87 billion"`]],
    ['a US$4.2 billion bond', [`money USD exact 4200000000 "US$4.2 billion"`]],
    ['a US$ 4.2bn bond', [`money USD exact 4200000000 "US$ 4.2bn"`]],
    ['revenue of USD 34.6 million', [`money USD exact 34600000 "USD 34.6 million"`]],
    ['revenue of USD34.6 million', [`money USD exact 34600000 "USD34.6 million"`]],
    ['a grant of EUR 3.5 billion', [`money EUR exact 3500000000 "EUR 3.5 billion"`]],
    ['a grant of EUR3.5bn', [`money EUR exact 3500000000 "EUR3.5bn"`]],
    ['a fund of €10bn', [`money EUR exact 10${B} "€10bn"`]],
    ['tickets cost 10 € each', [`money EUR exact 10 "10 €"`]],
    ['a £2.5 billion campus', [`money GBP exact 2500000000 "£2.5 billion"`]],
    ['a £ 2m refit', [`money GBP exact 2000000 "£ 2m"`]],
    ['a GBP 2bn loan', [`money GBP exact 2${B} "GBP 2bn"`]],
    ['it cost 5 pounds', [`money GBP exact 5 "5 pounds"`]],
    ['a budget of 60 billion USD', [`money USD exact 60${B} "60 billion USD"`]],
    ['a budget of 60 billion dollars', [`money USD exact 60${B} "60 billion dollars"`]],
    ['a budget of 60 billion US dollars', [`money USD exact 60${B} "60 billion US dollars"`]],
    ['a budget of 60 billion U.S. dollars', [`money USD exact 60${B} "60 billion U.S. dollars"`]],
    ['a plan worth 62 billion euros', [`money EUR exact 62${B} "62 billion euros"`]],
    ['a plan worth 4 billion pounds sterling', [`money GBP exact 4${B} "4 billion pounds sterling"`]],
    ['it paid 5$ for it', [`money USD exact 5 "5$"`]],
    ['a $ 60 billion plan', [`money USD exact 60${B} "$ 60 billion"`]],
    ['a $10-billion deal', [`money USD exact 10${B} "$10-billion"`]],
    ['a billion-dollar bet', [`money USD exact 1${B} "a billion-dollar"`]],
    ['The company lists $1,234.5 million of debt.', [`money USD exact 1234500000 "$1,234.5 million"`]],
    ['C$5 billion', [`money CAD exact 5${B} "C$5 billion"`]],
    ['HK$3bn', [`money HKD exact 3${B} "HK$3bn"`]],
    ['A$ 2 billion', [`money AUD exact 2${B} "A$ 2 billion"`]],
    ['US $58.24 a barrel', [`money USD exact 58.24 "US $58.24"`]],
    ['¥500 billion', [`money JPY exact 500${B} "¥500 billion"`]],
    ['JPY 500 billion', [`money JPY exact 500${B} "JPY 500 billion"`]],
    ['5 billion yen', [`money JPY exact 5${B} "5 billion yen"`]],
    ['CN¥7bn', [`money CNY exact 7${B} "CN¥7bn"`]],
    ['RMB 7 billion', [`money CNY exact 7${B} "RMB 7 billion"`]],
    ['100 billion yuan', [`money CNY exact 100${B} "100 billion yuan"`]],
    ['2 trillion renminbi', [`money CNY exact 2000${B} "2 trillion renminbi"`]],
    ['₹500 crore', [`money INR exact 5${B} "₹500 crore"`]],
    ['Rs 6 lakh crore', [`money INR exact 6000${B} "Rs 6 lakh crore"`]],
    ['Rs. 16.4 lakh crore', [`money INR exact 16400${B} "Rs. 16.4 lakh crore"`]],
    ['INR 20,000 crore', [`money INR exact 200${B} "INR 20,000 crore"`]],
    ['35 lakh rupees', [`money INR exact 3500000 "35 lakh rupees"`]],
    ['12,34,567.89 rupees', [`money INR exact 1234567.89 "12,34,567.89 rupees"`]],
    ['CHF 1.2bn', [`money CHF exact 1200000000 "CHF 1.2bn"`]],
    ['10,000 Swiss francs', [`money CHF exact 10000 "10,000 Swiss francs"`]],
    ['60 billion Canadian dollars', [`money CAD exact 60${B} "60 billion Canadian dollars"`]],
    ['125 million Australian dollars', [`money AUD exact 125000000 "125 million Australian dollars"`]],
    ['115USD', [`money USD exact 115 "115USD"`]],
    ['30 MUSD', [`money USD exact 30000000 "30 MUSD"`]],
    ['MEUR 120', [`money EUR exact 120000000 "MEUR 120"`]],
    ['half million usd', [`money USD exact 500000 "half million usd"`]],
    ['a quarter million us dollars', [`money USD exact 250000 "a quarter million us dollars"`]],
    ['three quarters billion us dollars', [`money USD exact 750000000 "three quarters billion us dollars"`]],
    ['a quarter of a trillion dollars', [`money USD exact 250${B} "a quarter of a trillion dollars"`]],
    ['$5MM', [`money USD exact 5000000 "$5MM"`]],
    ['$1 thousand million', [`money USD exact 1${B} "$1 thousand million"`]],
  ])('%s', (input, expected) => expect(render(input)).toEqual(expected));
});

describe('extractFigures: scales', () => {
  it.each([
    ['$5m', [`money USD exact 5000000 "$5m"`]],
    ['$5M', [`money USD exact 5000000 "$5M"`]],
    ['$5 m', [`money USD exact 5000000 "$5 m"`]],
    ['$7mn', [`money USD exact 7000000 "$7mn"`]],
    ['$7 mln', [`money USD exact 7000000 "$7 mln"`]],
    ['$60B', [`money USD exact 60${B} "$60B"`]],
    ['$60bn', [`money USD exact 60${B} "$60bn"`]],
    ['$60 bln', [`money USD exact 60${B} "$60 bln"`]],
    ['$1.2tn', [`money USD exact 1200${B} "$1.2tn"`]],
    ['$3T', [`money USD exact 3000${B} "$3T"`]],
    ['$2 trn', [`money USD exact 2000${B} "$2 trn"`]],
    ['$1 trillion', [`money USD exact 1000${B} "$1 trillion"`]],
    ['$250k', [`money USD exact 250000 "$250k"`]],
    ['$250K', [`money USD exact 250000 "$250K"`]],
    ['$40 thousand', [`money USD exact 40000 "$40 thousand"`]],
    ['700M users', [`quantity user exact 700000000 "700M users"`]],
    ['100k GPUs', [`quantity GPU exact 100000 "100k GPUs"`]],
    ['5 m users', [`quantity user exact 5000000 "5 m users"`]],
    ['$39.23 billion', [`money USD exact 39230000000 "$39.23 billion"`]],
  ])('%s', (input, expected) => expect(render(input)).toEqual(expected));
});

describe('extractFigures: spelled numbers', () => {
  it.each([
    ['a billion users', [`quantity user exact 1${B} "a billion users"`]],
    ['an additional gigawatt', [`quantity W exact 1${B} "an additional gigawatt"`]],
    ['another gigawatt of computing power', [`quantity W exact 1${B} "another gigawatt"`]],
    ['a gigawatt campus', [`quantity W exact 1${B} "a gigawatt"`]],
    ['a $1 trillion pledge', [`money USD exact 1000${B} "$1 trillion"`]],
    ['half a trillion dollars', [`money USD exact 500${B} "half a trillion dollars"`]],
    ['one and a half billion people', [`quantity user exact 1500000000 "one and a half billion people"`]],
    ['two and a half gigawatts', [`quantity W exact 2500000000 "two and a half gigawatts"`]],
    ['two billion dollars', [`money USD exact 2${B} "two billion dollars"`]],
    ['five gigawatts', [`quantity W exact 5${B} "five gigawatts"`]],
    ['twenty-five percent', [`percent exact 25 "twenty-five percent"`]],
    ['ninety nine percent', [`percent exact 99 "ninety nine percent"`]],
    ['a hundred thousand GPUs', [`quantity GPU exact 100000 "a hundred thousand GPUs"`]],
    ['two hundred million users', [`quantity user exact 200000000 "two hundred million users"`]],
    ['three hundred and fifty thousand GPUs', [`quantity GPU exact 350000 "three hundred and fifty thousand GPUs"`]],
    ['One million subscribers', [`quantity user exact 1000000 "One million subscribers"`]],
    ['five H100 GPUs', [`quantity GPU exact 5 "five H100 GPUs"`]],
  ])('%s', (input, expected) => expect(render(input)).toEqual(expected));
});

describe('extractFigures: ranges', () => {
  it.each([
    ['$60–65B', [`money USD range 60${B}..65${B} "$60–65B"`]],
    ['$60-65 billion', [`money USD range 60${B}..65${B} "$60-65 billion"`]],
    ['$60—65 billion', [`money USD range 60${B}..65${B} "$60—65 billion"`]],
    ['$60 - 65 billion', [`money USD range 60${B}..65${B} "$60 - 65 billion"`]],
    ['$60 billion to $65 billion', [`money USD range 60${B}..65${B} "$60 billion to $65 billion"`]],
    ['$60 to $65 billion', [`money USD range 60${B}..65${B} "$60 to $65 billion"`]],
    ['between $60 and $65 billion', [`money USD range 60${B}..65${B} "between $60 and $65 billion"`]],
    ['Between $60bn and $65bn', [`money USD range 60${B}..65${B} "Between $60bn and $65bn"`]],
    ['from $64bn to $72bn', [`money USD range 64${B}..72${B} "from $64bn to $72bn"`]],
    ['60-65 billion dollars', [`money USD range 60${B}..65${B} "60-65 billion dollars"`]],
    ['$60bn-$65bn', [`money USD range 60${B}..65${B} "$60bn-$65bn"`]],
    ['€3–4 billion', [`money EUR range 3${B}..4${B} "€3–4 billion"`]],
    ['$500 million to $1 billion', [`money USD range 500000000..1${B} "$500 million to $1 billion"`]],
    ['40-45%', [`percent range 40..45 "40-45%"`]],
    ['40%–45%', [`percent range 40..45 "40%–45%"`]],
    ['40 to 45 percent', [`percent range 40..45 "40 to 45 percent"`]],
    ['between 40 and 45 per cent', [`percent range 40..45 "between 40 and 45 per cent"`]],
    ['2-3 GW', [`quantity W range 2${B}..3${B} "2-3 GW"`]],
    ['two to three gigawatts', [`quantity W range 2${B}..3${B} "two to three gigawatts"`]],
    ['300,000 to 350,000 GPUs', [`quantity GPU range 300000..350000 "300,000 to 350,000 GPUs"`]],
    ['roughly $60–65B', [`money USD range 60${B}..65${B} "roughly $60–65B"`]],
    ['capex of 60-65 billion this year', [`money USD range 60${B}..65${B} "60-65 billion"`]],
  ])('%s', (input, expected) => expect(render(input)).toEqual(expected));
});

describe('extractFigures: money by context (scaled number, no currency, about spending)', () => {
  it.each([
    ['Meta will spend 65 billion on AI.', [`money USD exact 65${B} "65 billion"`]],
    ['Capex: 60 billion.', [`money USD exact 60${B} "60 billion"`]],
    ['a 60 billion investment', [`money USD exact 60${B} "60 billion"`]],
    ['It plans to invest a billion in Texas.', [`money USD exact 1${B} "a billion"`]],
    ['Training cost rose as the model grew to 70 billion parameters.', []],
    ['The model saw 15 trillion tokens.', []],
    ['Its 3 billion users spend hours daily.', [`quantity user exact 3${B} "3 billion users"`]],
  ])('%s', (input, expected) => expect(render(input)).toEqual(expected));
});

describe('extractFigures: qualifiers', () => {
  it.each([
    ['nearly $87 billion', [`money USD just-below 87${B} "nearly $87 billion"`]],
    ['almost 1 GW', [`quantity W just-below 1${B} "almost 1 GW"`]],
    ['close to $100 billion', [`money USD just-below 100${B} "close to $100 billion"`]],
    ['just under 50%', [`percent just-below 50 "just under 50%"`]],
    ['about $5bn', [`money USD approximate 5${B} "about $5bn"`]],
    ['approximately 40%', [`percent approximate 40 "approximately 40%"`]],
    ['around 2 GW', [`quantity W approximate 2${B} "around 2 GW"`]],
    ['roughly 600 million users', [`quantity user approximate 600000000 "roughly 600 million users"`]],
    ['some $10 billion', [`money USD approximate 10${B} "some $10 billion"`]],
    ['an estimated $30bn', [`money USD approximate 30${B} "an estimated $30bn"`]],
    ['~$60B', [`money USD approximate 60${B} "~$60B"`]],
    ['circa 500MW', [`quantity W approximate 500000000 "circa 500MW"`]],
    ['over $1bn', [`money USD lower-bound >1${B} "over $1bn"`]],
    ['more than 1.3 million GPUs', [`quantity GPU lower-bound >1300000 "more than 1.3 million GPUs"`]],
    ['More Than 5GW', [`quantity W lower-bound >5${B} "More Than 5GW"`]],
    ['above 40%', [`percent lower-bound >40 "above 40%"`]],
    ['upwards of 100,000 GPUs', [`quantity GPU lower-bound >100000 "upwards of 100,000 GPUs"`]],
    ['north of $5 billion', [`money USD lower-bound >5${B} "north of $5 billion"`]],
    ['in excess of $2bn', [`money USD lower-bound >2${B} "in excess of $2bn"`]],
    ['over a billion users', [`quantity user lower-bound >1${B} "over a billion users"`]],
    ['2GW+', [`quantity W lower-bound >=2${B} "2GW+"`]],
    ['$100B+', [`money USD lower-bound >=100${B} "$100B+"`]],
    ['10,000+ GPUs', [`quantity GPU lower-bound >=10000 "10,000+ GPUs"`]],
    ['a $60 billion-plus plan', [`money USD lower-bound >=60${B} "$60 billion-plus"`]],
    ['at least 1 GW', [`quantity W lower-bound >=1${B} "at least 1 GW"`]],
    ['no less than 20%', [`percent lower-bound >=20 "no less than 20%"`]],
    ['up to $500 billion', [`money USD upper-bound <=500${B} "up to $500 billion"`]],
    ['as much as 5 GW', [`quantity W upper-bound <=5${B} "as much as 5 GW"`]],
    ['as many as 350,000 H100s', [`quantity GPU upper-bound <=350000 "as many as 350,000 H100s"`]],
    ['under $10 billion', [`money USD upper-bound <10${B} "under $10 billion"`]],
    ['less than 5%', [`percent upper-bound <5 "less than 5%"`]],
    ['below 2 GW', [`quantity W upper-bound <2${B} "below 2 GW"`]],
    ['fewer than 1,000 GPUs', [`quantity GPU upper-bound <1000 "fewer than 1,000 GPUs"`]],
    ['up 65%', [`percent exact 65 "65%"`]],
  ])('%s', (input, expected) => expect(render(input)).toEqual(expected));
});

describe('extractFigures: quantities and percentages', () => {
  it.each([
    ['1.3 million GPUs', [`quantity GPU exact 1300000 "1.3 million GPUs"`]],
    ['one GPU cluster of 24,576 GPU', [`quantity GPU exact 24576 "24,576 GPU"`]],
    ['1.3 million graphics processors', [`quantity GPU exact 1300000 "1.3 million graphics processors"`]],
    ['16,000 graphics processing units', [`quantity GPU exact 16000 "16,000 graphics processing units"`]],
    ['100,000 Nvidia H100 GPUs', [`quantity GPU exact 100000 "100,000 Nvidia H100 GPUs"`]],
    ['1.3 million Nvidia GPUs', [`quantity GPU exact 1300000 "1.3 million Nvidia GPUs"`]],
    ['350,000 H100s', [`quantity GPU exact 350000 "350,000 H100s"`]],
    ['350,000 Nvidia H100 chips', [`quantity GPU exact 350000 "350,000 Nvidia H100 chips"`]],
    ['600,000 H100-equivalents', [`quantity GPU exact 600000 "600,000 H100-equivalents"`]],
    ['50,000 accelerators', [`quantity GPU exact 50000 "50,000 accelerators"`]],
    ['Its AI push needs 2 million chips.', [`quantity GPU exact 2000000 "2 million chips"`]],
    ['a 100,000-GPU cluster', [`quantity GPU exact 100000 "100,000-GPU"`]],
    ['a cluster of 2048 GPUs', [`quantity GPU exact 2048 "2048 GPUs"`]],
    ['2 GW', [`quantity W exact 2${B} "2 GW"`]],
    ['2GW', [`quantity W exact 2${B} "2GW"`]],
    ['500 MW', [`quantity W exact 500000000 "500 MW"`]],
    ['5 megawatts', [`quantity W exact 5000000 "5 megawatts"`]],
    ['1.5 kW', [`quantity W exact 1500 "1.5 kW"`]],
    ['a 2-gigawatt campus', [`quantity W exact 2${B} "2-gigawatt"`]],
    ['600 million monthly active users', [`quantity user exact 600000000 "600 million monthly active users"`]],
    ['3 billion monthly actives', [`quantity user exact 3${B} "3 billion monthly actives"`]],
    ['200 million MAUs', [`quantity user exact 200000000 "200 million MAUs"`]],
    ['500 million daily active users', [`quantity user exact 500000000 "500 million daily active users"`]],
    ['10 million paying subscribers', [`quantity user exact 10000000 "10 million paying subscribers"`]],
    ['1 million customers', [`quantity user exact 1000000 "1 million customers"`]],
    ['5,000 people', [`quantity user exact 5000 "5,000 people"`]],
    ['40%', [`percent exact 40 "40%"`]],
    ['40 %', [`percent exact 40 "40 %"`]],
    ['40 percent', [`percent exact 40 "40 percent"`]],
    ['40 per cent', [`percent exact 40 "40 per cent"`]],
    ['12.5% stake', [`percent exact 12.5 "12.5%"`]],
    ['a 40-percent stake', [`percent exact 40 "40-percent"`]],
  ])('%s', (input, expected) => expect(render(input)).toEqual(expected));
});

describe('extractFigures: not figures', () => {
  it.each([
    '2025', 'in 2024', 'It happened in 2012–13.', '2024-2025', 'FY2025', 'FY25 guidance', 'fiscal 2025', "the class of '25",
    '24 Jan 2025', 'January 24, 2025', '2025-01-24', '1/24/2025', 'at 10:30 a.m.', 'Q4', 'Q4 2024', 'the fourth quarter',
    'the 1st time', 'the third time', 'Llama 4', 'Llama 3.3', 'GPT-4o', 'the H100', 'H100 GPUs', 'Windows 11', 'iPhone 16',
    'Ray-Ban Meta Gen 2', 'call +1 (555) 123-4567', 'in 50 countries', '400,000 professionals', 'a 22-year-old',
    '5 new sites', 'four years', 'billions of dollars', 'hundreds of billions of dollars', 'tens of thousands of GPUs',
    'In 2024 GPUs were scarce.', 'the 2025 GPU roadmap', 'in 2025 dollars', '1,000 GPU hours', 'a GPU',
    'a user', 'one GPU', 'one user said', '70B parameters', 'trained on 15 trillion tokens', 'Mixtral 8x7B', '5 Ways People Use AI', 'He is 40.',
    'Apple sold 5 million chips', '5m', 'a 5G network', 'version 3.3.1', 'mid-2025 people', 'COVID-19 people',
    '10 GWh', '3 mW', 'Section 230', 'since 1998', 'the 1990s', 'page 5 of 20', '$', 'USD', 'between 2024 and 2025',
    'from 2024 to 2025', 'top 10', 'No. 1', '#1 app',
  ])('%s', (input) => expect(render(input)).toEqual([]));
});

describe('extractFigures: sentences', () => {
  it.each([
    [
      'Capex should land near $40bn this year, up 65%, with 2GW+ of new capacity.',
      [`money USD exact 40${B} "$40bn"`, `percent exact 65 "65%"`, `quantity W lower-bound >=2${B} "2GW+"`],
    ],
    [
      'The lab said on March 3, 2025 it would spend $30–35 billion in 2025 and run more than 900,000 GPUs by December.',
      [`money USD range 30${B}..35${B} "$30–35 billion"`, `quantity GPU lower-bound >900000 "more than 900,000 GPUs"`],
    ],
    [
      'Its assistant has roughly 450 million monthly active users, while its ads business grew 22% to $50 billion.',
      [`quantity user approximate 450000000 "roughly 450 million monthly active users"`, `percent exact 22 "22%"`, `money USD exact 50${B} "$50 billion"`],
    ],
    [
      'They cut the budget by $5 billion to $60 billion.',
      [`money USD exact 5${B} "$5 billion"`, `money USD exact 60${B} "$60 billion"`],
    ],
    [
      'Spending rose from $60 billion to $65 billion, and another gigawatt is planned.',
      [`money USD range 60${B}..65${B} "from $60 billion to $65 billion"`, `quantity W exact 1${B} "another gigawatt"`],
    ],
    [
      'A £1.2bn site, a €900m expansion and 40 MW of solar: the trio cost close to $2bn.',
      [`money GBP exact 1200000000 "£1.2bn"`, `money EUR exact 900000000 "€900m"`, `quantity W exact 40000000 "40 MW"`, `money USD just-below 2${B} "close to $2bn"`],
    ],
    [
      'Shares fell 4% after the firm guided to $18-$20 billion, below the $21 billion analysts wanted.',
      [`percent exact 4 "4%"`, `money USD range 18${B}..20${B} "$18-$20 billion"`, `money USD exact 21${B} "$21 billion"`],
    ],
    [
      'The 2025 plan: spend 65 billion on AI, reach 1 billion people.',
      [`money USD exact 65${B} "65 billion"`, `quantity user exact 1${B} "1 billion people"`],
    ],
    [
      'It spent $60 billion—about 40% more than a year earlier.',
      [`money USD exact 60${B} "$60 billion"`, `percent approximate 40 "about 40%"`],
    ],
    [
      'The $60\n\nbillion figure',
      [`money USD exact 60 "$60"`],
    ],
  ])('%s', (input, expected) => expect(render(input)).toEqual(expected));
});

describe('extractFigures: spans', () => {
  it('gives UTF-16 offsets that slice back to the text, across astral characters', () => {
    const input = '🚀 Meta: nearly $87 billion 🚀 and 2GW+.';
    const figures = extractFigures(input);
    expect(figures.map((figure) => [figure.start, figure.end, input.slice(figure.start, figure.end)])).toEqual([
      [9, 27, 'nearly $87 billion'],
      [35, 39, '2GW+'],
    ]);
  });

  it('keeps a line break inside a figure but not a blank line', () => {
    expect(render('spend $60\nbillion')).toEqual([`money USD exact 60${B} "$60\\nbillion"`]);
  });
});
