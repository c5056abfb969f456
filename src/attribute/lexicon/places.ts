/**
 * Places a figure can be limited to: countries (in the languages capcheck reads, from the
 * runtime's own ICU names), US states and world regions. The United States is not among them:
 * "invest $500 billion in the US" is how companies state their whole national plans.
 */
import { COUNTRY_NAMES } from '../../data/countries.js';

const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'ja', 'zh', 'ko'] as const;
const NOT_A_SCOPE = new Set(['US', 'UM']);

const US_STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii', 'Idaho',
  'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota',
  'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina',
  'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah',
  'Vermont', 'Virginia', 'Washington State', 'West Virginia', 'Wisconsin', 'Wyoming', 'Louisiane', 'Texas', 'Luisiana', 'Pensilvania',
];

const REGIONS = [
  'Europe', 'Asia', 'Africa', 'Latin America', 'South America', 'Middle East', 'the Middle East', 'the Gulf', 'Southeast Asia', 'Asia-Pacific',
  'Scandinavia', 'the Nordics', 'the Midwest', 'Europa', 'Asien', 'Afrika', 'Lateinamerika', 'Nahost', 'Asie', 'Afrique', 'Amérique latine',
  'Moyen-Orient', 'Asia', 'África', 'América Latina', 'Oriente Medio', 'Oriente Médio', 'Medio Oriente', 'Ásia',
];

let cached: readonly string[] | null = null;

/** Every place name, longest first (built once, on first use). */
export function placeNames(): readonly string[] {
  if (cached !== null) return cached;
  const names = new Set<string>([...US_STATES, ...REGIONS]);
  for (const [iso3, written] of Object.entries(COUNTRY_NAMES)) {
    if (iso3 !== 'USA') for (const name of written) names.add(name);
  }
  const codes = regionCodes();
  for (const language of LANGUAGES) {
    const display = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    for (const code of codes) {
      const name = safeName(display, code);
      if (name !== undefined && name !== code && /^\p{Lu}|^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}]/u.test(name)) names.add(name);
    }
  }
  cached = [...names].sort((a, b) => b.length - a.length);
  return cached;
}

/**
 * The two-letter codes the runtime names in English, the reference language: every language's
 * names come from the same list of regions, so asking the others only for these (about 280 of
 * the 676 pairs) finds the same names with less than half the lookups.
 */
function regionCodes(): readonly string[] {
  const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const codes: string[] = [];
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) {
      const code = String.fromCharCode(first, second);
      const name = NOT_A_SCOPE.has(code) ? undefined : safeName(english, code);
      if (name !== undefined && name !== code) codes.push(code);
    }
  }
  return codes;
}

function safeName(display: Intl.DisplayNames, code: string): string | undefined {
  try {
    return display.of(code);
  } catch {
    return undefined;
  }
}
