import { assertNever } from '../assert-never.js';
import { isVenture } from '../data/companies.js';
import type { ClaimMetric, Cue, EntityId, Figure, OtherMeasure } from '../types.js';
import { ownedByAnotherFigure, within, type FigureContext } from './figure-context.js';
import type { Mention } from './find-mentions.js';
import { firstCue, firstCueFromSentenceStart, firstCueInScope } from './first-cue.js';
import { MEASURE_WORDS, type MeasureWords } from './lexicon/measure-words.js';
import { NAMED_SITES, SEGMENT } from './lexicon/scope-words.js';
import { spanAt, type TextSpan } from './segment-text.js';
import { siblingWithin } from './siblings.js';

/** What a figure measures, with the words that say so. */
export type MeasureReading =
  | { readonly kind: 'tracked'; readonly metric: ClaimMetric; readonly cue: Cue }
  | { readonly kind: 'other'; readonly measure: OtherMeasure; readonly cue: Cue }
  | { readonly kind: 'none' };

/** Multi-year intentions ("over the next four years", "through 2028") are pledges, not annual capex. */
const MULTI_YEAR = /\b20\d\d\s*[-–—\/]\s*(?:20)?\d\d\b|\b(?:in|over)\s+(?:two|three|four|five|\d)\s+years\b|\b(?:over|in|during)\s+the\s+(?:next|coming)\s+(?:\w+\s+)?(?:years|decade)\b|\bthrough\s+(?:the\s+end\s+of\s+)?20\d\d\b|\bby\s+20\d\d\s+in\s+the\s+U|\b(?:in den nächsten|dans les|en los próximos|nei prossimi|nos próximos)\s+\p{L}+\s+(?:Jahren|années|ans|años|anni|anos)\b/iu;
/** Entities whose money figures are all pledges: they publish no annual capex. */
const PLEDGE_ONLY: ReadonlySet<EntityId> = new Set(['STARGATE', 'AAPL']);
/**
 * Entities whose gigawatts are capacity contracted, supplied or leased across partners' sites
 * ("OpenAI's 30 GW of commitments", "a 200 MW cluster powered by Nvidia"), neither compute
 * brought online in a year nor one site's size: their power figures are not checked.
 */
const CONTRACTED_POWER: ReadonlySet<EntityId> = new Set(['CRWV', 'TSLA', 'OPENAI', 'ANTHROPIC', 'NVDA', 'SOFTBANK']);
/** Verbs whose particle "up" is no change: "soak up about $10 billion", "racked up", "set up". */
const PHRASAL_UP = [
  'soak soaks soaked soaking rack racks racked racking ramp ramps ramped ramping scale scaled scaling',
  'set sets setting tie ties tied tying free freed freeing open opened opening put puts putting',
  'pony ponied cough coughed drum drummed take takes took taking eat eats ate eating gobble gobbled',
  'gobbling sum summed pile piled stack stacked shore shored beef beefed step stepped gear geared',
  'line lined snap snapped buy bought hold held mop mopped rake raked ring rang chalk chalked tot',
  'totted wrap wrapped end ended ends ending come came coming show showed',
]
  .join(' ')
  .replaceAll(' ', '|');
/** "raised it by $10 billion", "up $10B", "an additional $5 billion", "relevé de 2 milliards": an amount of change, not a level. */
const CHANGE_BEFORE = new RegExp(
  String.raw`(?:(?<![\p{L}])(?<!(?<![\p{L}])(?:${PHRASAL_UP})\s)(?:up|down|plus|minus|an? (?:additional|extra|further)|another)\s+|(?<![\p{L}])(?:rais|lift|boost|increas|cut|trim(?=s|med|ming|\s)|lower|reduc|add|grew|rose|jump|climb|fell|drop|erhöh|senk|relev|rehauss|augment|abaiss|rédui|aument|elev|recort|reduj|alz|ridott|ridu|incrementa)\p{L}*\s+(?:\p{L}+\s+){0,3}(?:by|um|de|of|en|di)\s+|(?<![\p{L}])(?:by|um)\s+|(?<![\p{L}])(?:hausse|augmentation|progression|incremento|aumento|subida|Anstieg|Erhöhung|Zuwachs|Plus|crescita)(?:\s+(?:\p{L}+\s+){0,2}(?:de|d['’]|di|del|um|von|da))?\s*)(?:about\s+|roughly\s+|nearly\s+|almost\s+|some\s+|rund\s+|etwa\s+|environ\s+|aproximadamente\s+|circa\s+)?$`,
  'iu',
);
const CHANGE_AFTER = /^\s*(?:more|higher|increase|jump|rise|boost|bump|less|lower|cut|reduction|above|below|mehr|weniger|de plus|más|in più|a mais)\b/iu;
/** "Amazon invested $8 billion in Anthropic": money put into another company is a stake, not capex. */
const INTO = /^\s*(?:\p{L}+\s+){0,2}?(?:in|into|en|dans|in das|nel|na|no)\s+(?:the\s+)?$/iu;
/** Words of sites, in any number: a power figure beside them is a site's size. */
const DATACENTER = /(?<![\p{L}])(?:data ?cent(?:er|re)s?|datacent(?:er|re)s?|campus(?:es)?|sites?|facilit(?:y|ies)|(?:super)?clusters?|Rechenzentr\p{L}*|centres? de données|centros? de datos|centri dati)(?![\p{L}])/iu;
/** Users of an AI assistant: the only users capcheck has records for. */
const AI_ASSISTANT =
  /\b(?:Meta AI|Gemini|Copilot|ChatGPT|Grok|Claude|assistant|chatbot|AI app|KI-Assistent|assistente|asistente)\b|ジェミニ|제미나이|챗봇|チャットボット|AIアシスタント|AI助手|聊天机器人|AI 비서/iu;
/** A percentage of revenue: "40% of Meta's total expected revenue". */
const SHARE_OF_REVENUE = /^\s*of\s+(?:(?:its|their|the|this|that|[\p{Lu}][\p{L}.]*(?:'s|’s)|company(?:'s|’s)|total|annual|full-year|expected|projected|estimated|forecast)\s+){0,4}(?:revenues?|sales|turnover)\b/u;
/** Words before a percentage that make it a change: "up 65%", "a hausse de", "+44%", "前年比", "增长", "按年增幅达". */
const GROWTH_BEFORE =
  /(?:(?<![\p{L}])(?:up|rose|rise[sn]?|rising|grew|grow(?:s|ing)?|growth of|increased?(?: by)?|increase of|increasing|jump(?:ed|s|ing)?(?: by)?|climb(?:ed|s|ing)?(?: by)?|surg(?:ed?|es|ing)(?: by)?|soar(?:ed|s|ing)?(?: by)?|boost(?:ed)? by|hausse de|augmentation de|progression de|bond de|envolée de|Anstieg um|Plus von|Zuwachs von|Wachstum von|Steigerung um|st(?:eigt|ieg|iegen) um|wächst um|wuchs um|aumento del?|subida del?|alza del?|incremento del?|crecimiento del?|cre(?:ce|ció) un|(?:aumento|crescita|incremento|rialzo) dell['’]|crescita del|rialzo del|sale del|aumento de|alta de|salto de|crescimento de)|\+|前年比|前年同期比|前期比|同比增长|同比增加|同比增|增幅达|增幅為|增幅为|增长了?|增加了?|年增|上升了?|전년\s*대비)\s*$/iu;
/** Words after a percentage that make it a change: "a 36% increase", "a 97 percent surge", "50% de plus", "66%増", "66% 증가". */
const GROWTH_AFTER =
  /^(?:\s*(?:increase|rise|jump|growth|higher|surge|spike|leap|gain|hike|climb|boost|more than|more|up|year[-\s]over[-\s]year|YoY|y\/y|de plus|d['’]augmentation|de hausse|mehr|höher|Plus|Zuwachs|Anstieg|Steigerung|más|de aumento|de incremento|de subida|in più|di aumento|di crescita|a mais|de alta|de aumento|de crescimento)(?![\p{L}])|\s*(?:増加|増|上昇|伸び|拡大|アップ|增长|增加|上升|增幅|증가|늘어|늘었|늘려|늘린|상승|확대|성장))/iu;
/** A percentage about a share price, a market value or an audience, not about money spent. */
const NOT_SPENDING = /\b(?:stock|shares?|share price|market (?:value|cap\w*)|valuation|users?|traffic|Aktie\w*|action|acciones|azioni|ações)\b/i;

/**
 * What a figure measures. Quantities say it by their unit; money by the nearest measure word in its
 * clause, else in its sentence outside clauses that hold another figure. Words for untracked measures
 * (a share price, a deal, a net worth …) compete on equal terms and win ties.
 */
export function readMeasure(
  text: string,
  figure: Figure,
  entity: EntityId | null,
  context: FigureContext,
  mentions: readonly Mention[],
  compared: (MeasureReading & { readonly kind: 'tracked' }) | null,
): MeasureReading {
  const figureCue: Cue = { text: figure.text, start: figure.start, end: figure.end };
  switch (figure.kind) {
    case 'percent':
      return readPercent(text, figure, context, figureCue);
    case 'quantity':
      switch (figure.unit) {
        case 'GPU':
          return { kind: 'tracked', metric: 'gpus', cue: figureCue };
        case 'user':
          return AI_ASSISTANT.test(slice(text, context.sentence ?? figure)) ? { kind: 'tracked', metric: 'users', cue: figureCue } : { kind: 'other', measure: 'audience', cue: figureCue };
        case 'W': {
          if (entity !== null && CONTRACTED_POWER.has(entity)) return { kind: 'other', measure: 'contracted-capacity', cue: figureCue };
          // A venture's gigawatts are its programme's capacity (or a site's), never compute brought online in a year.
          if (entity !== null && isVenture(entity)) return { kind: 'tracked', metric: 'datacenter-power', cue: figureCue };
          // Power of sites (a campus, "data centers spanning 2 GW", a named cluster) is their size, not compute brought online in a year.
          const site = firstCueInScope(text, context.scans, context.clause ?? figure, DATACENTER) ?? firstCueInScope(text, context.scans, context.sentence ?? figure, NAMED_SITES);
          return { kind: 'tracked', metric: site === null ? 'power' : 'datacenter-power', cue: figureCue };
        }
        default:
          return assertNever(figure.unit);
      }
    case 'money':
      return readMoney(text, figure, entity, context, mentions, compared);
    default:
      return assertNever(figure);
  }
}

/** Words that introduce a figure as the point of comparison of another: "up from $30 billion", "gegenüber den 32,3 Milliarden". */
const COMPARED_WITH =
  /(?<![\p{L}])(?:(?:up|down)\s+from|from|compared (?:with|to)|versus|vs\.?|than|or|oder|soit|ou|o|ossia|cioè|that is|i\.e\.|gegenüber(?: den| dem)?|im Vergleich zu|contre|par rapport (?:à|aux?)|frente a(?: los)?|respecto a|rispetto a(?:i|gli)?|em relação a(?:os)?)\s+(?:(?:the|a|an|its|their|le|les|la|los|las|die|den|dem|i|gli|os|as)\s+)?(?:[\p{L}'’]+\s+){0,4}$/iu;

function readMoney(
  text: string,
  figure: Figure,
  entity: EntityId | null,
  context: FigureContext,
  mentions: readonly Mention[],
  compared: (MeasureReading & { readonly kind: 'tracked' }) | null,
): MeasureReading {
  const before = text.slice(Math.max(context.clause?.start ?? 0, figure.start - 60), figure.start);
  if (CHANGE_BEFORE.test(before) || CHANGE_AFTER.test(text.slice(figure.end, figure.end + 20))) {
    return { kind: 'other', measure: 'change', cue: { text: figure.text, start: figure.start, end: figure.end } };
  }
  // "analysts expect Microsoft to allocate $63.2 billion": an estimate, whatever it is an estimate of.
  const estimate = estimateBefore(text, context);
  if (estimate !== null) return { kind: 'other', measure: 'estimate', cue: estimate };
  const nearest = nearestMeasureWord(figure, context);
  // A point of comparison with no words of its own measures what it is compared with; so does a figure of the
  // same owner later in the same sentence ("invested $31.4 billion in capex in Q2 and is on track to $118 billion").
  const sameSentence = compared !== null && context.sentence !== null && compared.cue.start >= context.sentence.start && compared.cue.end <= context.sentence.end;
  if (nearest === null && compared !== null && (sameSentence || COMPARED_WITH.test(text.slice(Math.max(0, figure.start - 50), figure.start)))) return compared;
  if (nearest === null) return { kind: 'none' };
  const { measure, cue } = nearest;
  if (measure !== 'capex' && measure !== 'revenue' && measure !== 'pledge') return { kind: 'other', measure, cue };
  const intoCompany = mentions.find((mention) => mention.start >= figure.end && context.clause !== null && within(mention, context.clause) && INTO.test(text.slice(figure.end, mention.start)));
  if (measure === 'capex' && intoCompany !== undefined) return { kind: 'other', measure: 'stake', cue };
  const sentence = context.sentence === null ? '' : slice(text, context.sentence);
  if (measure !== 'revenue' && ((entity !== null && PLEDGE_ONLY.has(entity)) || MULTI_YEAR.test(sentence))) return { kind: 'tracked', metric: 'pledge', cue };
  return { kind: 'tracked', metric: measure, cue };
}

function nearestMeasureWord(figure: Figure, context: FigureContext): { measure: MeasureWords['measure']; cue: Cue } | null {
  const clauseOf = (offset: number): TextSpan | null => spanAt(context.clauses, offset);
  for (const scope of [context.clause, context.sentence]) {
    if (scope === null) continue;
    let best: { measure: MeasureWords['measure']; cue: Cue; distance: number } | null = null;
    for (const { measure, pattern } of MEASURE_WORDS) {
      for (const match of context.scans.matchesIn(scope, pattern)) {
        const start = scope.start + match.index;
        const end = start + match[0].length;
        if (start < figure.end && end > figure.start) continue;
        if (scope !== context.clause && ownedByAnotherFigure(context, clauseOf, start)) continue;
        const distance = end <= figure.start ? figure.start - end : start - figure.end;
        if (best === null || distance < best.distance || (distance === best.distance && rank(measure, match[0]) < rank(best.measure, best.cue.text))) {
          best = { measure, cue: { text: match[0], start, end }, distance };
        }
      }
    }
    if (best !== null) return { measure: best.measure, cue: best.cue };
  }
  return null;
}

/** Which measure word wins a tie of distance: a specific capex word, then any untracked measure, then general spending words. */
function rank(measure: MeasureWords['measure'], written: string): number {
  if (measure === 'capex') return STRONG_CAPEX.test(written) ? 0 : 2;
  return measure === 'revenue' || measure === 'pledge' ? 2 : 1;
}

/** Words that name capital expenditure and nothing else (spending verbs, "plan" and "outlook" name it only by context). */
const STRONG_CAPEX = /^(?:capex|cap-ex|capital|purchases? of property|investitionsausgaben|kapitalausgaben|dépenses d|gastos? de capital|despesas de capital|spese in conto capitale|設備投資|資本的支出|資本支出|资本支出|资本开支|资本性支出|資本性支出|資本開支|设备投资|설비투자|시설투자|자본지출|자본적지출)/iu;

/** "analysts expect Microsoft to allocate", "Wall Street had forecast", "the consensus of": someone else's estimate. */
const ESTIMATE_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:(?:analysts?|wall street|the street|consensus|factset|lseg|visible alpha|bloomberg intelligence|forecasters|analysten|analystes|analistas|analisti)\\s+(?:[\\p{L}'’]+\\s+){0,2}?(?:expect|estimat|forecast|project|predict|see|saw|anticipat|model|pencil|erwart|schätz|prévoi|estim|esper|prev)\\p{L}*` +
    `|(?:consensus|estimates?|expectations?|forecasts? of analysts|schätzungen|estimations?|estimaciones|stime|estimativas)\\s+(?:of|for|at|was|were|is|stood at|von|de|di)\\s+(?:about\\s+|around\\s+|roughly\\s+)?$` +
    // "Wall Street's consensus for Meta's capex stood at": the estimate is the subject, whatever words follow it.
    `|(?:the\\s+|a\\s+)?(?:consensus|(?:analysts?['’]?|wall street['’]s|the street['’]s|factset['’]s|lseg['’]s)\\s+(?:average\\s+|mean\\s+)?(?:estimates?|forecasts?|expectations?|projections?)|Konsens|consensus des analystes|consenso de (?:los )?analistas|consenso degli analisti))`,
  'iu',
);
/** "Analysts expect that Meta will spend", "Analysten erwarten, dass …", "los analistas esperan que …": the clause that follows is their estimate. */
const ESTIMATE_REPORTS = new RegExp(
  `(?<![\\p{L}])(?:analysts?|wall street|the street|consensus|forecasters|analysten|analystes|analistas|analisti)\\s+(?:[\\p{L}'’]+\\s+){0,2}?` +
    `(?:(?:expect|estimat|forecast|project|predict|anticipat|erwart|schätz|prévoi|estim|esper|prev|calcul|ritengono|pensent|believe)\\p{L}*,?|s['’]attend\\p{L}*\\s+à\\s+ce)\\s+(?:(?:that|dass|que|che)(?![\\p{L}])|qu['’])`,
  'iu',
);

/** An estimate word before the figure in its clause, or a reporting clause of analysts that the figure's clause completes. */
function estimateBefore(text: string, context: FigureContext): Cue | null {
  const { clause, sentence, figure } = context;
  const inClause = clause === null ? null : firstCue(text, { start: clause.start, end: figure.start }, ESTIMATE_BEFORE);
  if (inClause !== null || sentence === null) return inClause;
  const reported = firstCueFromSentenceStart(text, context.scans, sentence, figure.start, ESTIMATE_REPORTS);
  // Another figure between them is what the analysts' words are about.
  const between = reported !== null && siblingWithin(context.siblings, { start: reported.end, end: figure.start });
  return between ? null : reported;
}

function readPercent(text: string, figure: Figure, context: FigureContext, cue: Cue): MeasureReading {
  if (SHARE_OF_REVENUE.test(text.slice(figure.end, context.sentence?.end ?? figure.end))) return { kind: 'tracked', metric: 'revenue-share', cue };
  const before = text.slice(Math.max(context.sentence?.start ?? 0, figure.start - 40), figure.start);
  if (NOT_SPENDING.test(before)) return { kind: 'other', measure: 'share-move', cue };
  // "Cloud revenue rose 34%": a segment's growth, not the company's.
  const segment = context.clause === null ? null : firstCueInScope(text, context.scans, context.clause, SEGMENT);
  if (segment !== null) return { kind: 'other', measure: 'change', cue: segment };
  const after = text.slice(figure.end, figure.end + 30);
  return GROWTH_BEFORE.test(before) || GROWTH_AFTER.test(after) ? { kind: 'tracked', metric: 'growth', cue } : { kind: 'none' };
}


function slice(text: string, span: TextSpan): string {
  return text.slice(span.start, span.end);
}
