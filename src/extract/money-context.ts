/**
 * A scaled number with no currency is money when the sentence is about spending:
 * "capex of 60 billion", "plans to invest 80 billion this year". Such figures are taken
 * as US dollars, the currency of the companies capcheck tracks. CJK text has its own words (cjk-money-context.ts).
 */
import { hasCjkMoneyContext } from './cjk-money-context.js';
import { isCjkToken } from './is-cjk.js';
import type { Token } from './tokenize.js';

const LOOK_BEHIND = 8;
const LOOK_AHEAD = 3;

const MONEY_WORDS: ReadonlySet<string> = new Set([
  'capex', 'capital', 'expenditure', 'expenditures', 'spend', 'spends', 'spent', 'spending', 'invest', 'invests',
  'invested', 'investing', 'investment', 'investments', 'budget', 'budgets', 'budgeted', 'cost', 'costs', 'costing',
  'funding', 'funds', 'raise', 'raised', 'raising', 'revenue', 'revenues', 'sales', 'profit', 'profits', 'income',
  'valuation', 'valued', 'worth', 'pay', 'paid', 'outlay', 'outlays', 'allocate', 'allocated', 'pledged', 'pledge',
  // German, French, Spanish, Portuguese, Italian
  'investieren', 'investiert', 'investition', 'investitionen', 'ausgaben', 'ausgeben', 'umsatz', 'gewinn', 'kosten', 'budget',
  'investir', 'investira', 'investissement', 'investissements', 'dépenses', 'dépenser', 'chiffre', 'bénéfice', 'coût',
  'invertir', 'invertirá', 'inversión', 'inversiones', 'gasto', 'gastos', 'gastar', 'ingresos', 'beneficio', 'presupuesto',
  'investimento', 'investimentos', 'investirá', 'gastos', 'receita', 'lucro', 'orçamento', 'custo',
  'investire', 'investirà', 'investimenti', 'spesa', 'spese', 'ricavi', 'fatturato', 'utile', 'costo',
]);

/** After the scale word only these (or a money word) may follow; any other word is what is counted ("15 trillion tokens"). */
export const FOLLOWERS: ReadonlySet<string> = new Set([
  'in', 'on', 'for', 'this', 'next', 'last', 'over', 'and', 'or', 'to', 'by', 'as', 'at', 'from', 'into',
  'toward', 'towards', 'of', 'during', 'through', 'with', 'annually', 'a', 'per', 'each', 'between', 'across',
  'until', 'than', 'while', 'but', 'which', 'that', 'so',
]);

const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?', ';']);

/** True when tokens `first`..`next` (exclusive) sit in a sentence about money. */
export function hasMoneyContext(tokens: readonly Token[], first: number, next: number): boolean {
  if (isCjkToken(tokens[next - 1]) || isCjkToken(tokens[next])) return hasCjkMoneyContext(tokens, first, next);
  const after = tokens[next];
  if (after !== undefined && !after.breakBefore && after.kind === 'word') {
    if (MONEY_WORDS.has(after.lower)) return true;
    if (!FOLLOWERS.has(after.lower)) return false;
  }
  for (let i = first - 1, seen = 0; i >= 0 && seen < LOOK_BEHIND; i--, seen++) {
    const token = tokens[i];
    if (token === undefined || SENTENCE_END.has(token.text)) break;
    if (token.kind === 'word' && MONEY_WORDS.has(token.lower)) return true;
    if (token.breakBefore) break;
  }
  for (let i = next, seen = 0; i < tokens.length && seen < LOOK_AHEAD; i++, seen++) {
    const token = tokens[i];
    if (token === undefined || token.breakBefore || SENTENCE_END.has(token.text)) break;
    if (token.kind === 'word' && MONEY_WORDS.has(token.lower)) return true;
  }
  return false;
}
