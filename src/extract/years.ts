/**
 * Years written as bare numbers ("in 2024 GPUs were scarce", "2025 dollars") must not be
 * read as counts, while "2048 GPUs" is a count.
 */
import type { Token } from './tokenize.js';

const YEAR = /^(?:19|20)\d\d$/;

// Words after which a four-digit number is a year: "in 2024", "fiscal 2025", "January 2025".
const YEAR_LEADS: ReadonlySet<string> = new Set([
  'in', 'by', 'since', 'until', 'till', 'through', 'throughout', 'during', 'before', 'after', 'from', 'for',
  'fiscal', 'fy', 'year', 'early', 'late', 'mid', 'end', 'circa', 'spring', 'summer', 'autumn', 'fall', 'winter',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // German, French, Spanish, Portuguese, Italian: "im Jahr 2025", "en 2025", "dans 2025", "nel 2025", "de 2025".
  'im', 'jahr', 'seit', 'bis', 'ab', 'en', 'dans', 'depuis', 'année', 'desde', 'hasta', 'año', 'em', 'ano', 'até', 'nel', 'dal', 'entro',
  'anno', 'de', 'del', 'do', 'da', 'di',
  'januar', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember', 'janvier', 'février', 'mars', 'avril', 'juin', 'juillet',
  'août', 'septembre', 'octobre', 'novembre', 'décembre', 'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto',
  'septiembre', 'octubre', 'noviembre', 'diciembre', 'janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro',
  'novembro', 'dezembro', 'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre',
]);

/** True when the number token looks like a calendar year (1900–2099, no separators). */
export function isYearLike(token: Token): boolean {
  return token.kind === 'number' && token.lower.length === 4 && YEAR.test(token.lower);
}

/** True when the token before `index` introduces a year ("in", "fiscal", a month name). */
export function followsYearLead(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  return previous !== undefined && previous.kind === 'word' && YEAR_LEADS.has(previous.lower);
}
