/**
 * Whether a figure is planned or reported: a plan with no year written is about the year in
 * progress; a reported figure with no year written could be any year's, so it is not checked.
 */
import { cjkPattern, wordPattern } from './word-pattern.js';

/** Plans, forecasts and guidance. */
export const FORWARD = wordPattern([
  'will', "['’]ll", 'plans?', 'planned', 'planning', 'expects?', 'expected', 'expecting', 'aims?', 'aiming', 'intends?', 'intending', 'set to',
  'on track', 'to spend', 'to invest', 'guidance', 'guided', 'guiding', 'guides', 'forecasts?', 'forecasting', 'outlook', 'projects', 'projected',
  'anticipates?', 'targets?', 'budgets?', 'budgeted', 'earmark(?:s|ed|ing)?', 'would', 'could', 'is going to', 'are going to', 'this year',
  // The present tense of spending verbs is a plan in news: "Amazon invests $125 billion in data centers".
  'invests', 'spends', 'allocates', 'pours', 'is investing', 'are investing', 'is spending', 'are spending', 'investit', 'dépense', 'investiert',
  'investieren', 'invierte', 'invierten', 'gasta', 'gastan', 'investe', 'investem', 'spende', 'spendono', 'stanzia', 'destina',
  'wird', 'werden', 'will', 'plant', 'planen', 'erwartet', 'erwarten', 'rechnet', 'prognose', 'ausblick', 'voraussichtlich', 'soll', 'sollen',
  'prévoit', 'prévoient', 'prévu', 'va', 'vont', 'compte', 'entend', 'prévisions?', 'perspectives', 'devrait', 'devraient', 'investira', 'dépensera',
  'planea', 'prevé', 'espera', 'esperan', 'invertirá', 'invertirán', 'gastará', 'gastarán', 'proyecta', 'previsión', 'pronóstico', 'destinará',
  'prevede', 'investirà', 'spenderà', 'prevista', 'previsto', 'punta', 'intende',
  'planeja', 'prevê', 'investirá', 'vai', 'irá', 'pretende', 'projeta', 'previsão',
]);

/** The same in Japanese, Chinese and Korean. */
export const CJK_FORWARD = cjkPattern(['予定', '計画', '見通し', '見込み', '方針', '予想', '计划', '预计', '将', '계획', '예정', '전망']);

/** Results already reported. */
export const REPORTED = wordPattern([
  'spent', 'reported', 'posted', 'totall?ed', 'came in at', 'amounted to', 'rose to', 'grew to', 'fell to', 'reached', 'was', 'were', 'had been',
  'invested', 'last year', 'a year earlier', 'a year ago',
  'ausgegeben', 'investierte', 'meldete', 'betrug', 'betrugen', 'lag', 'lagen', 'erreichte', 'stieg auf',
  'a dépensé', 'a investi', 'a atteint', 'était', 'ont atteint', 'gastó', 'invirtió', 'alcanzó', 'fue', 'fueron', 'ascendió',
  'ha speso', 'ha investito', 'era', 'erano', 'gastou', 'investiu', 'foi', 'atingiu',
]);
