/**
 * capcheck's own labelled set of Japanese, Chinese and Korean figures: sentences written for this
 * project (about capex, investment, prices, GPUs, power and users), each with every figure
 * `extractFigures` should return, in base units (yen, yuan, won, dollars; watts; GPUs; users).
 * Kept in the repository, so `npm run bench` scores it with or without ../shared, and a test pins
 * a floor on it. `change`: "=" exact, "~" about or just below, ">" more than or at least, "<" up to or below.
 */

/** One expected figure: a point (`high` absent) or a range, its unit and its qualifier. */
export interface CjkGoldFigure {
  readonly low: number;
  readonly high?: number;
  /** ISO code for money; "GPU", "W", "user" for quantities; "percent". */
  readonly unit: string;
  readonly change: '=' | '~' | '>' | '<';
}

/** One sentence and every figure in it, in order. */
export interface CjkGoldSentence {
  readonly language: 'ja' | 'zh' | 'ko';
  readonly text: string;
  readonly figures: readonly CjkGoldFigure[];
}

const K = 1e3;
const MAN = 1e4;
const OKU = 1e8;
const CHO = 1e12;
const GW = 1e9;
const MW = 1e6;

const at = (low: number, unit: string, change: CjkGoldFigure['change'] = '='): CjkGoldFigure => ({ low, unit, change });
const span = (low: number, high: number, unit: string, change: CjkGoldFigure['change'] = '='): CjkGoldFigure => ({ low, high, unit, change });
const ja = (text: string, ...figures: CjkGoldFigure[]): CjkGoldSentence => ({ language: 'ja', text, figures });
const zh = (text: string, ...figures: CjkGoldFigure[]): CjkGoldSentence => ({ language: 'zh', text, figures });
const ko = (text: string, ...figures: CjkGoldFigure[]): CjkGoldSentence => ({ language: 'ko', text, figures });

/** The set, by language. Numbers are written as the sentence states them, scale factors spelt out. */
export const CJK_MONEY_SET: readonly CjkGoldSentence[] = [
  // Japanese
  ja('同社は今期の設備投資を1,150億～1,350億ドルと見込んでいる。', span(1150 * OKU, 1350 * OKU, 'USD')),
  ja('トヨタは新工場に約2兆円を投じる計画だ。', at(2 * CHO, 'JPY', '~')),
  ja('データセンター向けの投資は年間で500億ドル超に達する見通し。', at(500 * OKU, 'USD', '>')),
  ja('ソフトバンクは米国のAI基盤に最大1000億ドルを出資すると表明した。', at(1000 * OKU, 'USD', '<')),
  ja('設備投資額は前年の3.2兆円から4.1兆円に増える。', at(3.2 * CHO, 'JPY'), at(4.1 * CHO, 'JPY')),
  ja('資本的支出は７５０億ドル前後になる見込みだ。', at(750 * OKU, 'USD', '~')),
  ja('新型GPUの価格は1枚あたり約450万円とされる。', at(450 * MAN, 'JPY', '~')),
  ja('同社は10万個のGPUを導入したと発表した。', at(10 * MAN, 'GPU')),
  ja('施設の電力容量は1.2ギガワットになる。', at(1.2 * GW, 'W')),
  ja('対話AIの週間ユーザーは8億人を超えた。', at(8 * OKU, 'user')),
  ja('キオクシアは2026年度に6,000億円以上を投資する方針。', at(6000 * OKU, 'JPY', '>')),
  ja('ＮＴＴはデータセンター事業に５年で１兆５０００億円を充てる。', at(1.5 * CHO, 'JPY')),
  ja('マイクロソフトの四半期の設備投資は349億ドルだった。', at(349 * OKU, 'USD')),
  ja('政府は半導体支援に3.9兆円を計上した。', at(3.9 * CHO, 'JPY')),
  ja('アマゾンは今年、およそ1,250億ドルを投じる。', at(1250 * OKU, 'USD', '~')),
  ja('東京電力の送電網への投資は年3000億円程度にとどまる。', at(3000 * OKU, 'JPY', '~')),
  ja('同社の株価は1株2万3500円まで上昇した。', at(23500, 'JPY')),
  ja('メタの2026年の設備投資は1150億ドルから1350億ドルの範囲になる。', span(1150 * OKU, 1350 * OKU, 'USD')),
  ja('新設備には少なくとも800億円が必要になる。', at(800 * OKU, 'JPY', '>')),
  ja('このサーバーは1台3億円近くする。', at(3 * OKU, 'JPY', '~')),
  ja('北海道の新拠点は300メガワットの電力を使う。', at(300 * MW, 'W')),
  ja('オラクルは今期の資本的支出を350億ドルと予想した。', at(350 * OKU, 'USD')),
  ja('ラピダスへの支援は累計で1兆7225億円に上る。', at(17225 * OKU, 'JPY')),
  ja('売上高は前年比25％増の2兆円となった。', at(25, 'percent'), at(2 * CHO, 'JPY')),
  ja('アルファベットは最大で1850億ドルを投じる可能性がある。', at(1850 * OKU, 'USD', '<')),
  ja('同行は５００億円未満の案件を対象とする。', at(500 * OKU, 'JPY', '<')),
  ja('データセンター1カ所の建設費は約1兆円に達する。', at(1 * CHO, 'JPY', '~')),
  ja('同社は韓国で2兆ウォンを投資する。', at(2 * CHO, 'KRW')),
  ja('中国の新工場には約150億元が投じられた。', at(150 * OKU, 'CNY', '~')),
  ja('インフラ投資は10兆円規模に膨らむ。', at(10 * CHO, 'JPY')),
  ja('利用者は3億人強に増えた。', at(3 * OKU, 'user', '>')),
  ja('計算能力の拡張に1,000億ドルを投じると述べた。', at(1000 * OKU, 'USD')),
  ja('GPUの調達費は年間で約４００億ドルとみられる。', at(400 * OKU, 'USD', '~')),
  ja('電力需要は5ギガワット以上に達する。', at(5 * GW, 'W', '>')),
  ja('AI向け投資は2000億～2500億円の見通し。', span(2000 * OKU, 2500 * OKU, 'JPY')),
  // Chinese
  zh('阿里巴巴计划未来三年投入超过3800亿元人民币建设云和AI基础设施。', at(3800 * OKU, 'CNY', '>')),
  zh('Meta预计2026年资本开支为1150亿至1350亿美元。', span(1150 * OKU, 1350 * OKU, 'USD')),
  zh('微软本财年的资本支出约为800亿美元。', at(800 * OKU, 'USD', '~')),
  zh('腾讯去年的资本开支达到767亿元。', at(767 * OKU, 'CNY')),
  zh('字节跳动今年在AI芯片上的开支将近1600亿元。', at(1600 * OKU, 'CNY', '~')),
  zh('该数据中心的总投资为１２０亿元。', at(120 * OKU, 'CNY')),
  zh('谷歌母公司计划今年投入750亿美元。', at(750 * OKU, 'USD')),
  zh('每块高端GPU的售价约合3万美元。', at(3 * MAN, 'USD', '~')),
  zh('该公司已部署10万块GPU。', at(10 * MAN, 'GPU')),
  zh('园区的供电能力将达到2吉瓦。', at(2 * GW, 'W')),
  zh('这款应用的月活跃用户超过5亿。', at(5 * OKU, 'user', '>')),
  zh('亚马逊今年的资本支出预计超过1000亿美元。', at(1000 * OKU, 'USD', '>')),
  zh('政府拨款2.5万亿元支持新基建。', at(2.5 * CHO, 'CNY')),
  zh('百度的云业务投资为50亿元左右。', at(50 * OKU, 'CNY', '~')),
  zh('甲骨文将本财年资本支出上调至350亿美元。', at(350 * OKU, 'USD')),
  zh('该项目耗资至少200亿元人民币。', at(200 * OKU, 'CNY', '>')),
  zh('这座工厂的年产值高达3000亿日元。', at(3000 * OKU, 'JPY', '<')),
  zh('三星今年在半导体上的投资约为53.6万亿韩元。', at(53.6 * CHO, 'KRW', '~')),
  zh('华为的研发投入为1797亿元，同比增长10%。', at(1797 * OKU, 'CNY'), at(10, 'percent')),
  zh('一台AI服务器的价格不到50万元。', at(50 * MAN, 'CNY', '<')),
  zh('该集群规模为500兆瓦。', at(500 * MW, 'W')),
  zh('英伟达的市值约为4.5万亿美元。', at(4.5 * CHO, 'USD', '~')),
  zh('资本开支将从2025年的911亿美元增加到2026年的1750亿美元。', at(911 * OKU, 'USD'), at(1750 * OKU, 'USD')),
  zh('公司计划投资6500亿美元用于数据中心。', at(6500 * OKU, 'USD')),
  zh('新加坡的新机房投入了约80亿港元。', at(80 * OKU, 'HKD', '~')),
  zh('这笔交易价值300亿美元。', at(300 * OKU, 'USD')),
  zh('今年全球AI投资或达4000亿至4500亿美元。', span(4000 * OKU, 4500 * OKU, 'USD')),
  zh('京东今年将在物流基础设施上投入逾100亿元。', at(100 * OKU, 'CNY', '>')),
  zh('该芯片厂的投资额为１５００亿元人民币。', at(1500 * OKU, 'CNY')),
  zh('小米宣布未来五年研发投入2000亿元。', at(2000 * OKU, 'CNY')),
  zh('该模型的注册用户已达3亿。', at(3 * OKU, 'user')),
  zh('台积电今年的资本支出为400亿至420亿美元。', span(400 * OKU, 420 * OKU, 'USD')),
  zh('一座1吉瓦的数据中心造价约为500亿美元。', at(1 * GW, 'W'), at(500 * OKU, 'USD', '~')),
  zh('该基金规模为1万亿元。', at(1 * CHO, 'CNY')),
  zh('每度电的价格为0.6元。', at(0.6, 'CNY')),
  zh('员工人均薪酬为45万元。', at(45 * MAN, 'CNY')),
  zh('去年的资本开支为2000亿美元左右，今年将增至约3000亿美元。', at(2000 * OKU, 'USD', '~'), at(3000 * OKU, 'USD', '~')),
  zh('该公司向欧洲投资了30亿欧元。', at(30 * OKU, 'EUR')),
  // Korean
  ko('삼성전자는 올해 시설투자에 약 53조 6천억 원을 쓸 계획이다.', at(53.6 * CHO, 'KRW', '~')),
  ko('메타는 2026년 설비투자를 1150억~1350억 달러로 제시했다.', span(1150 * OKU, 1350 * OKU, 'USD')),
  ko('SK하이닉스는 신규 공장에 20조 원을 투입한다.', at(20 * CHO, 'KRW')),
  ko('마이크로소프트의 자본지출은 800억 달러 이상이 될 전망이다.', at(800 * OKU, 'USD', '>')),
  ko('아마존은 올해 약 1000억 달러를 투자한다.', at(1000 * OKU, 'USD', '~')),
  ko('정부는 반도체 산업에 최대 33조 원을 지원한다.', at(33 * CHO, 'KRW', '<')),
  ko('GPU 한 장의 가격은 4만 달러 정도다.', at(4 * MAN, 'USD', '~')),
  ko('이 회사는 GPU 26만 개를 확보했다.', at(26 * MAN, 'GPU')),
  ko('데이터센터의 전력 용량은 3기가와트에 이른다.', at(3 * GW, 'W')),
  ko('챗봇의 주간 사용자 수는 8억 명을 넘었다.', at(8 * OKU, 'user')),
  ko('네이버는 AI 인프라에 1조 원가량을 쓴다.', at(1 * CHO, 'KRW', '~')),
  ko('오라클은 이번 회계연도 설비투자를 350억 달러로 올렸다.', at(350 * OKU, 'USD')),
  ko('LG는 5년간 100조 원을 국내에 투자한다.', at(100 * CHO, 'KRW')),
  ko('투자 규모는 700억 달러에서 720억 달러 사이다.', span(700 * OKU, 720 * OKU, 'USD')),
  ko('이 서버의 가격은 3억 원 미만이다.', at(3 * OKU, 'KRW', '<')),
  ko('알파벳은 올해 자본지출로 750억 달러를 예상한다.', at(750 * OKU, 'USD')),
  ko('카카오의 데이터센터 투자액은 ４６００억 원이다.', at(4600 * OKU, 'KRW')),
  ko('구글은 인도에 150억 달러를 투자하겠다고 밝혔다.', at(150 * OKU, 'USD')),
  ko('새 공장의 건설비는 약 2조 5천억 원이다.', at(2.5 * CHO, 'KRW', '~')),
  ko('전력망 확충에는 ₩72조가 필요하다.', at(72 * CHO, 'KRW')),
  ko('국내 AI 스타트업은 총 5000억 원을 유치했다.', at(5000 * OKU, 'KRW')),
  ko('현대차는 미국에 210억 달러를 투자한다.', at(210 * OKU, 'USD')),
  ko('이 데이터센터는 500메가와트 규모다.', at(500 * MW, 'W')),
  ko('올해 매출은 전년보다 15% 늘어난 300조 원이다.', at(15, 'percent'), at(300 * CHO, 'KRW')),
  ko('소프트뱅크는 오픈AI에 400억 달러를 출자한다.', at(400 * OKU, 'USD')),
  ko('엔비디아 칩 구매에 최소 10조 원이 든다.', at(10 * CHO, 'KRW', '>')),
  ko('중국 기업은 이 분야에 3000억 위안을 쏟았다.', at(3000 * OKU, 'CNY')),
  ko('일본 정부는 10조 엔 규모의 지원책을 내놨다.', at(10 * CHO, 'JPY')),
  ko('이 앱의 월간 이용자는 4천만 명이다.', at(4000 * MAN, 'user')),
  ko('삼성의 올해 설비투자는 50조 원 안팎으로 예상된다.', at(50 * CHO, 'KRW', '~')),
  ko('주가는 1주당 7만 5천 원으로 올랐다.', at(75 * K, 'KRW')),
  ko('투자금은 총 12억 5천만 달러다.', at(12.5 * OKU, 'USD')),
];
