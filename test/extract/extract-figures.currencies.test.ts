import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/extract-figures.js';
import { renderFigure } from './render-figure.js';

const B = '000000000';
const render = (input: string): string[] => extractFigures(input).map(renderFigure);

describe('extractFigures: world currencies by symbol, code and prefix', () => {
  it.each([
    ['NZ$5 billion', [`money NZD exact 5${B} "NZ$5 billion"`]],
    ['R$ 3bn', [`money BRL exact 3${B} "R$ 3bn"`]],
    ['S$ 2 billion', [`money SGD exact 2${B} "S$ 2 billion"`]],
    ['Mex$ 10 million', [`money MXN exact 10000000 "Mex$ 10 million"`]],
    ['nzd$15', [`money NZD exact 15 "nzd$15"`]],
    ['NT$3.5 trillion', [`money TWD exact 3500${B} "NT$3.5 trillion"`]],
    ['₩500 billion', [`money KRW exact 500${B} "₩500 billion"`]],
    ['KRW 500 billion', [`money KRW exact 500${B} "KRW 500 billion"`]],
    ['₪40 million', [`money ILS exact 40000000 "₪40 million"`]],
    ['NIS 40 million', [`money ILS exact 40000000 "NIS 40 million"`]],
    ['₽1.2 trillion', [`money RUB exact 1200${B} "₽1.2 trillion"`]],
    ['₺300', [`money TRY exact 300 "₺300"`]],
    ['฿50,000', [`money THB exact 50000 "฿50,000"`]],
    ['₿21,000,000', [`money XBT exact 21000000 "₿21,000,000"`]],
    ['6.25 BTC', [`money XBT exact 6.25 "6.25 BTC"`]],
    ['RM79 a month', [`money MYR exact 79 "RM79"`]],
    ['RM3.06mil', [`money MYR exact 3060000 "RM3.06mil"`]],
    ['SEK 1.2 billion', [`money SEK exact 1200000000 "SEK 1.2 billion"`]],
    ['100元', [`money CNY exact 100 "100元"`]],
    ['500 zł', [`money PLN exact 500 "500 zł"`]],
    ['u.s $ 100', [`money USD exact 100 "u.s $ 100"`]],
    ['3 USD50 cards', [`money USD exact 50 "USD50"`]],
    ['10 $ is not much', [`money USD exact 10 "10 $"`]],
    ['J.Smith paid $5', [`money USD exact 5 "$5"`]],
    ['U.S $ 7 billion', [`money USD exact 7${B} "U.S $ 7 billion"`]],
    ['10 $US113', [`money USD exact 113 "$US113"`]],
    ['The price of this book is 100 ₡', [`money CRC exact 100 "100 ₡"`]],
    ['₡2,500', [`money CRC exact 2500 "₡2,500"`]],
    ['I spend 100₾ on it', [`money GEL exact 100 "100₾"`]],
    ['₾40 million', [`money GEL exact 40000000 "₾40 million"`]],
    ['win 100,000 ₭ as a prize', [`money LAK exact 100000 "100,000 ₭"`]],
    ['lend me 100,000 ரூ now', [`money LKR exact 100000 "100,000 ரூ"`]],
    ['ரூ 1,500', [`money LKR exact 1500 "ரூ 1,500"`]],
    ['රු 2,500', [`money LKR exact 2500 "රු 2,500"`]],
    ['LKR 3 billion', [`money LKR exact 3${B} "LKR 3 billion"`]],
    ['CRC 500', [`money CRC exact 500 "CRC 500"`]],
    ['GEL 12 million', [`money GEL exact 12000000 "GEL 12 million"`]],
    ['LAK 9,000', [`money LAK exact 9000 "LAK 9,000"`]],
  ])('%s', (input, expected) => expect(render(input)).toEqual(expected));
});

describe('extractFigures: world currencies by name', () => {
  it.each([
    ['60 billion Singapore dollars', [`money SGD exact 60${B} "60 billion Singapore dollars"`]],
    ['9.99 New Zealand dollars', [`money NZD exact 9.99 "9.99 New Zealand dollars"`]],
    ['5 billion won', [`money KRW exact 5${B} "5 billion won"`]],
    ['7.5 million Danish crowns', [`money DKK exact 7500000 "7.5 million Danish crowns"`]],
    ['12 billion kronor', [`money SEK exact 12${B} "12 billion kronor"`]],
    ['1.23 billion shekels', [`money ILS exact 1230000000 "1.23 billion shekels"`]],
    ['3.23 shekels', [`money ILS exact 3.23 "3.23 shekels"`]],
    ['528 million francs', [`money CHF exact 528000000 "528 million francs"`]],
    ['20 billion French francs', [`money FRF exact 20${B} "20 billion French francs"`]],
    ['6.65 billion pesetas', [`money ESP exact 6650000000 "6.65 billion pesetas"`]],
    ['250 million Dutch guilders', [`money NLG exact 250000000 "250 million Dutch guilders"`]],
    ['420 million Finnish markka', [`money FIM exact 420000000 "420 million Finnish markka"`]],
    ['2 billion Deutsche marks', [`money DEM exact 2${B} "2 billion Deutsche marks"`]],
    ['500 billion lire', [`money ITL exact 500${B} "500 billion lire"`]],
    ['10 Turkish lira', [`money TRY exact 10 "10 Turkish lira"`]],
    ['18 billion rand', [`money ZAR exact 18${B} "18 billion rand"`]],
    ['4 billion ringgit', [`money MYR exact 4${B} "4 billion ringgit"`]],
    ['10000 bitcoins', [`money XBT exact 10000 "10000 bitcoins"`]],
    ['2 satoshis', [`money XBT exact 0.00000002 "2 satoshis"`]],
    ['3 billion rubles', [`money RUB exact 3${B} "3 billion rubles"`]],
    ['one kuai', [`money CNY exact 1 "one kuai"`]],
    ['a budget of 2.5 billion colones', [`money CRC exact 2500000000 "2.5 billion colones"`]],
    ['it cost 5,000 colón', [`money CRC exact 5000 "5,000 colón"`]],
    ['300 Costa Rican colones', [`money CRC exact 300 "300 Costa Rican colones"`]],
    ['fined 500 lari', [`money GEL exact 500 "500 lari"`]],
    ['1.5 million Georgian lari', [`money GEL exact 1500000 "1.5 million Georgian lari"`]],
    ['paid 20,000 kip for noodles', [`money LAK exact 20000 "20,000 kip"`]],
    ['3 billion kip', [`money LAK exact 3${B} "3 billion kip"`]],
    ['8,000 Lao kip', [`money LAK exact 8000 "8,000 Lao kip"`]],
    ['15,000 Sri Lankan rupees', [`money LKR exact 15000 "15,000 Sri Lankan rupees"`]],
    ['2 million Sri Lanka rupees', [`money LKR exact 2000000 "2 million Sri Lanka rupees"`]],
  ])('%s', (input, expected) => expect(render(input)).toEqual(expected));
});

describe('extractFigures: a currency name before its number', () => {
  it.each([
    ['The price starts at dollar 22.5 million.', [`money USD exact 22500000 "dollar 22.5 million"`]],
    ['paid rupees 12,500.', [`money INR exact 12500 "rupees 12,500"`]],
    ['Euro 3.5 billion in 2024', [`money EUR exact 3500000000 "Euro 3.5 billion"`]],
    ['about yen 2 trillion', [`money JPY approximate 2000000000000 "about yen 2 trillion"`]],
    ['lari 1,200 for the fine', [`money GEL exact 1200 "lari 1,200"`]],
  ])('%s', (input, expected) => expect(render(input)).toEqual(expected));
});

describe('extractFigures: not a currency name before a number', () => {
  it.each([
    // a determiner makes the name a noun; the number is something else
    'the dollar 22.5 million', 'against the yen 1,500 times', 'each euro 2.5 million',
    // the number does not read as money, or counts what follows it
    'Euro 2024', 'Euro 6.', 'dollar 5', 'dollar 10 years ago', 'rupees 12,500 were paid', 'dollar 1.5 million tokens',
    // sub-units, ambiguous names and several-word names never lead
    'sen 100,000', 'cents 50', 'pounds 2.5 million', 'won 3,000', 'kip 1,000',
    'US dollars 5,000.', 'Hong Kong dollars 5,000.', 'Canadian dollars 2.5 million.', 'Swiss francs 1,000.',
  ])('%s', (input) => expect(render(input)).toEqual([]));
});

describe('extractFigures: whole amounts and their sub-units', () => {
  it.each([
    ['It may need one kuai and five mao five.', [`money CNY exact 1.55 "one kuai and five mao five"`]],
    ['3 kuai 5 mao', [`money CNY exact 3.5 "3 kuai 5 mao"`]],
    ['2 kuai and 3 mao 4 fen', [`money CNY exact 2.34 "2 kuai and 3 mao 4 fen"`]],
    ['3 kuai 5 fen', [`money CNY exact 3.05 "3 kuai 5 fen"`]],
    ['3 dollars 5 mao', [`money USD exact 3 "3 dollars"`]],
    ['They had just 15 USD 50 more.', [`money USD exact 15.5 "15 USD 50"`]],
    ['15 dollars 50 each', [`money USD exact 15.5 "15 dollars 50"`]],
    ['15 dollars and 50 people', [`money USD exact 15 "15 dollars"`, `quantity user exact 50 "50 people"`]],
    ['It costs c $ 100 and fifty.', [`money CAD exact 100.5 "c $ 100 and fifty"`]],
    ['$100 and 5 people', [`money USD exact 100 "$100"`, `quantity user exact 5 "5 people"`]],
    ['between $40 and sixty.', [`money USD range 40..60 "between $40 and sixty"`]],
    ['10 $ 30 $', [`money USD exact 10 "10 $"`, `money USD exact 30 "30 $"`]],
    ['10 $ 30 cent', [`money USD exact 10.3 "10 $ 30 cent"`]],
    ['10 $ 30 ¢', [`money USD exact 10.3 "10 $ 30 ¢"`]],
    ['1 $ 10 dollars bill', [`money USD exact 10 "$ 10 dollars"`]],
    ['10 $ 30', [`money USD exact 30 "$ 30"`]],
    ['17 USD 25 %', [`money USD exact 17 "17 USD"`]],
  ])('%s', (input, expected) => expect(render(input)).toEqual(expected));
});

describe('extractFigures: cents, pence and sen', () => {
  it.each([
    ['50 cents', [`money USD exact 0.5 "50 cents"`]],
    ['up 1.20 cents', [`money USD exact 0.012 "1.20 cents"`]],
    ['a 12-cent-a-share dividend', [`money USD exact 0.12 "12-cent"`]],
    ['50¢', [`money USD exact 0.5 "50¢"`]],
    ['470 pence a share', [`money GBP exact 4.7 "470 pence"`]],
    ['one penny', [`money GBP exact 0.01 "one penny"`]],
    ['20 euro cents', [`money EUR exact 0.2 "20 euro cents"`]],
    ['50 to 75 cents', [`money USD range 0.5..0.75 "50 to 75 cents"`]],
    ['rose 18 sen to RM23.50', [`money MYR exact 0.18 "18 sen"`, `money MYR exact 23.5 "RM23.50"`]],
    ['was up 10.4 cents to US $2.24', [`money USD exact 0.104 "10.4 cents"`, `money USD exact 2.24 "US $2.24"`]],
  ])('%s', (input, expected) => expect(render(input)).toEqual(expected));
});

describe('extractFigures: a number before "or" shares the next amount\'s unit', () => {
  it.each([
    ['eight or nine euros', [`money EUR exact 8 "eight"`, `money EUR exact 9 "nine euros"`]],
    ['It costs about 8 or $9.', [`money USD approximate 8 "about 8"`, `money USD exact 9 "$9"`]],
    ['2 or 3 billion dollars', [`money USD exact 2${B} "2"`, `money USD exact 3${B} "3 billion dollars"`]],
    ['5 or 6 GW', [`quantity W exact 5${B} "5"`, `quantity W exact 6${B} "6 GW"`]],
  ])('%s', (input, expected) => expect(render(input)).toEqual(expected));
});

describe('extractFigures: not world-currency figures', () => {
  it.each([
    'The team won 12 games.', 'they had 3 won and 2 lost', 'scored 90 marks', 'given 5 lei', 'Rand Paul said 5',
    'PHP 8.3', 'PEN 5', '25 kroner', '10 pesos', '5 dinars', '1 . 8500 marks , up',
    'R2-D2', 'the 2 RM models', 'sen 100,000', '¢50', 'pages 5 or 6', '5 or so', 'a 10-or-so',
    // "colon" is punctuation or anatomy; "kip" a nap or a thousand pounds of force; "Lari" a name
    'use a colon 5 times', '5 colons', 'colon 5,000', 'a 50 kip load', 'rated at 200 kip', 'a quick kip before work', 'Lari 5',
  ])('%s', (input) => expect(render(input)).toEqual([]));
});
