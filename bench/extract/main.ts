/**
 * `npm run bench:extract`: capcheck's extractor beside Recognizers-Text on NewsQuant, RT's own
 * currency spec and FIRE, with the published CQE and quantulum3 scores, then throughput on the
 * same sentences in the same process. Reads the labelled sets from ../shared; skips when absent.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFigures } from '../../src/extract/extract-figures.js';
import { capcheckPredictions } from './capcheck-adapter.js';
import { CJK_MONEY_SET } from './cjk-money-set.js';
import { capcheckWithGenericNumbers } from './generic-numbers.js';
import { GOLD_ERRORS } from './gold-errors.js';
import { loadNewsQuant } from './load-newsquant.js';
import { loadPublished } from './load-published.js';
import { compareThroughput } from './measure-throughput.js';
import { listMisses } from './list-misses.js';
import { printTable, prf, published as formatPublished, type Row } from './print-table.js';
import { recognizersCombined, recognizersCurrency, recognizersRaw, recognizersRawCurrency } from './recognizers-adapter.js';
import { loadCurrencySpec, scoreCurrencySpec } from './score-currency-spec.js';
import { listCjkMisses, scoreCjkSet } from './score-cjk-set.js';
import { loadFire, scoreFire } from './score-fire.js';
import { ALL, MONEY, MONEY_OR_PERCENT_RANGES, PERCENT, predictAll, RANGES, scoreNewsQuant } from './score-newsquant.js';
import { DATA_DIR, REPO_ROOT } from './shared-data.js';

const VALUE = { unit: false, change: false };
const VALUE_UNIT = { unit: true, change: false };
const VALUE_CHANGE = { unit: false, change: true };
// Throughput rounds: each times whole passes for at least ROUND_MS (one RT pass takes ~3 s, so RT runs one pass a round).
const ROUNDS = 5;
const ROUND_MS = 500;

function main(): number {
  const cjkRows = scoreOwnCjkSet();
  const cjkMisses = listCjkMisses(CJK_MONEY_SET);
  const newsQuant = loadNewsQuant();
  const spec = loadCurrencySpec();
  const fire = loadFire();
  if (newsQuant === null || spec === null || fire === null) {
    // The CJK set is the project's own: scored even without ../shared.
    console.log(printTable(cjkRows));
    console.log(CJK_NOTES);
    console.log(`\nLabelled sets not found at ${DATA_DIR}, skipping the rest of the extraction benchmark.`);
    return 0;
  }
  const published = loadPublished('evaluation_output__NewsQuant.csv');
  const ours = predictAll(newsQuant, capcheckPredictions);
  const oursAll = predictAll(newsQuant, capcheckWithGenericNumbers);
  const rtMoney = predictAll(newsQuant, recognizersCurrency);
  const rtAll = predictAll(newsQuant, recognizersCombined);
  const score = (p: typeof ours, subset: typeof ALL, keys: typeof VALUE) => scoreNewsQuant(newsQuant, p, subset, keys);
  const rows: Row[] = [];
  const row = (metric: string, capcheck: string, recognizers: string, cqe = '–', quantulum = '–', target = '', met: boolean | null = null): void => {
    rows.push({ metric, capcheck, recognizers, cqe, quantulum, target, met });
  };
  const pub = (model: string, type: string): string => formatPublished(published.get(`${model}|${type}`));

  const moneyUnit = score(ours, MONEY, VALUE_UNIT);
  row('NewsQuant money: value F1 (P/R)', prf(score(ours, MONEY, VALUE)), prf(score(rtMoney, MONEY, VALUE)));
  row('NewsQuant money: value+currency F1', prf(moneyUnit), prf(score(rtMoney, MONEY, VALUE_UNIT)), '–', '–', '≥ 95', moneyUnit.f1 >= 95);
  const allValue = score(oursAll, ALL, VALUE);
  row('NewsQuant all: value F1 (figures only)', prf(score(ours, ALL, VALUE)), prf(score(rtAll, ALL, VALUE)), pub('CQE-Numparser', 'value'), pub('quantulum3', 'value'));
  row('NewsQuant all: value F1 (+ bench-only bare numbers)', prf(allValue), prf(score(rtAll, ALL, VALUE)), pub('CQE-Numparser', 'value'), pub('quantulum3', 'value'), '≥ 93', allValue.f1 >= 93);
  row('NewsQuant all: value+unit F1 (+ bare numbers)', prf(score(oursAll, ALL, VALUE_UNIT)), prf(score(rtAll, ALL, VALUE_UNIT)), pub('CQE-Numparser', 'value+unit'), pub('quantulum3', 'value+unit'));
  row('NewsQuant all: value+change F1 (+ bare numbers)', prf(score(oursAll, ALL, VALUE_CHANGE)), prf(score(rtAll, ALL, VALUE_CHANGE)), pub('CQE-Numparser', 'value+change'));
  row('NewsQuant percent: value+unit F1', prf(score(ours, PERCENT, VALUE_UNIT)), prf(score(rtAll, PERCENT, VALUE_UNIT)));
  const ranges = score(ours, RANGES, VALUE);
  row('NewsQuant ranges: both ends right, recall %', `${ranges.r.toFixed(1)} (${ranges.matched}/${ranges.gold})`, `${score(rtAll, RANGES, VALUE).r.toFixed(1)}`, '–', '–', '≥ 90', ranges.r >= 90);
  row('NewsQuant ranges: F1 (P/R)', prf(ranges), prf(score(rtAll, RANGES, VALUE)));
  const scoped = score(ours, MONEY_OR_PERCENT_RANGES, VALUE);
  row('NewsQuant money/percent ranges: both ends right, recall %', `${scoped.r.toFixed(1)} (${scoped.matched}/${scoped.gold})`, `${score(rtAll, MONEY_OR_PERCENT_RANGES, VALUE).r.toFixed(1)}`);

  const specOurs = scoreCurrencySpec(spec, capcheckPredictions);
  const specRt = scoreCurrencySpec(spec, recognizersCurrency);
  const pct = ([passed, total]: readonly [number, number]): string => `${((100 * passed) / total).toFixed(1)} (${passed}/${total})`;
  const specMet = specOurs.all[0] / specOurs.all[1] >= 0.95;
  row('RT currency spec: exact span+value+unit, all cases %', pct(specOurs.all), pct(specRt.all), '–', '–', '≥ 95', specMet);
  row('RT currency spec: JS-supported cases %', pct(specOurs.jsSupported), pct(specRt.jsSupported));
  row('RT currency spec: cases in contract currencies %', pct(specOurs.inContract), pct(specRt.inContract));

  const fireOurs = scoreFire(fire, capcheckPredictions);
  const fireRt = scoreFire(fire, recognizersCurrency);
  row('FIRE money spans: exact F1 (P/R)', prf(fireOurs.exact), prf(fireRt.exact));
  row('FIRE money spans: overlap F1 (P/R)', prf(fireOurs.overlap), prf(fireRt.overlap));

  const sentences = newsQuant.map((s) => s.text);
  const four = compareThroughput(sentences, extractFigures, recognizersRaw, ROUNDS, ROUND_MS);
  const currency = compareThroughput(sentences, extractFigures, recognizersRawCurrency, ROUNDS, ROUND_MS);
  row('Throughput, sentences/s (NewsQuant, 590; median of rounds)', `${four.ours.toFixed(0)} / ${currency.ours.toFixed(0)}`, `${four.peer.toFixed(0)} (4 models); ${currency.peer.toFixed(0)} (currency only)`);
  row('Throughput ratio vs RT, median (4 models / currency only)', `${four.ratio.toFixed(0)}× / ${currency.ratio.toFixed(0)}×`, '1×', '–', '–', '≥ 1000×', four.ratio >= 1000);

  rows.push(...cjkRows);

  console.log(printTable(rows));
  console.log(NOTES);
  console.log(CJK_NOTES);
  console.log('\nGold errors found in the labelled sets (scored as given, not fixed):');
  for (const error of GOLD_ERRORS) console.log(`- ${error}`);
  const missesPath = join(REPO_ROOT, 'build', 'bench', 'extract-misses.txt');
  mkdirSync(join(REPO_ROOT, 'build', 'bench'), { recursive: true });
  writeFileSync(missesPath, [...listMisses(newsQuant, ours, oursAll), '', '# RT currency spec failures', ...specOurs.failures, '', '# CJK money set misses', ...cjkMisses].join('\n'));
  console.log(`\nPer-case misses: ${missesPath}`);
  return 0;
}

/** Rows for capcheck's own Japanese/Chinese/Korean set (bench/extract/cjk-money-set.ts); no peer runs on it. */
function scoreOwnCjkSet(): Row[] {
  const scores = scoreCjkSet(CJK_MONEY_SET);
  const row = (metric: string, capcheck: string, target = '', met: boolean | null = null): Row => ({ metric, capcheck, recognizers: '–', cqe: '–', quantulum: '–', target, met });
  const { ja, zh, ko } = scores.byLanguage;
  return [
    row(`CJK money set (own, ${CJK_MONEY_SET.length} sentences): value F1 (P/R)`, prf(scores.value)),
    row('CJK money set: value+currency/unit F1 (P/R)', prf(scores.valueUnit), '≥ 95', scores.valueUnit.f1 >= 95),
    row('CJK money set: value+unit+qualifier F1 (P/R)', prf(scores.valueUnitChange)),
    row('CJK money set: value accuracy, matched on all keys / gold', `${((100 * scores.valueUnitChange.matched) / scores.valueUnitChange.gold).toFixed(1)} (${scores.valueUnitChange.matched}/${scores.valueUnitChange.gold})`),
    row('CJK money set: value+unit F1 ja / zh / ko', `${ja.f1.toFixed(1)} / ${zh.f1.toFixed(1)} / ${ko.f1.toFixed(1)}`),
  ];
}

const CJK_NOTES = `
CJK money set: capcheck's own sentences (bench/extract/cjk-money-set.ts), each with every figure
extractFigures should return, compared in base units (yen, yuan, won, watts, users) with the same
one-to-one rule; qualifier: 約/约/약, 前後/左右/안팎 and 近く/将近 = "~", 超/以上/이상/至少 = ">",
最大/未満/미만/不到 = "<". No peer is run on it (RT-JS has no CJK money model).`;

const NOTES = `
How predictions match gold (CQE's rule, re-implemented): per sentence, one-to-one, value within
rtol 1e-5 / atol 1e-8; a range matches only a range with both ends close; P counts every prediction
of the subset in all 590 sentences. Units: money as ISO codes (NewsQuant "dollar" and "dollar per
barrel" = USD, RT "Dollar" = USD); power compared in the unit written (5 GW = 5 gigawatt); change:
about/nearly = "~", over/at least = ">", up to/under = "<"; capcheck labels no up/down changes.
"figures only" is exactly what extractFigures returns to the checker (money, GPUs, W, users, %);
"+ bare numbers" adds, in the bench adapter only, unit-less numbers outside those figures, as
CQE extracts every quantity. Currency spec: a case passes when the money predictions equal the
results exactly (span, value, unit), spans without a leading qualifier; "contract currencies" =
cases whose results are all valued amounts in the ISO codes a Figure can carry (CURRENCY_CODES). FIRE: tokens
joined by spaces ("$ 41.7 million"), Money spans only. Ranges: all 83 NewsQuant ranges include other
units (mph, °C), vague amounts ("tens of thousands") and falls coded as ranges; the money/percent row
keeps gold ranges in capcheck's units. Throughput: raw extractFigures vs raw RT model calls (no
adapters) on the same 590 sentences in one process; each warmed up by a full pass, then timed in 5
interleaved rounds of whole passes (≥ 0.5 s each), so both see the same machine load; medians shown.
Hardware: ${process.arch}, Node ${process.version}. Published rows: Python RT 1.0.2a2 / CQE, 2023.`;

process.exitCode = main();
