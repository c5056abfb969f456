import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/extract-figures.js';
import { renderFigure } from './render-figure.js';

const B = '000000000';
const render = (input: string): string[] => extractFigures(input).map(renderFigure);

describe('extractFigures: number formats', () => {
  it.each([
    ['$1,234.5 million', [`money USD exact 1234500000 "$1,234.5 million"`]],
    ['1.234,5 Millionen Euro', [`money EUR exact 1234500000 "1.234,5 Millionen Euro"`]],
    ['1 234,5 millions d\'euros', [`money EUR exact 1234500000 "1 234,5 millions d'euros"`]],
    ['1\u00A0234,5 millions d\'euros', [`money EUR exact 1234500000 "1\u00A0234,5 millions d'euros"`]],
    ['66.000 millones de dólares', [`money USD exact 66${B} "66.000 millones de dólares"`]],
    ['$1.500 million', [`money USD exact 1500000 "$1.500 million"`]],
    ['€1.000.000,50', [`money EUR exact 1000000.5 "€1.000.000,50"`]],
    ['1.000.000 €', [`money EUR exact 1000000 "1.000.000 €"`]],
    ['3,5 Mrd. Euro', [`money EUR exact 3500000000 "3,5 Mrd. Euro"`]],
    ['$10 000 fine', [`money USD exact 10000 "$10 000"`]],
    ['12,5 %', [`percent exact 12.5 "12,5 %"`]],
    ['0.250 billion dollars', [`money USD exact 250000000 "0.250 billion dollars"`]],
  ])('%s', (input, expected) => expect(render(input)).toEqual(expected));
});

describe('extractFigures: forms found while benchmarking', () => {
  it.each([
    ['it cost 3 dollars 50 cents.', [`money USD exact 3.5 "3 dollars 50 cents"`]],
    ['thirteen dollars and forty-five cents', [`money USD exact 13.45 "thirteen dollars and forty-five cents"`]],
    ['It rose to 17 USD 25.', [`money USD exact 17.25 "17 USD 25"`]],
    ['It costs 15 dollars and 50 people came', [`money USD exact 15 "15 dollars"`, `quantity user exact 50 "50 people"`]],
    ['They lost 75 USD million.', [`money USD exact 75000000 "75 USD million"`]],
    ['worth $US55,931,000 ($A82,615,680)', [`money USD exact 55931000 "$US55,931,000"`, `money AUD exact 82615680 "$A82,615,680"`]],
    ['about $US113 trillion', [`money USD approximate 113000${B} "about $US113 trillion"`]],
    ['AU $89.99 per year or NZ $99.99', [`money AUD exact 89.99 "AU $89.99"`, `money NZD exact 99.99 "NZ $99.99"`]],
    ['prices range from $800,000 to $1.3 million', [`money USD range 800000..1300000 "from $800,000 to $1.3 million"`]],
    ['ranging from $200 to $4 million', [`money USD range 200..4000000 "from $200 to $4 million"`]],
    ['He dropped from 208 pounds to 193.', []],
    ['275 pound-feet of torque', []],
    ['It cost 5 pounds.', [`money GBP exact 5 "5 pounds"`]],
    ['a 40 million pound deal', [`money GBP exact 40000000 "40 million pound"`]],
  ])('%s', (input, expected) => expect(render(input)).toEqual(expected));
});

describe('extractFigures: German', () => {
  it.each([
    ['Meta investiert 64 Milliarden bis 72 Milliarden Dollar', [`money USD range 64${B}..72${B} "64 Milliarden bis 72 Milliarden Dollar"`]],
    ['(bis zu 633,08 Mrd. Euro)', [`money EUR upper-bound <=633080000000 "bis zu 633,08 Mrd. Euro"`]],
    ['rund 60 Milliarden US-Dollar', [`money USD approximate 60${B} "rund 60 Milliarden US-Dollar"`]],
    ['etwa 5 Mio. €', [`money EUR approximate 5000000 "etwa 5 Mio. €"`]],
    ['knapp 10 Prozent', [`percent just-below 10 "knapp 10 Prozent"`]],
    ['mehr als 1,3 Millionen GPUs', [`quantity GPU lower-bound >1300000 "mehr als 1,3 Millionen GPUs"`]],
    ['mindestens 2 Gigawatt', [`quantity W lower-bound >=2${B} "mindestens 2 Gigawatt"`]],
    ['weniger als 5 %', [`percent upper-bound <5 "weniger als 5 %"`]],
    ['zwischen 60 und 65 Milliarden Euro', [`money EUR range 60${B}..65${B} "zwischen 60 und 65 Milliarden Euro"`]],
    ['von 5 bis 7 Prozent', [`percent range 5..7 "von 5 bis 7 Prozent"`]],
    ['zwei Milliarden Euro', [`money EUR exact 2${B} "zwei Milliarden Euro"`]],
    ['eine Milliarde Dollar', [`money USD exact 1${B} "eine Milliarde Dollar"`]],
    ['1,5 Billionen Euro', [`money EUR exact 1500${B} "1,5 Billionen Euro"`]],
    ['300 Millionen Nutzer', [`quantity user exact 300000000 "300 Millionen Nutzer"`]],
    ['66.000 Nutzer', [`quantity user exact 66000 "66.000 Nutzer"`]],
    ['fast 40 Milliarden Pfund', [`money GBP just-below 40${B} "fast 40 Milliarden Pfund"`]],
    ['10 Mrd. Schweizer Franken', [`money CHF exact 10${B} "10 Mrd. Schweizer Franken"`]],
  ])('%s', (input, expected) => expect(render(input)).toEqual(expected));
});

describe('extractFigures: French', () => {
  it.each([
    ['60 milliards d\'euros', [`money EUR exact 60${B} "60 milliards d'euros"`]],
    ['60 milliards d’euros', [`money EUR exact 60${B} "60 milliards d’euros"`]],
    ['2 milliards de dollars', [`money USD exact 2${B} "2 milliards de dollars"`]],
    ['un milliard de dollars', [`money USD exact 1${B} "un milliard de dollars"`]],
    ['deux milliards de livres', [`money GBP exact 2${B} "deux milliards de livres"`]],
    ['60 M€', [`money EUR exact 60000000 "60 M€"`]],
    ['3 Mds€', [`money EUR exact 3${B} "3 Mds€"`]],
    ['environ 5 milliards d\'euros', [`money EUR approximate 5${B} "environ 5 milliards d'euros"`]],
    ['près de 5 %', [`percent just-below 5 "près de 5 %"`]],
    ['plus de 2 gigawatts', [`quantity W lower-bound >2${B} "plus de 2 gigawatts"`]],
    ['au moins 10 000 GPU', [`quantity GPU lower-bound >=10000 "au moins 10 000 GPU"`]],
    ['jusqu\'à 500 milliards de dollars', [`money USD upper-bound <=500${B} "jusqu'à 500 milliards de dollars"`]],
    ['moins de 3 pour cent', [`percent upper-bound <3 "moins de 3 pour cent"`]],
    ['entre 60 et 65 milliards d\'euros', [`money EUR range 60${B}..65${B} "entre 60 et 65 milliards d'euros"`]],
    ['de 5 à 7 milliards d\'euros', [`money EUR range 5${B}..7${B} "de 5 à 7 milliards d'euros"`]],
    ['300 millions d\'utilisateurs', [`quantity user exact 300000000 "300 millions d'utilisateurs"`]],
    ['2 billions d\'euros', [`money EUR exact 2000${B} "2 billions d'euros"`]],
  ])('%s', (input, expected) => expect(render(input)).toEqual(expected));
});

describe('extractFigures: Spanish', () => {
  it.each([
    ['entre 66.000 y 72.000 millones de dólares', [`money USD range 66${B}..72${B} "entre 66.000 y 72.000 millones de dólares"`]],
    ['invertirá entre 60 y 65 mil millones', [`money USD range 60${B}..65${B} "entre 60 y 65 mil millones"`]],
    ['dos mil millones de dólares', [`money USD exact 2${B} "dos mil millones de dólares"`]],
    ['mil millones de euros', [`money EUR exact 1${B} "mil millones de euros"`]],
    ['66 mil dólares', [`money USD exact 66000 "66 mil dólares"`]],
    ['1,5 billones de euros', [`money EUR exact 1500${B} "1,5 billones de euros"`]],
    ['alrededor de 40 millones de dólares', [`money USD approximate 40000000 "alrededor de 40 millones de dólares"`]],
    ['casi 10 %', [`percent just-below 10 "casi 10 %"`]],
    ['más de 500 millones de usuarios', [`quantity user lower-bound >500000000 "más de 500 millones de usuarios"`]],
    ['al menos 1 GW', [`quantity W lower-bound >=1${B} "al menos 1 GW"`]],
    ['hasta 5 por ciento', [`percent upper-bound <=5 "hasta 5 por ciento"`]],
    ['menos de 2.000 millones de libras', [`money GBP upper-bound <2${B} "menos de 2.000 millones de libras"`]],
    ['de 5 a 7 millones de euros', [`money EUR range 5000000..7000000 "de 5 a 7 millones de euros"`]],
    ['del 5 al 7 %', [`percent range 5..7 "del 5 al 7 %"`]],
    ['100.000 millones de yenes', [`money JPY exact 100${B} "100.000 millones de yenes"`]],
  ])('%s', (input, expected) => expect(render(input)).toEqual(expected));
});

describe('extractFigures: Portuguese', () => {
  it.each([
    ['5 bilhões de dólares', [`money USD exact 5${B} "5 bilhões de dólares"`]],
    ['5 mil milhões de euros', [`money EUR exact 5${B} "5 mil milhões de euros"`]],
    ['dois bilhões de dólares', [`money USD exact 2${B} "dois bilhões de dólares"`]],
    ['300 milhões de dólares', [`money USD exact 300000000 "300 milhões de dólares"`]],
    ['cerca de 20 milhões de usuários', [`quantity user approximate 20000000 "cerca de 20 milhões de usuários"`]],
    ['quase 3 %', [`percent just-below 3 "quase 3 %"`]],
    ['mais de 1 gigawatt', [`quantity W lower-bound >1${B} "mais de 1 gigawatt"`]],
    ['pelo menos 10 por cento', [`percent lower-bound >=10 "pelo menos 10 por cento"`]],
    ['até 2 bilhões de euros', [`money EUR upper-bound <=2${B} "até 2 bilhões de euros"`]],
    ['entre 60 e 65 bilhões de dólares', [`money USD range 60${B}..65${B} "entre 60 e 65 bilhões de dólares"`]],
    ['de 5 até 7 milhões de euros', [`money EUR range 5000000..7000000 "de 5 até 7 milhões de euros"`]],
    ['1,2 biliões de euros', [`money EUR exact 1200${B} "1,2 biliões de euros"`]],
  ])('%s', (input, expected) => expect(render(input)).toEqual(expected));
});

describe('extractFigures: Italian', () => {
  it.each([
    ['60 miliardi di dollari', [`money USD exact 60${B} "60 miliardi di dollari"`]],
    ['due miliardi di euro', [`money EUR exact 2${B} "due miliardi di euro"`]],
    ['3 mld di euro', [`money EUR exact 3${B} "3 mld di euro"`]],
    ['500 milioni di sterline', [`money GBP exact 500000000 "500 milioni di sterline"`]],
    ['60 mila euro', [`money EUR exact 60000 "60 mila euro"`]],
    ['circa 5 miliardi di euro', [`money EUR approximate 5${B} "circa 5 miliardi di euro"`]],
    ['quasi 10 per cento', [`percent just-below 10 "quasi 10 per cento"`]],
    ['più di 300 milioni di utenti', [`quantity user lower-bound >300000000 "più di 300 milioni di utenti"`]],
    ['oltre 2 gigawatt', [`quantity W lower-bound >2${B} "oltre 2 gigawatt"`]],
    ['almeno 1.000 GPU', [`quantity GPU lower-bound >=1000 "almeno 1.000 GPU"`]],
    ['fino a 5 miliardi di dollari', [`money USD upper-bound <=5${B} "fino a 5 miliardi di dollari"`]],
    ['meno di 4 %', [`percent upper-bound <4 "meno di 4 %"`]],
    ['tra 60 e 65 miliardi di euro', [`money EUR range 60${B}..65${B} "tra 60 e 65 miliardi di euro"`]],
    ['da 5 a 7 miliardi di euro', [`money EUR range 5${B}..7${B} "da 5 a 7 miliardi di euro"`]],
  ])('%s', (input, expected) => expect(render(input)).toEqual(expected));
});

describe('extractFigures: not figures, in six languages', () => {
  it.each([
    // English
    'It happened in 2012–13.', 'Q4 2024', 'Llama 3.3', 'version 3.3.1', 'at 10:30', 'call +1 (555) 123-4567', 'the 3rd quarter',
    // German
    'am 3. März 2025', 'im Jahr 2025', 'im 4. Quartal', 'um 10.30 Uhr', 'am 24.01.2025', 'Windows 11 kommt', 'Seite 5 von 20',
    'seit 2019 Nutzer', 'im Jahr 2024 Menschen',
    // French
    'le 3 mars 2025', 'en 2025', 'le 1er janvier', 'au T4 2024', 'à 10 h 30', 'Tél. 01 23 45 67 89', 'depuis 2020 personnes',
    // Spanish
    'el 3 de marzo de 2025', 'en 2024', 'el 1º de enero', 'en el T4', 'a las 10:30', 'desde 2019 personas',
    // Portuguese
    '3 de março de 2025', 'em 2025', 'no 4º trimestre', 'às 10h30', 'em 2025 pessoas',
    // Italian
    'il 3 marzo 2025', 'nel 2025', 'il 4° trimestre', 'alle 10:30', 'nel 2025 persone', '5 milioni di pesos',
  ])('%s', (input) => expect(render(input)).toEqual([]));
});
