import type { ClaimMetric, Figure, Metric } from '../types.js';
import { assertNever } from '../assert-never.js';
import type { FigureContext } from './resolve-entity.js';
import type { EntityId } from '../types.js';

type MoneyMetric = Extract<Metric, 'capex' | 'revenue' | 'pledge'>;

/** Multi-year intentions ("over the next four years", "through 2028") are pledges, not annual capex. */
const MULTI_YEAR = /\b(?:over|in|during)\s+the\s+(?:next|coming)\s+(?:\w+\s+)?(?:years|decade)\b|\bthrough\s+(?:the\s+end\s+of\s+)?20\d\d\b|\bby\s+20\d\d\s+in\s+the\s+U/i;

const MONEY_KEYWORDS: readonly { readonly metric: MoneyMetric; readonly pattern: RegExp }[] = [
  { metric: 'pledge', pattern: /\b(?:pledg\w*|commitments?|initiative|joint venture)\b/gi },
  { metric: 'revenue', pattern: /\b(?:revenues?|sales|turnover|top[- ]line)\b/gi },
  {
    metric: 'capex',
    pattern:
      /\b(?:capex|cap-ex|capital (?:expenditures?|spending|investments?|outlays?)|invest(?:s|ed|ing|ments?)?|spend(?:s|ing)?|spent|allocat\w*|pour(?:s|ed|ing)?|outlays?|budget\w*|bets?|gambles?|wagers?|splurge|infrastructure|data ?cent(?:er|re)s?|build-?outs?|expenditures?)\b/gi,
  },
  // Guidance words without a metric: in articles about AI spending they are about capex; a revenue word nearer wins.
  { metric: 'capex', pattern: /\b(?:outlook|guidance|guided|guiding)\b/gi },
  // German, French, Spanish, Portuguese and Italian articles: investment and capital-spending words.
  {
    metric: 'capex',
    pattern:
      /(?<![\p{L}])(?:investi(?:tion(?:en|s)?|tionsausgaben|eren|ssements?|r|mentos?|menti|re)|inversi(?:ón|ones)|invertir[áa]?|capex|ausgaben|dépenses|gastos?|despesas?|spese|rechenzent\w*|centros? de datos|centres? de données|data cent\w*)(?![\p{L}])/giu,
  },
];

/** "40% of Meta's total expected revenue", "a third of its sales": the words right after a percentage. */
const SHARE_OF_REVENUE = /^\s*of\s+(?:(?:its|their|the|this|that|[\p{Lu}][\p{L}.]*(?:'s|’s)|company(?:'s|’s)|total|annual|full-year|expected|projected|estimated|forecast)\s+){0,4}(?:revenues?|sales|turnover)\b/u;

/** "up 65%", "grew 65%", "an increase of 65%": growth words right before a percentage. */
const GROWTH_BEFORE = /\b(?:up|rose|rise[sn]?|rising|grew|grow(?:s|ing)?|growth of|increased?(?: by)?|increase of|increasing|jump(?:ed|s|ing)?(?: by)?|climb(?:ed|s|ing)?(?: by)?|surg(?:ed?|es|ing)(?: by)?|boost(?:ed)? by)\s*$/i;
/** "a 65% increase", "65% more", "65% higher": growth words right after a percentage. */
const GROWTH_AFTER = /^\s*(?:increase|rise|jump|growth|higher|more than|more|up)\b/i;

/** A percentage about a share price, a market value or an audience, not about money spent. */
const NOT_SPENDING = /\b(?:stock|shares?|share price|market (?:value|cap\w*)|valuation|users?|traffic)\b/i;

/** A site's size ("a 2 GW data center") is not compute brought online in a year. */
const DATACENTER = /\b(?:data ?cent(?:er|re)s?|campus(?:es)?|sites?|facilit(?:y|ies))\b/i;

/** Entities whose money figures are all pledges: they publish no annual capex. */
const PLEDGE_ONLY: ReadonlySet<EntityId> = new Set(['STARGATE', 'AAPL']);

/**
 * What a figure measures. Quantities say it by their unit; money by the nearest metric word
 * in its sentence, else its paragraph, else the headline. Null when nothing says (percentages, for now).
 */
export function resolveMetric(text: string, figure: Figure, entity: EntityId, context: FigureContext): ClaimMetric | null {
  switch (figure.kind) {
    case 'percent': {
      if (SHARE_OF_REVENUE.test(text.slice(figure.end, context.sentence?.end ?? figure.end))) return 'revenue-share';
      const before = text.slice(Math.max(context.sentence?.start ?? 0, figure.start - 40), figure.start);
      const after = text.slice(figure.end, figure.end + 30);
      if (NOT_SPENDING.test(before)) return null;
      return GROWTH_BEFORE.test(before) || GROWTH_AFTER.test(after) ? 'growth' : null;
    }
    case 'quantity':
      switch (figure.unit) {
        case 'GPU':
          return 'gpus';
        case 'user':
          return 'users';
        case 'W':
          return context.clause && DATACENTER.test(slice(text, context.clause)) ? 'datacenter-power' : 'power';
        default:
          return assertNever(figure.unit);
      }
    case 'money':
      return resolveMoneyMetric(text, entity, context);
    default:
      return assertNever(figure);
  }
}

function resolveMoneyMetric(text: string, entity: EntityId, context: FigureContext): Metric | null {
  if (PLEDGE_ONLY.has(entity)) return 'pledge';
  for (const scope of [context.sentence, context.paragraph, context.headline]) {
    if (scope === null) continue;
    const scopeText = slice(text, scope);
    if (MULTI_YEAR.test(scopeText)) return 'pledge';
    const nearest = nearestKeyword(scopeText, context.figure.start - scope.start, context.figure.end - scope.start);
    if (nearest) return nearest;
  }
  return null;
}

function nearestKeyword(scopeText: string, figureStart: number, figureEnd: number): MoneyMetric | null {
  let best: { metric: MoneyMetric; distance: number } | null = null;
  for (const { metric, pattern } of MONEY_KEYWORDS) {
    for (const match of scopeText.matchAll(pattern)) {
      const end = match.index + match[0].length;
      const distance = end <= figureStart ? figureStart - end : Math.max(0, match.index - figureEnd);
      if (best === null || distance < best.distance) best = { metric, distance };
    }
  }
  return best?.metric ?? null;
}

function slice(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end);
}
