/**
 * Words that limit a figure to part of a company: one site or campus, a region, a business
 * segment. Official guidance is company-wide, so such a figure is never compared with it.
 */
import { placeNames } from './places.js';
import { wordPattern } from './word-pattern.js';

/** A site noun, singular: "data center" (never "data centers"), "campus", "cluster". */
const SITE_NOUN = '(?:AI[ -])?(?:data ?cent(?:er|re)|datacent(?:er|re)|server farm)(?![\\p{L}])';
/** Words after "data center" that make it a modifier, not a site: "data center spending". */
const NOT_A_SITE_AFTER =
  '(?!\\s+(?:spending|capex|investments?|business|market|capacity|build-?outs?|construction|infrastructure|industry|boom|expansion|projects|plans?|footprint|demand|chips|equipment|servers|operators?|providers?|REITs?|stocks?|sector|costs?))';

/**
 * A single site: a singular site noun after an English determiner, a size or a name ("a data
 * center", "its Louisiana data center", "the 2 GW campus"), never as a modifier ("data center
 * spending"); or a noun that always names one place ("campus", "cluster", "Rechenzentrum").
 */
export const SITE = new RegExp(
  `(?<![\\p{L}])(?:a|an|the|this|that|its|their|one|new|single|massive|giant|huge|planned|proposed|first|largest|biggest|flagship|[\\d.,]+[- ]?(?:GW|MW|gigawatts?|megawatts?)(?:\\+|-plus)?)[ -]+${SITE_NOUN}${NOT_A_SITE_AFTER}` +
    `|(?<![\\p{L}])(?:campus(?:es)?|(?:super)?clusters?|supercomputers?|mega-?site|facility|project|gigafactory|AI factory|Rechenzentrum|Standort|Projekt|centre de (?:données|calcul)|centro de (?:datos|dados)|complejo|complexo|proyecto|progetto|projeto|projet)(?![\\p{L}])`,
  'giu',
);

/** A site named before its noun: "the Louisiana data center", "Meta's Hyperion campus" (names are capitalised). */
export const NAMED_SITE_NOUN = new RegExp(`(?<![\\p{L}])(?!AI[ -])\\p{Lu}[\\p{L}-]*[ -]+${SITE_NOUN}${NOT_A_SITE_AFTER}`, 'gu');

/** Sites known by their own names. */
export const NAMED_SITES = wordPattern([
  'Hyperion', 'Prometheus', 'Fairwater', 'Abilene', 'Richland Parish', 'Mount Pleasant', 'New Carlisle', 'Project Rainier', 'Rainier',
  'Stargate (?:UAE|Norway|India|Argentina|UK)', 'Shackelford', 'Milam County', 'Lordstown', 'Doña Ana', 'Port Washington', 'Saline Township',
  'Memphis', 'El Paso',
]);

/** Segments, units and divisions: revenue or spending of a part of a company. */
export const SEGMENT = wordPattern([
  'cloud(?: computing)? (?:business|unit|division|segment|arm|revenues?|sales)', 'segment', 'division', 'business unit', 'advertising', 'ad revenue',
  'Google Cloud', 'Azure', 'Microsoft Cloud', 'Intelligent Cloud', 'AWS', 'Amazon Web Services', 'Oracle Cloud(?: Infrastructure)?', 'OCI',
  'Reality Labs', 'Family of Apps', 'YouTube', 'Waymo', 'Instagram', 'WhatsApp', 'LinkedIn', 'GitHub', 'Xbox', 'Prime Video',
  'Cloud-Sparte', 'Cloud-Geschäft', 'Sparte', 'Geschäftsbereich', 'segmento', 'división', 'divisione', 'division cloud', 'activité cloud',
]);

/** A joint venture: its spending is shared with partners, never the company's own guidance. */
export const VENTURE = wordPattern(['joint[ -]ventures?', 'JVs?', 'co-?entreprises?', 'empresas? conjuntas?', 'Gemeinschaftsunternehmen', 'Joint[ -]Ventures?']);

/**
 * Words between a figure and a place after it that make the place a part of the figure, not its
 * limit: "$80 billion, more than half of it in the US", "mostly in Texas", "including Fairwater".
 */
export const PART_OF_IT = /(?<![\p{L}])(?:of (?:it|which|that|this|them)|mostly|mainly|largely|primarily|partly|half|part|some|portion|share|including|includes|such as|like|among|besides|beyond|outside|excluding|except|plus|as well as|dont|davon|de los cuales|di cui)(?![\p{L}])/iu;

/** "in Texas", "en Espagne", "across Europe": a preposition, then up to four capitalised words (checked against the place names). */
export const PLACE_AFTER_PREPOSITION =
  /(?<![\p{L}])(?:in|across|throughout|within|im|in der|nach|en|au|aux|dans|em|no|na|nel|nella|w)\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|of|de|del|and)){0,3})/gu;

let places: ReadonlySet<string> | null = null;

/**
 * The first region among `matches` of PLACE_AFTER_PREPOSITION ("in Texas", "en Espagne"): its span
 * relative to the matched text; null when none names a place.
 */
export function firstRegion(matches: Iterable<RegExpMatchArray>): { start: number; end: number } | null {
  for (const match of matches) {
    // Built at the first capitalised word after a preposition: most clauses have none, and some articles none at all.
    places ??= new Set(placeNames());
    const words = (match[1] ?? '').split(/\s+/);
    // The longest run of words that names a place: "New Mexico" before "New".
    for (let count = words.length; count > 0; count--) {
      const name = words.slice(0, count).join(' ').replace(/[.,'’]+$/, '');
      if (places.has(name)) {
        const start = match.index ?? 0;
        return { start, end: start + match[0].length - (match[1] ?? '').length + name.length };
      }
    }
  }
  return null;
}
