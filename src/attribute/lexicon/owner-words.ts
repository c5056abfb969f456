/**
 * Words that decide whose a figure is: prepositions after which a company is not the owner
 * ("a deal with OpenAI", "more than Microsoft"), words standing for a company already named
 * ("the company", "der Konzern", "la empresa"), and names for several companies at once
 * ("Big Tech", "the hyperscalers", "combined").
 */
import { cjkPattern, wordPattern } from './word-pattern.js';

/**
 * Prepositions and comparisons that make the company after them an object, a partner or a
 * point of comparison. Possessive "de/di/da/von" ("los gastos de Meta", "os gastos da Meta") are not among them.
 */
export const NON_OWNER_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${[
    'with', 'to', 'from', 'than', 'like', 'unlike', 'including', 'includes', 'for', 'against', 'versus', 'vs\\.?', 'between', 'among', 'alongside',
    'as', 'such as', 'into', 'on', 'about', 'at', 'over', 'behind', 'after', 'before', 'beyond', 'outpacing', 'involving', 'partnership with', 'in',
    'selon', 'según', 'secondo', 'segundo',
    'mit', 'für', 'gegenüber', 'als', 'wie', 'bei', 'an', 'zu', 'über', 'zwischen', 'neben',
    'avec', 'pour', 'à', 'au', 'aux', 'par', 'comme', 'contre', 'chez', 'entre', 'sur',
    'con', 'para', 'a', 'al', 'por', 'como', 'contra', 'frente a', 'sobre', 'per', 'come', 'tra', 'fra', 'su', 'com',
    // "que"/"che" introduce a comparison only after a comparative ("plus que Meta", "más que Meta"); otherwise a clause whose subject the name is.
    '(?:plus|moins|autant|davantage|mieux|más|menos|tanto|mejor|mais|più|meno)\\s+(?:\\p{L}+\\s+){0,2}?(?:que|qu[\'’]|che|do que)',
  ].join('|')})\\s+(?:(?:the|its|their|rival|rivals|peer|peers|fellow|der|die|den|dem|le|la|les|el|los|las|il|lo|gli|o|os|as)\\s+)?$`,
  'iu',
);

/** Words standing for a company named before: the subject carried over from earlier sentences. */
export const ANAPHORA = wordPattern([
  'it', 'its', 'we', 'our', 'wir', 'nous', 'the company', "the company['’]s", 'the firm', "the firm['’]s", 'the group', 'the business', 'the tech giant', 'the giant',
  'the (?:social[- ]media|search|e-?commerce|cloud|software|tech|technology|internet|retail|online retail) (?:giant|company|leader|titan)',
  'the (?:facebook|instagram|google|windows|chatgpt|iphone|database|cloud) (?:parent|owner|maker|company|giant)',
  'the (?:menlo park|redmond|mountain view|seattle|austin|cupertino)[- ]based (?:company|firm|giant)',
  'der (?:konzern|tech-konzern|internetkonzern|softwarekonzern|onlinehändler|tech-riese|riese|gigant|mutterkonzern)', 'das unternehmen',
  'le groupe', "l['’]entreprise", 'la société', 'le géant', 'la firme', 'la compagnie',
  'la compañía', 'la empresa', 'el gigante', 'el grupo', 'la firma', "l['’]azienda", 'la società', 'il gruppo', 'il colosso', 'il gigante',
  'a empresa', 'a companhia', 'o grupo', 'a gigante', 'a big tech',
]);

/** Names for several companies at once: a figure about them is a total, not one company's. */
export const COLLECTIVES = wordPattern([
  'big tech', 'tech giants', 'tech companies', 'technology (?:giants|companies)', 'hyperscalers?', 'cloud (?:giants|providers|companies)',
  'magnificent seven', 'mag(?:nificent)? ?7', 'the big (?:three|four|five|six|seven)', '(?:the )?(?:two|three|four|five|six|seven) (?:largest |biggest )?(?:companies|firms|giants|hyperscalers|tech companies|cloud companies|players)',
  'these companies', 'the companies', 'the firms', 'they all', 'all (?:four|five|three|of them)', 'the (?:four|five|three)(?!\\s+(?:months|quarters|years|weeks|days))', 'combined', 'together', 'collectively', 'between them', 'in total', 'a total of', 'all told', 'each',
  'respectively', 'tech-konzerne', 'tech-giganten', 'techkonzerne', 'hyperscaler', 'zusammen', 'insgesamt', 'gemeinsam', 'jeweils', 'beziehungsweise', 'bzw\\.',
  'géants de la tech', 'géants technologiques', 'au total', 'ensemble', 'cumulés?', 'respectivement', 'gigantes tecnológicos', 'en conjunto',
  'en total', 'juntas', 'juntos', 'respectivamente', 'colossi', 'in totale', 'complessivamente', 'rispettivamente', 'gigantes de tecnologia', 'no total',
]);

/** The same in Japanese, Chinese and Korean. */
export const CJK_COLLECTIVES = cjkPattern(['合計', '合わせて', '大手', '巨大テック', '各社', 'これら', '合计', '科技巨头', '巨头', '这些公司', '这些企业', '上述公司', '합계', '빅테크', '이들 기업']);

/** "The partners": the partners of a joint venture named just before ("die Partner", "les partenaires"). */
export const VENTURE_PARTNERS = wordPattern(['the partners', 'its partners', 'die Partner', 'seine Partner', 'les partenaires', 'ses partenaires', 'los socios', 'sus socios', 'i partner', 'os parceiros', 'partnerzy']);
