import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/extract-figures.js';
import { formatDecimal } from '../../src/money/decimal.js';
import { renderFigure } from './render-figure.js';

/**
 * Japanese, Chinese and Korean figures: each row pins kind, currency or unit, qualifier, value, text, exact UTF-16 span and precision.
 * Precision follows the figure as an English writer would round it: trailing zeros before 億/亿/억 pad one place
 * (6000億 is "600 billion", precise to a billion), before 万/만 two places (3億5000万 is "350 million").
 */
const render = (input: string): string[] =>
  extractFigures(input).map((figure) => `${renderFigure(figure)} @${figure.start}-${figure.end} ±${formatDecimal(figure.precision)}`);

describe('extractFigures: Japanese, Chinese and Korean money', () => {
  it.each([
    ['メタは6000億ドルを投じる', [`money USD exact 600000000000 "6000億ドル" @3-10 ±1000000000`]],
    ['売上高は29.9兆円だった', [`money JPY exact 29900000000000 "29.9兆円" @4-10 ±100000000000`]],
    ['同社は1,630億ドルの設備投資を見込む', [`money USD exact 163000000000 "1,630億ドル" @3-11 ±1000000000`]],
    ['投資額は４０００億ドルに達した', [`money USD exact 400000000000 "４０００億ドル" @4-11 ±1000000000`]],
    ['投資額は１，６３０億ドル', [`money USD exact 163000000000 "１，６３０億ドル" @4-12 ±1000000000`]],
    ['総額は5000億ドル（約78兆円）になる', [`money USD exact 500000000000 "5000億ドル" @3-10 ±1000000000`, `money JPY approximate 78000000000000 "約78兆円" @11-16 ±1000000000000`]],
    ['1兆2000億円の予算を組んだ', [`money JPY exact 1200000000000 "1兆2000億円" @0-8 ±1000000000`]],
    ['4千億ドル規模の計画', [`money USD exact 400000000000 "4千億ドル" @0-5 ±100000000000`]],
    ['調達額は3億5000万ドル', [`money USD exact 350000000 "3億5000万ドル" @4-13 ±1000000`]],
    ['1000億米ドルを投じる', [`money USD exact 100000000000 "1000億米ドル" @0-8 ±1000000000`]],
    ['韓国勢は3兆ウォンを投資', [`money KRW exact 3000000000000 "3兆ウォン" @4-9 ±1000000000000`]],
    ['微软的资本支出为6500亿美元', [`money USD exact 650000000000 "6500亿美元" @8-15 ±1000000000`]],
    ['公司计划投资360亿美元建设数据中心', [`money USD exact 36000000000 "360亿美元" @6-12 ±1000000000`]],
    ['该集团未来三年将投入3800亿元', [`money CNY exact 380000000000 "3800亿元" @10-16 ±1000000000`]],
    ['总额达5000亿元人民币', [`money CNY exact 500000000000 "5000亿元人民币" @3-12 ±1000000000`]],
    ['相当于约合78万亿日元', [`money JPY approximate 78000000000000 "约合78万亿日元" @3-11 ±1000000000000`]],
    ['메타는 650억 달러를 쓴다', [`money USD exact 65000000000 "650억 달러" @4-11 ±1000000000`]],
    ['삼성은 51조 4천억 원을 투자한다', [`money KRW exact 51400000000000 "51조 4천억 원" @4-13 ±100000000000`]],
    ['1조2천억원 규모의 공장', [`money KRW exact 1200000000000 "1조2천억원" @0-6 ±100000000000`]],
    ['총 300억 미국 달러', [`money USD exact 30000000000 "300억 미국 달러" @2-12 ±1000000000`]],
    ['엔화로 3억 엔', [`money JPY exact 300000000 "3억 엔" @4-8 ±100000000`]],
    // A compound closed by plain digits in units: glued, or one space away in Korean; never a year.
    ['株価は2万3500円に上昇', [`money JPY exact 23500 "2万3500円" @3-10 ±1`]],
    ['주가는 7만 5000원이다', [`money KRW exact 75000 "7만 5000원" @4-12 ±1`]],
    ['予算は1億2024年度から', [`money USD exact 100000000 "1億" @3-5 ±100000000`]],
    ['资本支出约为800亿美元', [`money USD approximate 80000000000 "约为800亿美元" @4-12 ±1000000000`]],
  ])('%s', (input, expected) => expect(render(input)).toEqual(expected));
});

describe('extractFigures: a bare CJK scaled number in a sentence about money is US dollars', () => {
  it.each([
    ['资本支出将达到2000亿，高于去年', [`money USD exact 200000000000 "2000亿" @7-12 ±1000000000`]],
    ['阿里巴巴计划投资132亿用于数据中心', [`money USD exact 13200000000 "132亿" @8-12 ±100000000`]],
    ['今年资本开支将超过2000亿', [`money USD lower-bound >200000000000 "超过2000亿" @7-14 ±1000000000`]],
    ['設備投資は4000億に上る見通し', [`money USD exact 400000000000 "4000億" @5-10 ±1000000000`]],
    ['설비 투자 650억을 집행했다', [`money USD exact 65000000000 "650억" @6-10 ±1000000000`]],
    ['2000亿的资本支出', [`money USD exact 200000000000 "2000亿" @0-5 ±1000000000`]],
    ['매출은 5000원이다', [`money KRW exact 5000 "5000원" @4-9 ±1`]],
  ])('%s', (input, expected) => expect(render(input)).toEqual(expected));
});

describe('extractFigures: CJK qualifiers before and after the figure', () => {
  it.each([
    ['1兆円超の投資', [`money JPY lower-bound >1000000000000 "1兆円超" @0-4 ±1000000000000`]],
    ['少なくとも500億ドル', [`money USD lower-bound >=50000000000 "少なくとも500億ドル" @0-11 ±1000000000`]],
    ['最大で720億ドルを見込む', [`money USD upper-bound <=72000000000 "最大で720億ドル" @0-9 ±1000000000`]],
    ['2000億円程度', [`money JPY approximate 200000000000 "2000億円程度" @0-8 ±1000000000`]],
    ['1000億ドル未満', [`money USD upper-bound <100000000000 "1000億ドル未満" @0-9 ±1000000000`]],
    ['超过1000亿美元', [`money USD lower-bound >100000000000 "超过1000亿美元" @0-9 ±1000000000`]],
    ['2000亿美元左右', [`money USD approximate 200000000000 "2000亿美元左右" @0-9 ±1000000000`]],
    ['不到100亿美元', [`money USD upper-bound <10000000000 "不到100亿美元" @0-8 ±1000000000`]],
    ['将近6500亿美元', [`money USD just-below 650000000000 "将近6500亿美元" @0-9 ±1000000000`]],
    ['최대 720억 달러', [`money USD upper-bound <=72000000000 "최대 720억 달러" @0-10 ±1000000000`]],
    ['650억 달러 이상', [`money USD lower-bound >=65000000000 "650억 달러 이상" @0-10 ±1000000000`]],
    ['약 650억 달러', [`money USD approximate 65000000000 "약 650억 달러" @0-9 ±1000000000`]],
    ['最近1000億ドルを調達', [`money USD exact 100000000000 "1000億ドル" @2-9 ±1000000000`]],
  ])('%s', (input, expected) => expect(render(input)).toEqual(expected));
});

describe('extractFigures: CJK ranges share scale and currency', () => {
  it.each([
    ['660億ドルから720億ドルの範囲', [`money USD range 66000000000..72000000000 "660億ドルから720億ドル" @0-14 ±1000000000`]],
    ['600億～720億ドル', [`money USD range 60000000000..72000000000 "600億～720億ドル" @0-11 ±1000000000`]],
    ['60〜65億ドル', [`money USD range 6000000000..6500000000 "60〜65億ドル" @0-8 ±100000000`]],
    ['60-65億ドル', [`money USD range 6000000000..6500000000 "60-65億ドル" @0-8 ±100000000`]],
    ['1,620億美元至1,690億美元', [`money USD range 162000000000..169000000000 "1,620億美元至1,690億美元" @0-17 ±1000000000`]],
    ['600亿到720亿美元', [`money USD range 60000000000..72000000000 "600亿到720亿美元" @0-11 ±1000000000`]],
    ['700억~720억 달러', [`money USD range 70000000000..72000000000 "700억~720억 달러" @0-12 ±1000000000`]],
    ['700억 달러에서 720억 달러까지', [`money USD range 70000000000..72000000000 "700억 달러에서 720억 달러" @0-17 ±1000000000`]],
    ['9000億～1兆2000億円', [`money JPY range 900000000000..1200000000000 "9000億～1兆2000億円" @0-14 ±1000000000`]],
    ['1～2ギガワット', [`quantity W range 1000000000..2000000000 "1～2ギガワット" @0-8 ±1000000000`]],
    ['１０～１５％', [`percent range 10..15 "１０～１５％" @0-6 ±1`]],
  ])('%s', (input, expected) => expect(render(input)).toEqual(expected));
});

describe('extractFigures: から and 에서 before a change are no range', () => {
  it.each([
    ['660億ドルから720億ドルに引き上げた', [`money USD exact 66000000000 "660億ドル" @0-6 ±1000000000`, `money USD exact 72000000000 "720億ドル" @8-14 ±1000000000`]],
    ['700억 달러에서 720억 달러로 늘렸다', [`money USD exact 70000000000 "700억 달러" @0-7 ±1000000000`, `money USD exact 72000000000 "720억 달러" @10-17 ±1000000000`]],
    ['从600亿美元增至720亿美元', [`money USD exact 60000000000 "600亿美元" @1-7 ±1000000000`, `money USD exact 72000000000 "720亿美元" @9-15 ±1000000000`]],
  ])('%s', (input, expected) => expect(render(input)).toEqual(expected));
});

describe('extractFigures: CJK quantities and percentages', () => {
  it.each([
    ['130万個のGPUを導入する', [`quantity GPU exact 1300000 "130万個のGPU" @0-9 ±100000`]],
    ['130万基のGPU', [`quantity GPU exact 1300000 "130万基のGPU" @0-9 ±100000`]],
    ['10万块H100', [`quantity GPU exact 100000 "10万块H100" @0-8 ±100000`]],
    ['130만 개의 GPU', [`quantity GPU exact 1300000 "130만 개의 GPU" @0-11 ±100000`]],
    ['2048個のGPU', [`quantity GPU exact 2048 "2048個のGPU" @0-9 ±1`]],
    ['7GWの電力を確保', [`quantity W exact 7000000000 "7GW" @0-3 ±1000000000`]],
    ['10ギガワットのデータセンター', [`quantity W exact 10000000000 "10ギガワット" @0-7 ±1000000000`]],
    ['装机1.5吉瓦', [`quantity W exact 1500000000 "1.5吉瓦" @2-7 ±100000000`]],
    ['2기가와트 규모', [`quantity W exact 2000000000 "2기가와트" @0-5 ±1000000000`]],
    ['500万千瓦的电力', [`quantity W exact 5000000000 "500万千瓦" @0-6 ±1000000000`]],
    ['1000兆瓦', [`quantity W exact 1000000000 "1000兆瓦" @0-6 ±1000000`]],
    ['８億人のユーザー', [`quantity user exact 800000000 "８億人のユーザー" @0-8 ±100000000`]],
    ['週間ユーザー数は8億人に達した', [`quantity user exact 800000000 "8億人" @8-11 ±100000000`]],
    ['拥有8亿用户', [`quantity user exact 800000000 "8亿用户" @2-6 ±100000000`]],
    ['사용자 3억 명', [`quantity user exact 300000000 "3억 명" @4-8 ±100000000`]],
    // No counter: a scaled count ending its clause after a users word.
    ['月活跃用户超过5亿。', [`quantity user lower-bound >500000000 "超过5亿" @5-9 ±100000000`]],
    ['注册用户已达3亿，增长迅速', [`quantity user exact 300000000 "3亿" @6-8 ±100000000`]],
    ['売上の66%を占める', [`percent exact 66 "66%" @3-6 ±1`]],
    ['６６％増', [`percent exact 66 "６６％" @0-3 ±1`]],
    ['66パーセント', [`percent exact 66 "66パーセント" @0-7 ±1`]],
    ['营收增长了12.5%', [`percent exact 12.5 "12.5%" @5-10 ±0.1`]],
    ['66퍼센트', [`percent exact 66 "66퍼센트" @0-5 ±1`]],
  ])('%s', (input, expected) => expect(render(input)).toEqual(expected));
});

describe('extractFigures: CJK numbers that are not figures', () => {
  it.each([
    ['2025年に発表した', 'a year'],
    ['２０２５年', 'a year in full-width digits'],
    ['2025年度の計画', 'a fiscal year'],
    ['2025年3月31日', 'a date'],
    ['3月期決算', 'a fiscal period'],
    ['１２月期', 'a fiscal period in full-width digits'],
    ['7-9月期', 'a span of months'],
    ['2025～2026年', 'a span of years'],
    ['2025년 3분기', 'a Korean quarter'],
    ['12월 5일', 'a Korean date'],
    ['第3四半期の売上高', 'a quarter'],
    ['第３四半期', 'a quarter in full-width digits'],
    ['第2位', 'a rank'],
    ['제3조에 따라', 'an article of law'],
    ['従業員は7万人', 'a head count'],
    ['人口は1億2000万人', 'a population'],
    ['1万2千人の社員', 'a head count with a compound'],
    ['참가자 3만 명', 'participants, not users'],
    ['8億人が利用', 'people, with no users word'],
    ['用户规模5亿以上的市场', 'a scaled number that does not end its clause'],
    ['3社合計', 'a count of companies'],
    ['5倍に増えた', 'a multiple'],
    ['1000亿参数的模型', 'model parameters'],
    ['130万トークン', 'tokens'],
    ['130万個', 'a counter with nothing counted'],
    ['3원칙', 'three principles'],
    ['3日元社長', 'a date before 元社長, a former president'],
    ['10：30に開始', 'a time'],
  ])('%s (%s)', (input) => expect(render(input)).toEqual([]));
});
