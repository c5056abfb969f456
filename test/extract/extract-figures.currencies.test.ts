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
    'PHP 8.3', 'PEN 5', '100 ₡', '100₾', '100,000 ₭', '25 kroner', '10 pesos', '5 dinars', '1 . 8500 marks , up',
    'R2-D2', 'the 2 RM models', 'sen 100,000', '¢50', 'pages 5 or 6', '5 or so', 'a 10-or-so',
  ])('%s', (input) => expect(render(input)).toEqual([]));
});
