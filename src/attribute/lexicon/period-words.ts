/**
 * Period phrases in the languages capcheck reads: quarters (kept as written: never compared with
 * a year), fiscal and calendar years, and years counted from the article's date.
 */

/** What a period phrase says: a year, a number of fiscal years from the article's, or a quarter (or another part of a year). */
export type PhraseReading =
  | { readonly kind: 'fiscal-year' | 'calendar-year'; readonly year: number; readonly written?: 'calendar' }
  | { readonly kind: 'relative'; readonly offset: number }
  | { readonly kind: 'quarter'; readonly label: string; readonly words?: QuarterWords };

/**
 * What the words of a quarter phrase pin down: its number ("second quarter", "Q2"), or the month it
 * ends in ("the September quarter"); the year written, if any; and whether they say fiscal or calendar.
 */
export interface QuarterWords {
  readonly number: 1 | 2 | 3 | 4 | null;
  readonly endMonth: number | null;
  readonly year: number | null;
  readonly calendar: 'fiscal' | 'calendar' | null;
}

/** A period pattern and how to read its match. */
export interface PeriodWords {
  readonly pattern: RegExp;
  readonly read: (match: RegExpMatchArray) => PhraseReading;
  /** The pattern names part of a year (a quarter, a half, the year so far). */
  readonly quarter?: true;
}

/** A year after a quarter: "of 2026", "of fiscal 2026", "FY26", "des Geschäftsjahres 2026", "de 2026", "dell'esercizio 2026". */
const QUARTER_YEAR_TAIL =
  "(?:\\s+(?:(?:of|in)\\s+)?(?:(?:(?:the\\s+|its\\s+|their\\s+)?(?:fiscal|calendar)(?:\\s+year)?|FY)\\s*['’]?(?:20)?\\d\\d|['’]\\d\\d|20\\d\\d)" +
  "|\\s+(?:(?:des|seines|ihres)\\s+(?:Geschäfts|Kalender)?jahres\\s+|(?:GJ|Geschäftsjahr)\\s*)?20\\d\\d" +
  // "de l'exercice 2026", "de son exercice 2026", "de su año fiscal 2026", "del suo esercizio 2026", "do seu ano fiscal 2026"
  "|\\s+(?:(?:de\\s+(?:l['’]|son\\s+|leur\\s+)exercice(?:\\s+fiscal)?|del\\s+(?:año\\s+fiscal|ejercicio(?:\\s+fiscal)?)|de\\s+su\\s+(?:año\\s+fiscal|ejercicio(?:\\s+fiscal)?)|dell['’]esercizio|del\\s+suo\\s+(?:esercizio|anno\\s+fiscale)|do\\s+(?:seu\\s+)?ano\\s+fiscal|del|de|do|d['’])\\s*)?20\\d\\d)?(?![\\p{N}%])";
const ORDINAL_QUARTER = [
  `(?:fiscal\\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:(?:fiscal|calendar)\\s+)?quarter${QUARTER_YEAR_TAIL}`,
  `(?:ersten|zweiten|dritten|vierten|[1-4]\\.)\\s+(?:Geschäfts)?quartal${QUARTER_YEAR_TAIL}`,
  `(?:premier|deuxième|second|troisième|quatrième|primer|segundo|tercer|cuarto|primeiro|terceiro|quarto|primo|secondo|terzo)\\s+trimestre(?:\\s+(?:fiscal|fiscale))?${QUARTER_YEAR_TAIL}`,
].join('|');
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** "the September quarter", "the quarter ended September 30, 2025", "the quarter to June". */
const MONTH_QUARTER = [
  `(?:the\\s+|its\\s+)?(?:${MONTHS.join('|')})(?:\\s+(20\\d\\d))?[- ](?:fiscal\\s+)?quarter`,
  `(?:the\\s+)?quarter\\s+(?:ended|ending|to|through)\\s+(?:${MONTHS.join('|')})(?:\\s+\\d{1,2})?(?:,?\\s+(20\\d\\d))?`,
].join('|');
const QUARTER_WORDS = 'quarterly|quartal(?:s|szahlen)?|vierteljahr|trimestres?|trimestriel(?:le)?s?|trimestral(?:es)?|trimestrais|trimestral[ei]';
/** Part of a year so far: a figure for it is not the year's. */
const PART_YEAR_WORDS = [
  'year[- ]to[- ]date', 'YTD', 'so far this year', 'first (?:half|nine months|six months)', 'the (?:first|last|past) (?:two|three|nine|six) (?:quarters|months)',
  'nine months', 'six months', '(?:the\\s+)?(?:three|3)[- ]months?(?:\\s+period)?\\s+(?:to|ended|ending|through|until)', '[HS][12](?:\\s+20\\d\\d)?', 'seit Jahresbeginn', 'ersten (?:Halbjahr|neun Monaten)', "depuis le début de l['’]année",
  'premier semestre', 'en lo que va de(?:l)? año', 'primer semestre', "dall['’]inizio dell['’]anno", 'primo semestre', 'primeiro semestre',
].join('|');

/** Words for a fiscal year after its number: "2026年度", "2026会計年度" (Japanese), "2026财年" (Chinese), "2026 회계연도" (Korean). */
const CJK_FISCAL_YEAR_LIST = ['会計年度', '会计年度', '年度', '财年', '財年', '회계연도'];
const CJK_FISCAL_YEAR_WORDS: ReadonlySet<string> = new Set(CJK_FISCAL_YEAR_LIST);
const CJK_FISCAL_YEAR = CJK_FISCAL_YEAR_LIST.join('|');

export const PERIOD_WORDS: readonly PeriodWords[] = [
  // "the September quarter", "the quarter ended June 30, 2025": a quarter named by the month it ends in (before the general pattern, so the longer reading wins a tie).
  { pattern: new RegExp(`(?<![\\p{L}])(?:${MONTH_QUARTER})(?![\\p{L}])`, 'giu'), read: (m) => ({ kind: 'quarter', label: m[0], words: readQuarterWords(m[0]) }), quarter: true },
  // "its fiscal second quarter", "Q4 2025", "im dritten Quartal", "au troisième trimestre", "T3": a quarter's figure, not a year's.
  {
    pattern: new RegExp(
      `(?<![\\p{L}])(?:${ORDINAL_QUARTER}|(?:FY\\s*['’]?(?:20)?\\d\\d\\s+)?[QT][1-4](?:\\s+(?:FY\\s*)?['’]?\\d{2,4})?(?![\\p{N}])|(?:the|this|last|next|that|its|their|current)(?:\\s+(?:current|fiscal))?\\s+quarter|${QUARTER_WORDS})(?![\\p{L}])`,
      'giu',
    ),
    read: (m) => ({ kind: 'quarter', label: m[0], words: readQuarterWords(m[0]) }),
    quarter: true,
  },
  { pattern: new RegExp(`(?<![\\p{L}])(?:${PART_YEAR_WORDS})(?![\\p{L}])`, 'giu'), read: (m) => ({ kind: 'quarter', label: m[0] }), quarter: true },
  // "2026年第1四半期", "第三季度", "2026년 1분기": a numbered quarter, with the year written before it when there is one.
  {
    pattern: new RegExp(`(?:(20\\d\\d)\\s*(${CJK_FISCAL_YEAR}|年|년)\\s*)?(?:第([1-4１-４一二三四])(?:四半期|季度|季)|([1-4])\\s*분기)`, 'gu'),
    read: (m) => ({ kind: 'quarter', label: m[0], words: readCjkQuarterWords(m) }),
    quarter: true,
  },
  { pattern: /四半期|上半期|下半期|年初来|年初から|今年に入って|前年同期|季度|财季|財季|单季|單季|本季|上季|该季|該季|上半年|下半年|年初以来|今年以来|去年同期|분기|상반기|하반기|연초 이후|올해 들어|전년 동기/gu, read: (m) => ({ kind: 'quarter', label: m[0] }), quarter: true },
  // "fiscal 2025", "FY25", "Geschäftsjahr 2025/26", "exercice 2025", "año fiscal 2025", "2026年度"
  {
    pattern: /(?<![\p{L}])(?:FY|fiscal(?:\s+year)?|Geschäftsjahr(?:es)?|GJ|exercice(?:\s+fiscal)?|a[ñn]o\s+fiscal|ejercicio(?:\s+fiscal)?|anno\s+fiscale|esercizio)\s*['’‘]?(?:\d{2,4}\/)?(\d{4}|\d{2})(?![\p{N}])/giu,
    read: (m) => ({ kind: 'fiscal-year', year: fullYear(m[1]) }),
  },
  { pattern: new RegExp(`(20\\d\\d)\\s*(?:${CJK_FISCAL_YEAR})`, 'gu'), read: (m) => ({ kind: 'fiscal-year', year: fullYear(m[1]) }) },
  { pattern: /\bcalendar(?:\s+year)?\s+(20\d\d)\b/gi, read: (m) => ({ kind: 'calendar-year', year: fullYear(m[1]), written: 'calendar' }) },
  // A bare year, not part of a year range ("2024-2025") or of a longer number, nor the start of a stretch
  // of time ("its fastest quarter since 2021" is no figure of 2021).
  { pattern: /(?<![\d.,$€£–-])(?<!\b(?:since|seit|depuis|desde|dal|dall['’]|dai)\s+)\b(20[0-4]\d)\b(?![\d%]|\s?[–-]\s?\d)/giu, read: (m) => ({ kind: 'calendar-year', year: fullYear(m[1]) }) },
  // "in '25", "in ’25"
  { pattern: /(?<![\p{L}\p{N}])['’‘](\d{2})(?![\p{L}\p{N}'’])/gu, read: (m) => ({ kind: 'calendar-year', year: fullYear(m[1]) }) },
  { pattern: /\b(this|next|last|past|previous|prior|coming|current)\s+(?:fiscal\s+)?year\b/gi, read: (m) => ({ kind: 'relative', offset: relativeOffset(m[1]) }) },
  { pattern: /\b(?:end\s+of\s+(?:the|this)\s+year|year[- ]end)\b/gi, read: () => ({ kind: 'relative', offset: 0 }) },
  { pattern: /\ba\s+year\s+(?:earlier|ago|before)\b/gi, read: () => ({ kind: 'relative', offset: -1 }) },
  { pattern: new RegExp(`(?<![\\p{L}])(?:${relativeWords(0)})(?![\\p{L}])`, 'giu'), read: () => ({ kind: 'relative', offset: 0 }) },
  { pattern: new RegExp(`(?<![\\p{L}])(?:${relativeWords(1)})(?![\\p{L}])`, 'giu'), read: () => ({ kind: 'relative', offset: 1 }) },
  { pattern: new RegExp(`(?<![\\p{L}])(?:${relativeWords(-1)})(?![\\p{L}])`, 'giu'), read: () => ({ kind: 'relative', offset: -1 }) },
  { pattern: /今会計年度|今年度|今年|今期|本财年|올해/gu, read: () => ({ kind: 'relative', offset: 0 }) },
  { pattern: /来会計年度|来年度|次年度|来年|来期|明年度|下一财年|下个财年|明年|다음 회계연도|내년/gu, read: () => ({ kind: 'relative', offset: 1 }) },
  { pattern: /昨年|前年|前期|去年|작년/gu, read: () => ({ kind: 'relative', offset: -1 }) },
];

/** "this year", "next year", "last year" in German, French, Spanish, Italian and Portuguese. */
function relativeWords(offset: -1 | 0 | 1): string {
  switch (offset) {
    case 0:
      return [
        '(?:im\\s+)?(?:laufenden|diesem)\\s+(?:Geschäfts)?jahr', 'dieses\\s+Jahr', 'heuer', 'cette\\s+année', "l['’]année\\s+en\\s+cours",
        "l['’]exercice\\s+en\\s+cours", 'este\\s+año', 'este\\s+ano', "quest['’]anno",
      ].join('|');
    case 1:
      return [
        '(?:im\\s+)?(?:kommenden|nächsten)\\s+(?:Geschäfts)?jahr', 'nächstes\\s+Jahr', "l['’]an\\s+prochain", "l['’]année\\s+prochaine",
        '(?:el\\s+)?próximo\\s+año', 'el\\s+año\\s+(?:próximo|que\\s+viene)', '(?:o\\s+)?próximo\\s+ano', "(?:il\\s+)?prossimo\\s+anno", "l['’]anno\\s+prossimo",
      ].join('|');
    case -1:
      return [
        '(?:im\\s+)?Vorjahr(?:es)?', '(?:im\\s+)?(?:vergangenen|letzten|vorigen)\\s+(?:Geschäfts)?jahr', 'letztes\\s+Jahr', "l['’]an\\s+(?:dernier|passé)",
        "l['’]année\\s+(?:dernière|passée|précédente)", '(?:el\\s+)?año\\s+pasado', '(?:no\\s+)?ano\\s+passado', "l['’]anno\\s+scorso",
      ].join('|');
    default:
      return '';
  }
}

function fullYear(digits: string | undefined): number {
  const year = Number(digits);
  return year < 100 ? 2000 + year : year;
}

function relativeOffset(word: string | undefined): number {
  switch (word?.toLowerCase()) {
    case 'next':
    case 'coming':
      return 1;
    case 'last':
    case 'past':
    case 'previous':
    case 'prior':
      return -1;
    default:
      return 0;
  }
}

const ORDINALS: readonly [RegExp, 1 | 2 | 3 | 4][] = [
  [/(?<![\p{L}])(?:first|1st|ersten|1\.|premier|primer|primeiro|primo)(?![\p{L}])|(?<![\p{L}])[QT]1(?![\p{N}])/iu, 1],
  [/(?<![\p{L}])(?:second|2nd|zweiten|2\.|deuxième|segundo|secondo)(?![\p{L}])|(?<![\p{L}])[QT]2(?![\p{N}])/iu, 2],
  [/(?<![\p{L}])(?:third|3rd|dritten|3\.|troisième|tercer|terceiro|terzo)(?![\p{L}])|(?<![\p{L}])[QT]3(?![\p{N}])/iu, 3],
  [/(?<![\p{L}])(?:fourth|4th|vierten|4\.|quatrième|cuarto|quarto)(?![\p{L}])|(?<![\p{L}])[QT]4(?![\p{N}])/iu, 4],
];

/**
 * What a quarter phrase pins down, or undefined when it names no particular quarter ("the quarter",
 * "quarterly", "year to date"). A year is read from four digits, or two after "FY", "fiscal" or an apostrophe.
 */
export function readQuarterWords(phrase: string): QuarterWords | undefined {
  const month = MONTHS.findIndex((name) => new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'iu').test(phrase));
  const number = ORDINALS.find(([pattern]) => pattern.test(phrase))?.[1] ?? null;
  if (month < 0 && number === null) return undefined;
  const year = /(?<![\p{N}])(20\d\d)(?![\p{N}])/u.exec(phrase)?.[1] ?? /(?:FY|fiscal(?:\s+year)?|GJ|['’])\s*['’]?(\d\d)(?![\p{N}])/iu.exec(phrase)?.[1];
  const calendar = /fiscal|FY|Geschäfts|GJ|exercice|ejercicio|esercizio/iu.test(phrase) ? 'fiscal' : /calendar|Kalender/iu.test(phrase) ? 'calendar' : null;
  return { number: month < 0 ? number : null, endMonth: month < 0 ? null : month + 1, year: year === undefined ? null : fullYear(year), calendar };
}

const CJK_QUARTER_NUMBERS: Readonly<Record<string, 1 | 2 | 3 | 4>> = { '1': 1, '2': 2, '3': 3, '4': 4, '１': 1, '２': 2, '３': 3, '４': 4, 一: 1, 二: 2, 三: 3, 四: 4 };


/** The quarter a Japanese, Chinese or Korean phrase names; a fiscal-year word before it makes it fiscal. */
function readCjkQuarterWords(match: RegExpMatchArray): QuarterWords {
  const [, year, yearWord, digit, koreanDigit] = match;
  return {
    number: CJK_QUARTER_NUMBERS[digit ?? koreanDigit ?? ''] ?? null,
    endMonth: null,
    year: year === undefined ? null : Number(year),
    calendar: yearWord !== undefined && CJK_FISCAL_YEAR_WORDS.has(yearWord) ? 'fiscal' : null,
  };
}
