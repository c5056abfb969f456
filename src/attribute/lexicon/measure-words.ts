/**
 * What a money figure measures, by the words around it, in the languages capcheck reads
 * (English, German, French, Spanish, Italian, Portuguese, Japanese, Chinese, Korean).
 * Tracked measures have official records; every other measure is named so that a figure
 * about it is reported as not checked, never compared with capex.
 */
import type { OtherMeasure } from '../../types.js';
import { cjkPattern, wordPattern } from './word-pattern.js';

/** Money measures capcheck has records for. */
export type TrackedMoneyMeasure = 'capex' | 'revenue' | 'pledge';

/** A measure with the words that name it. */
export interface MeasureWords {
  readonly measure: TrackedMoneyMeasure | OtherMeasure;
  readonly pattern: RegExp;
}

const CAPEX = [
  '(?:capex|capital (?:expenditures?|spending))\\s+(?:commitments?|plans?|budgets?|guidance|outlook|forecasts?|targets?)',
  'capex', 'cap-ex', 'capital (?:expenditures?|spending|investments?|outlays?|budgets?)', 'purchases? of property(?:,)? (?:plant )?(?:and|&) equipment',
  'invest(?:s|ed|ing|ments?)?', 'spend(?:s|ing)?', 'spent', 'allocat(?:e|es|ed|ing|ion)', 'pour(?:s|ed|ing)',
  // "pour $65 billion into AI": bare "pour" only with its "into", for it is also French for "for" ("pour 17,4 milliards").
  'pour(?=(?:\\s+\\S+){1,8}?\\s+into(?![\\p{L}]))', 'plow(?:s|ed|ing)?', 'outlays?',
  'budget(?:s|ed)?', 'bets?', 'gambles?', 'wagers?', 'splurge', 'infrastructure', 'data ?cent(?:er|re)s', 'build-?outs?', 'expenditures?',
  'earmark(?:s|ed|ing)?', 'set aside', 'plans?', 'build(?:s|ing)?', 'outlook', 'forecasts?', 'guidance', 'guided', 'guiding',
  // German
  'investition(?:en)?', 'investitionsausgaben', 'investier(?:en|t|te|ten)', 'ausgaben', 'ausgeben', 'ausgegeben', 'kapitalausgaben', 'plant', 'planen', 'geplant',
  'sachinvestitionen', 'rechenzentren', 'budgets?',
  // French
  'investissements?', 'investir', 'investira', 'investit', 'investi', "dépenses d['’]investissement", 'dépenses', 'dépenser', 'dépensera',
  'centres de données',
  // Spanish, Portuguese
  'inversi(?:ón|ones)', 'invertir(?:á|án|ía|ían)?', 'inviert(?:e|en|a|an)', 'invirti(?:ó|eron|era|eran)', 'gastos? de capital', 'gastos?', 'gast(?:ar|ará|arán|e|en|ó|aron)',
  'centros de datos', 'investir(?:á|ão)?', 'invest(?:e|em|iu|iram|isse)',
  'presupuestos?', 'destin(?:ar|ará|ó|ados?|adas?)', 'investimentos?', 'despesas(?: de capital)?', 'centros de dados',
  'orçamentos?', 'direcion(?:ar|ados?|adas?|ou|ará)', 'aloca(?:r|rá|ção|ções)', 'alocam',
  // Italian
  'investimenti', 'investire', 'investirà', 'investiranno', 'investono', 'investit[oaie]', 'spese(?: in conto capitale)?', 'spendere', 'spenderà',
  'spenderanno', 'spendono', 'spes[oai]', 'destinat[oiae]', 'stanzia(?:re|rà|ti)?',
];

const REVENUE = [
  'revenues?', 'sales', 'turnover', 'top[- ]line', 'umsatz', 'umsätze', 'umsatzerlöse', 'erlöse', 'einnahmen', "chiffre d['’]affaires",
  'revenus', 'recettes', 'ventes', 'ingresos', 'facturación', 'ventas', 'ricavi', 'fatturato', 'receitas?', 'faturamento', 'vendas',
];

const PLEDGE = ['pledg(?:e|es|ed|ing)', 'commitments?', 'initiative', 'joint venture', 'ventures?', 'projects?', 'mega-?projects?', 'projets?', 'mégaprojets?', 'projekte?s?', 'proyectos?', 'progett[oi]', 'projetos?', 'zusagen?', 'engagements?', 'compromisos?', 'impegni', 'impegno', 'compromissos?'];

/** "a fine" (a penalty), but not Italian "a fine ottobre", "a fine anno", "a fine 2025" (at the end of). */
const ITALIAN_A_FINE_IS_NOT_A_FINE =
  "a fine(?!\\s+(?:\\d|dell['’]|(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|anno|mese|settimana|giornata|trimestre|semestre|esercizio|periodo|estate|inverno|primavera|autunno|del|dello|della|dei|degli|delle)(?![\\p{L}])))";

const OTHER: readonly (readonly [OtherMeasure, readonly string[]])[] = [
  ['share-price', ['shares', 'stocks?', 'share price', 'stock price', 'closing price', 'trad(?:ed|ing) at', 'closed at', 'aktien?', 'aktienkurs', 'wertpapiere', "l['’]action", 'les actions', "cours de (?:l['’]action|bourse)", 'clôtur(?:é|ait|e) à', 'acciones', 'cotización', 'azioni', 'ações']],
  ['market-value', ['market (?:value|cap|capitali[sz]ation)', 'valuations?', 'valued at', 'börsenwert', 'an der börse', 'marktwert', 'marktkapitalisierung', 'bewertung', 'capitalisation(?: boursière)?', 'valorisation', 'capitalización(?: bursátil)?', 'valor de mercado', 'valoración', 'capitalizzazione', 'valore di mercato', 'valutazione', 'capitalização']],
  ['net-worth', ['net worth', 'fortune', 'richest', 'wealth', 'vermögen', 'patrimoine', 'patrimonio', 'fortuna', 'patrimônio']],
  ['profit', ['profits?', 'net income', 'earnings(?! (?:calls?|reports?|releases?|season|results))', 'operating income', 'ebitda', 'ebit', 'net loss', 'loss(?:es)?', 'gewinne?', 'nettogewinn', 'reingewinn', 'betriebsgewinn', 'überschuss', 'verlust', 'bénéfices?', 'résultat (?:net|opérationnel)', 'pertes?', 'beneficios?', 'ganancias?', 'utilidad(?:es)?', 'pérdidas?', 'utile', 'utili', 'perdita', 'lucros?', 'prejuízo']],
  ['earnings-per-share', ['per share', 'a share', 'eps', 'je aktie', 'pro aktie', 'par action', 'por acción', 'per azione', 'por ação']],
  ['margin', ['margins?', 'marge', 'margen', 'margine', 'margem']],
  ['backlog', ['backlog', 'remaining performance obligations?', 'rpo', 'contracted revenue', 'bookings', 'auftragsbestand', 'carnet de commandes', 'cartera de pedidos', 'portafoglio ordini']],
  ['run-rate', ['run[- ]rate', 'annuali[sz]ed', 'annual revenue run', 'jahresrate', 'annualisiert\\p{L}*', 'aufs jahr hochgerechnet', 'annualis(?:é|ée|és|ées)',
    'rythme annuel', 'anualizad[oa]s?', 'tasa anual', 'ritmo anual', 'annualizzat[oaie]', 'ritmo annuo']],
  ['deal', ['deals?', 'contracts?', 'agreements?', 'orders? (?:for|of|worth)', 'purchase orders?', 'acquisitions?', 'acquir(?:e|es|ed|ing)', 'buyout', 'takeover', 'purchases?(?! of property)', 'partnership', 'vertrag', 'verträge', 'auftrag', 'aufträge', 'vereinbarung', 'übernahme', 'kauf', 'abkommen', 'contrats?', 'accords?', 'commandes?', 'rachat', 'contratos?', 'acuerdos?', 'pedidos?', 'adquisición', 'compra', 'contratt[oi]', 'accordo', 'ordine', 'acquisizione', 'acquisto', 'acordos?', 'aquisição']],
  ['financing', ['financ(?:ing|ed)', 'funding', 'loans?', 'bonds?', 'debt', 'credit (?:facility|line)', 'borrowings?', 'off-balance-sheet', 'private credit', 'leases?', 'leasings?', 'finanzierung', 'kredite?', 'anleihen?', 'schulden', 'darlehen', 'financement', 'emprunts?', 'obligations?', 'obligataires?', 'dette', 'prêts?', 'financiaci(?:ón|amiento)', 'préstamos?', 'deuda', 'bonos', 'finanziamenti?', 'prestiti?', 'debito', 'obbligazioni', 'obbligazionari[aoie]', 'financiamento', 'empréstimos?', 'dívida']],
  ['unit-cost', ['per (?:gigawatt|gw|megawatt|mw|gpu|chip|rack|server|user|employee|person|head)', 'apiece', '(?:pro|je) (?:gigawatt|megawatt)', 'par (?:gigawatt|mégawatt)', 'por (?:gigavatio|megavatio)']],
  ['stake', ['stakes?', 'equity', 'beteiligung', 'anteile?', 'participations?', 'participación', 'partecipazione', 'participação']],
  ['estimate', ['analysts?', 'consensus', 'estimates?', 'estimated', 'wall street', 'the street', 'factset', 'lseg', 'visible alpha', 'bloomberg intelligence', 'forecasters', 'expectations', 'analysten', 'konsens', 'schätzung(?:en)?', 'analystes', 'estimations?', 'analistas', 'consenso', 'estimaciones', 'analisti', 'stime', 'estimativas']],
  ['cash-flow', ['(?:free |operating )?cash flow', 'fcf', 'cashflow', 'flux de trésorerie', 'flujo de caja', 'flusso di cassa', 'fluxo de caixa']],
  ['depreciation', ['depreciation', 'amorti[sz]ation', 'd&a', 'abschreibungen', 'amortissements?', 'amortización', 'ammortamenti', 'depreciação']],
  ['operating-expenses', ['operating expenses', 'opex', 'total expenses', 'costs and expenses', 'expenses', 'r&d', 'research and development', 'salar(?:y|ies)', 'payroll', 'compensation', 'pay package', 'betriebskosten', 'personalkosten', "dépenses d['’]exploitation", 'gastos operativos', 'spese operative']],
  ['tax', ['tax(?:es)?', 'tax charge', 'fines', ITALIAN_A_FINE_IS_NOT_A_FINE, 'fined', 'penalty', 'settlement', 'steuern?', 'strafe', 'bußgeld', 'amende', 'impôts?', 'multa', 'impuestos?', 'sanzione', 'imposto']],
  ['shareholder-returns', ['buybacks?', 'repurchases?', 'dividends?', 'cash', 'cash (?:and|&) (?:cash )?equivalents', 'cash pile', 'cash reserves', 'marketable securities', 'liquid investments',
    'contanti', 'liquidità', 'investimenti liquidi', 'barmittel', 'liquide mittel', 'liquidités', 'trésorerie', 'efectivo', 'caixa', 'dividende', 'aktienrückk(?:auf|äufe)', "rachats? d['’]actions", 'dividendo', 'recompra']],
  ['cost', ['costs?', 'costing', 'price tag', 'kosten', 'kostet(?:e|en)?', 'coûts?', 'coût(?:e|ent|é|era|eront|erait|eraient)', 'costes?', 'costar(?:á|án|ía|ían)', 'cuesta(?:n)?', 'costó',
    'cost[oi]', 'coster(?:à|anno|ebbe|ebbero)', 'costato', 'custos?']],
  ['other-count', ['jobs', 'employees', 'workers', 'positions', 'households', 'homes', 'square (?:feet|meters|metres)', 'acres', 'hectares?', 'arbeitsplätze', 'stellen', 'haushalte', 'emplois', 'postes', 'foyers', 'empleos', 'hogares', 'posti di lavoro', 'empregos']],
];

/** Every measure with its pattern, tracked first. */
export const MEASURE_WORDS: readonly MeasureWords[] = [
  { measure: 'capex', pattern: wordPattern(CAPEX) },
  { measure: 'capex', pattern: cjkPattern([
    '設備投資', '資本的支出', '資本支出', '投資', '投じ', '投入', '支出',
    '资本支出', '资本开支', '资本性支出', '資本性支出', '資本開支', '设备投资', '投资', '开支', '斥资',
    '설비투자', '시설투자', '자본지출', '자본적지출', '투자', '투입', '지출',
  ]) },
  { measure: 'revenue', pattern: wordPattern(REVENUE) },
  { measure: 'revenue', pattern: cjkPattern(['売上高', '売上', '収益', '营收', '收入', '매출']) },
  { measure: 'pledge', pattern: wordPattern(PLEDGE) },
  ...OTHER.map(([measure, words]) => ({ measure, pattern: wordPattern(words) })),
  { measure: 'share-price', pattern: cjkPattern(['株価', '股价', '주가']) },
  { measure: 'market-value', pattern: cjkPattern(['時価総額', '市值', '시가총액']) },
  { measure: 'profit', pattern: cjkPattern(['純利益', '営業利益', '利益', '净利润', '利润', '순이익', '영업이익']) },
  { measure: 'estimate', pattern: cjkPattern(['アナリスト', '市場予想', '分析师', '애널리스트']) },
];
