/**
 * Names of the economies capcheck compares with: for each ISO 3166-1 alpha-3 code (the World
 * Bank's XKX for Kosovo), the common English name first, then the World Bank's name and the
 * short forms articles use. Matching is case-sensitive ("Turkey", not "turkey").
 */
/** A country named in prose. */
export interface CountryMention {
  readonly iso3: string;
  /** The common English name ("South Korea"). */
  readonly country: string;
  /** The name exactly as written ("Korea, Rep."). */
  readonly text: string;
  /** 0-based UTF-16 offset of the first character. */
  readonly start: number;
  /** 0-based UTF-16 offset just past the last character (exclusive). */
  readonly end: number;
}

/** Names by code. PRK and TWN have no World Bank GDP; they are named so "North Korea" is not read as Korea. */
export const COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  ABW: ['Aruba'], AFG: ['Afghanistan'], AGO: ['Angola'], ALB: ['Albania'], AND: ['Andorra'],
  ARE: ['United Arab Emirates', 'UAE', 'U.A.E.'], ARG: ['Argentina'], ARM: ['Armenia'],
  ASM: ['American Samoa'], ATG: ['Antigua and Barbuda'], AUS: ['Australia'], AUT: ['Austria'],
  AZE: ['Azerbaijan'], BDI: ['Burundi'], BEL: ['Belgium'], BEN: ['Benin'], BFA: ['Burkina Faso'],
  BGD: ['Bangladesh'], BGR: ['Bulgaria'], BHR: ['Bahrain'], BHS: ['Bahamas', 'Bahamas, The'],
  BIH: ['Bosnia and Herzegovina', 'Bosnia-Herzegovina', 'Bosnia'], BLR: ['Belarus'], BLZ: ['Belize'],
  BMU: ['Bermuda'], BOL: ['Bolivia'], BRA: ['Brazil'], BRB: ['Barbados'], BRN: ['Brunei', 'Brunei Darussalam'],
  BTN: ['Bhutan'], BWA: ['Botswana'], CAF: ['Central African Republic'], CAN: ['Canada'],
  CHE: ['Switzerland'], CHI: ['Channel Islands'], CHL: ['Chile'], CHN: ['China'],
  CIV: ["Côte d'Ivoire", "Cote d'Ivoire", 'Côte d’Ivoire', 'Cote d’Ivoire', 'Ivory Coast'], CMR: ['Cameroon'],
  COD: ['DR Congo', 'Congo, Dem. Rep.', 'Democratic Republic of the Congo', 'Democratic Republic of Congo', 'DRC'],
  COG: ['Republic of the Congo', 'Congo, Rep.', 'Congo-Brazzaville'], COL: ['Colombia'], COM: ['Comoros'],
  CPV: ['Cape Verde', 'Cabo Verde'], CRI: ['Costa Rica'], CUB: ['Cuba'], CUW: ['Curaçao', 'Curacao'],
  CYM: ['Cayman Islands'], CYP: ['Cyprus'], CZE: ['Czech Republic', 'Czechia'], DEU: ['Germany'],
  DJI: ['Djibouti'], DMA: ['Dominica'], DNK: ['Denmark'], DOM: ['Dominican Republic'], DZA: ['Algeria'],
  ECU: ['Ecuador'], EGY: ['Egypt', 'Egypt, Arab Rep.'], ERI: ['Eritrea'], ESP: ['Spain'], EST: ['Estonia'],
  ETH: ['Ethiopia'], FIN: ['Finland'], FJI: ['Fiji'], FRA: ['France'], FRO: ['Faroe Islands'],
  FSM: ['Micronesia', 'Micronesia, Fed. Sts.', 'Federated States of Micronesia'], GAB: ['Gabon'],
  GBR: ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'], GEO: ['Georgia'], GHA: ['Ghana'],
  GIN: ['Guinea'], GMB: ['Gambia', 'Gambia, The'], GNB: ['Guinea-Bissau'], GNQ: ['Equatorial Guinea'],
  GRC: ['Greece'], GRD: ['Grenada'], GRL: ['Greenland'], GTM: ['Guatemala'], GUM: ['Guam'], GUY: ['Guyana'],
  HKG: ['Hong Kong', 'Hong Kong SAR, China', 'Hong Kong SAR'], HND: ['Honduras'], HRV: ['Croatia'],
  HTI: ['Haiti'], HUN: ['Hungary'], IDN: ['Indonesia'], IMN: ['Isle of Man'], IND: ['India'],
  IRL: ['Ireland'], IRN: ['Iran', 'Iran, Islamic Rep.'], IRQ: ['Iraq'], ISL: ['Iceland'], ISR: ['Israel'],
  ITA: ['Italy'], JAM: ['Jamaica'], JOR: ['Jordan'], JPN: ['Japan'], KAZ: ['Kazakhstan'], KEN: ['Kenya'],
  KGZ: ['Kyrgyzstan', 'Kyrgyz Republic'], KHM: ['Cambodia'], KIR: ['Kiribati'],
  KNA: ['Saint Kitts and Nevis', 'St. Kitts and Nevis', 'St Kitts and Nevis'],
  KOR: ['South Korea', 'Korea, Rep.', 'Republic of Korea', 'Korea'], KWT: ['Kuwait'], LAO: ['Laos', 'Lao PDR'],
  LBN: ['Lebanon'], LBR: ['Liberia'], LBY: ['Libya'], LCA: ['Saint Lucia', 'St. Lucia', 'St Lucia'],
  LIE: ['Liechtenstein'], LKA: ['Sri Lanka'], LSO: ['Lesotho'], LTU: ['Lithuania'], LUX: ['Luxembourg'],
  LVA: ['Latvia'], MAC: ['Macao', 'Macao SAR, China', 'Macau'], MAF: ['Saint Martin', 'St. Martin (French part)'],
  MAR: ['Morocco'], MCO: ['Monaco'], MDA: ['Moldova'], MDG: ['Madagascar'], MDV: ['Maldives'], MEX: ['Mexico'],
  MHL: ['Marshall Islands'], MKD: ['North Macedonia', 'Macedonia'], MLI: ['Mali'], MLT: ['Malta'],
  MMR: ['Myanmar', 'Burma'], MNE: ['Montenegro'], MNG: ['Mongolia'], MNP: ['Northern Mariana Islands'],
  MOZ: ['Mozambique'], MRT: ['Mauritania'], MUS: ['Mauritius'], MWI: ['Malawi'], MYS: ['Malaysia'],
  NAM: ['Namibia'], NCL: ['New Caledonia'], NER: ['Niger'], NGA: ['Nigeria'], NIC: ['Nicaragua'],
  NLD: ['Netherlands', 'Holland'], NOR: ['Norway'], NPL: ['Nepal'], NRU: ['Nauru'], NZL: ['New Zealand'],
  OMN: ['Oman'], PAK: ['Pakistan'], PAN: ['Panama'], PER: ['Peru'], PHL: ['Philippines'], PLW: ['Palau'],
  PNG: ['Papua New Guinea'], POL: ['Poland'], PRI: ['Puerto Rico'], PRK: ['North Korea'], PRT: ['Portugal'],
  PRY: ['Paraguay'], PSE: ['Palestine', 'West Bank and Gaza'], PYF: ['French Polynesia'], QAT: ['Qatar'],
  ROU: ['Romania'], RUS: ['Russia', 'Russian Federation'], RWA: ['Rwanda'], SAU: ['Saudi Arabia'],
  SDN: ['Sudan'], SEN: ['Senegal'], SGP: ['Singapore'], SLB: ['Solomon Islands'], SLE: ['Sierra Leone'],
  SLV: ['El Salvador'], SMR: ['San Marino'], SOM: ['Somalia'], SRB: ['Serbia'], SSD: ['South Sudan'],
  STP: ['São Tomé and Príncipe', 'Sao Tome and Principe'], SUR: ['Suriname'], SVK: ['Slovakia', 'Slovak Republic'],
  SVN: ['Slovenia'], SWE: ['Sweden'], SWZ: ['Eswatini', 'Swaziland'], SXM: ['Sint Maarten', 'Sint Maarten (Dutch part)'],
  SYC: ['Seychelles'], SYR: ['Syria', 'Syrian Arab Republic'], TCA: ['Turks and Caicos Islands'], TCD: ['Chad'],
  TGO: ['Togo'], THA: ['Thailand'], TJK: ['Tajikistan'], TKM: ['Turkmenistan'], TLS: ['Timor-Leste', 'East Timor'],
  TON: ['Tonga'], TTO: ['Trinidad and Tobago'], TUN: ['Tunisia'], TUR: ['Türkiye', 'Turkiye', 'Turkey'],
  TUV: ['Tuvalu'], TWN: ['Taiwan'], TZA: ['Tanzania'], UGA: ['Uganda'], UKR: ['Ukraine'], URY: ['Uruguay'],
  USA: ['United States', 'United States of America', 'US', 'U.S.', 'USA', 'U.S.A.'], UZB: ['Uzbekistan'],
  VCT: ['Saint Vincent and the Grenadines', 'St. Vincent and the Grenadines', 'St Vincent and the Grenadines'],
  VEN: ['Venezuela', 'Venezuela, RB'], VIR: ['US Virgin Islands', 'Virgin Islands (U.S.)', 'U.S. Virgin Islands'],
  VNM: ['Vietnam', 'Viet Nam'], VUT: ['Vanuatu'], WSM: ['Samoa'], XKX: ['Kosovo'], YEM: ['Yemen', 'Yemen, Rep.'],
  ZAF: ['South Africa'], ZMB: ['Zambia'], ZWE: ['Zimbabwe'],
};

import { CJK_COUNTRY_NAMES, POLISH_COUNTRY_NAMES } from './country-names-abroad.js';

/** Phrases that contain a country's name but are not that country; matched so they are skipped. */
const NOT_COUNTRIES = ['Northern Ireland', 'New Guinea', 'New Mexico', 'New Jersey', 'Georgia Tech'];

const namesOf = (table: Readonly<Record<string, readonly string[]>>): (readonly [string, string])[] =>
  Object.entries(table).flatMap(([iso3, names]) => names.map((name) => [name, iso3] as const));

const BY_NAME: ReadonlyMap<string, string | null> = new Map<string, string | null>([
  ...NOT_COUNTRIES.map((phrase) => [phrase, null] as const),
  ...namesOf(COUNTRY_NAMES),
  ...namesOf(POLISH_COUNTRY_NAMES),
  ...namesOf(CJK_COUNTRY_NAMES),
]);

/** Names in scripts without spaces between words: matched wherever they stand ("相当于日本的GDP"). */
const CJK_NAMES: ReadonlySet<string> = new Set(namesOf(CJK_COUNTRY_NAMES).map(([name]) => name));

const BY_FOLDED_NAME: ReadonlyMap<string, string> = new Map(
  [COUNTRY_NAMES, POLISH_COUNTRY_NAMES, CJK_COUNTRY_NAMES].flatMap((table) => Object.entries(table).flatMap(([iso3, names]) => [iso3, ...names].map((name) => [fold(name), iso3] as const))),
);

// Longest first, so "Papua New Guinea" beats "Guinea" and "Hong Kong SAR, China" beats "Hong Kong".
const escape = (name: string): string => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const longestFirst = (a: string, b: string): number => b.length - a.length || (a < b ? -1 : 1);
const MENTION = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${[...BY_NAME.keys()]
    .filter((name) => !CJK_NAMES.has(name))
    .sort(longestFirst)
    .map(escape)
    .join('|')})(?![\\p{L}\\p{N}_$])|(?:${[...CJK_NAMES].sort(longestFirst).map(escape).join('|')})`,
  'gu',
);

/** The common English name of a code, or the code itself when unknown. */
export function countryName(iso3: string): string {
  return COUNTRY_NAMES[iso3]?.[0] ?? iso3;
}

/** The code for a name, alias or code, ignoring case, spacing and a leading "the"; null if unknown. */
export function resolveCountry(nameOrAlias: string): string | null {
  return BY_FOLDED_NAME.get(fold(nameOrAlias)) ?? null;
}

/** Every country named in `text`, in order, with 0-based offsets. */
export function findCountryMentions(text: string): CountryMention[] {
  const mentions: CountryMention[] = [];
  for (const match of text.matchAll(MENTION)) {
    const iso3 = BY_NAME.get(match[0]);
    if (iso3 === undefined || iso3 === null) continue;
    mentions.push({ iso3, country: countryName(iso3), text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return mentions;
}

function fold(name: string): string {
  return name
    .normalize('NFC')
    .replace(/’/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /i, '')
    .toLowerCase();
}
