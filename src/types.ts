/**
 * Stage contracts of the pipeline: read → extract → attribute → reconcile → report.
 * Each stage is a pure function from one of these shapes to the next.
 */
import type { Decimal } from './money/decimal.js';
import type { EntityId, Metric, ReferenceRecord } from './data/reference-schema.js';
import type { RuleId } from './reconcile/rules.js';

export type { EntityId, Metric, ReferenceRecord, RuleId };

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

// ── read ────────────────────────────────────────────────────────────────────

/** A stretch of the document: [start, end) as 0-based UTF-16 offsets. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

export type DocumentFormat = 'text' | 'markdown' | 'html';

/** What every document ready for extraction has, whatever its format. */
interface DocumentBase {
  /** Path as the user gave it, or `<stdin>`. */
  readonly path: string;
  /** The input exactly as read. Reported positions are offsets into this string. */
  readonly source: string;
  /**
   * The prose to analyse, the same length as `source`: regions that are not prose
   * (front matter, code, URLs, comments, markup) are blanked with spaces, newlines kept,
   * so an offset in `text` is the same offset in `source`.
   */
  readonly text: string;
  /**
   * Where `text` blanks non-prose that must keep figures apart (URLs, code, comments, front matter,
   * skipped HTML elements), sorted and disjoint. Transparent markup (`**`, `<b>`, link brackets) is
   * not listed: a figure may run across it, never across a barrier. Attribution ignores barriers.
   */
  readonly barriers: readonly TextSpan[];
  /** The article's own date (a `date:` line or front matter), if it states one. */
  readonly statedDate: IsoDate | null;
  /** What the article says about itself (front matter, page metadata); empty for plain text. */
  readonly metadata: ArticleMetadata;
}

/** What an article states about itself, for reports that describe the article (ClaimReview). */
export interface ArticleMetadata {
  /** Its published address: an absolute http(s) URL, or null when it gives none. */
  readonly url: string | null;
  /** Its authors by name, in the order given; empty when it names none. */
  readonly authors: readonly string[];
  readonly title: string | null;
}

/** Where a Markdown document's prose and raw HTML stand, as the parser found them. */
export interface MarkdownLayout {
  /**
   * The stretches of `text` read from the source (text, decoded character references, soft line
   * breaks), sorted and disjoint, 0-based and end-exclusive; the rest of `text` pads markup.
   */
  readonly prose: readonly TextSpan[];
  /** Raw HTML (blocks, inline tags, comments), sorted: the only places a `<!-- capcheck-… -->` directive stands. */
  readonly html: readonly TextSpan[];
  /** GFM tables, each from its header row to its last: blank lines part their rows in `text`, yet the rows are one table. */
  readonly tables: readonly TextSpan[];
}

/** Where an HTML document's prose stands, as the parser found it. */
export interface HtmlLayout {
  /**
   * The stretches of `text` read from the page's visible text nodes (character references decoded,
   * their padding left out), sorted and disjoint, 0-based and end-exclusive; the rest pads markup.
   */
  readonly prose: readonly TextSpan[];
}

/** A document ready for extraction; a Markdown or HTML one also carries its layout. */
export type ArticleDocument =
  | (DocumentBase & { readonly format: 'text' })
  | (DocumentBase & { readonly format: 'html'; readonly layout: HtmlLayout })
  | (DocumentBase & { readonly format: 'markdown'; readonly layout: MarkdownLayout });

/** A Markdown document ready for extraction. */
export type MarkdownDocument = Extract<ArticleDocument, { format: 'markdown' }>;

// ── extract ─────────────────────────────────────────────────────────────────

/**
 * How much a figure says: a point, a range, or a bound. Values are in base units
 * (dollars, watts, GPUs, users, percentage points).
 */
export type Amount =
  | { readonly kind: 'exact'; readonly value: Decimal }
  /** "about", "approximately", "around", "roughly", "~". */
  | { readonly kind: 'approximate'; readonly value: Decimal }
  /** "nearly", "almost", "close to": a little under the value. */
  | { readonly kind: 'just-below'; readonly value: Decimal }
  /** "over", "more than", "above" (exclusive); "at least", "+" (inclusive). */
  | { readonly kind: 'lower-bound'; readonly value: Decimal; readonly inclusive: boolean }
  /** "up to", "as much as" (inclusive); "under", "less than" (exclusive). */
  | { readonly kind: 'upper-bound'; readonly value: Decimal; readonly inclusive: boolean }
  | { readonly kind: 'range'; readonly low: Decimal; readonly high: Decimal };

/**
 * ISO 4217 codes of the currencies the extractor may read: the ECB-quoted ones can be converted;
 * the others (and former currencies such as DEM or FRF) are read so they are never taken for
 * dollars or euros, and findings about them say no official rate is bundled.
 */
export const CURRENCY_CODES = [
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'INR', 'CHF', 'CAD', 'AUD', 'HKD',
  'NZD', 'SGD', 'KRW', 'TWD', 'BRL', 'MXN', 'ZAR', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'RON', 'BGN',
  'ISK', 'TRY', 'RUB', 'ILS', 'MYR', 'THB', 'IDR', 'PHP', 'VND', 'PKR', 'NGN', 'EGP', 'SAR', 'AED', 'QAR',
  'KWD', 'ARS', 'CLP', 'COP', 'PEN', 'UAH', 'KES', 'CRC', 'GEL', 'LAK', 'LKR',
  'DEM', 'FRF', 'ITL', 'ESP', 'NLG', 'BEF', 'ATS', 'PTE', 'IEP', 'FIM', 'GRD',
  'XBT',
] as const;
export type CurrencyCode = (typeof CURRENCY_CODES)[number];

/** Base units of quantities: GPUs counted one by one, power in watts, users one by one. */
export type QuantityUnit = 'GPU' | 'W' | 'user';

interface FigureSpan {
  /** The figure exactly as written, qualifier included ("nearly $87 billion"). */
  readonly text: string;
  /** 0-based UTF-16 offset of the first character in the document's text. */
  readonly start: number;
  /** 0-based UTF-16 offset just past the last character (exclusive). */
  readonly end: number;
  readonly amount: Amount;
  /**
   * The place value of the last digit written, in base units: "$39.2 billion" → 0.1 billion,
   * "$72 billion" → 1 billion. A figure agrees with any value that rounds to it at this precision.
   */
  readonly precision: Decimal;
}

/** A money figure or related quantity found in a document. */
export type Figure =
  | (FigureSpan & { readonly kind: 'money'; readonly currency: CurrencyCode })
  | (FigureSpan & { readonly kind: 'quantity'; readonly unit: QuantityUnit })
  | (FigureSpan & { readonly kind: 'percent' });

// ── attribute ───────────────────────────────────────────────────────────────

/** The period a figure is about. Fiscal years are named by the calendar year they end in. */
export type Period =
  /** `written` when the words say "calendar" outright: never read as a fiscal year. */
  | { readonly kind: 'calendar-year'; readonly year: number; readonly written?: 'calendar' }
  | { readonly kind: 'fiscal-year'; readonly year: number }
  /**
   * A quarter as written ("its fiscal second quarter"), pinned to its dates in the company's calendar
   * when the words and the article's date allow (`quarter`), else null: a quarter is never compared with a year.
   */
  | {
      readonly kind: 'quarter';
      readonly label: string;
      readonly quarter: DatedQuarter | null;
      /**
       * Only with `quarter` null: a numbered quarter whose words say neither fiscal nor calendar, of a
       * company whose fiscal year is not the calendar year ("Microsoft's Q1"), read both ways: the
       * fiscal and the calendar quarter of that number, the latest of each over by the article's date.
       */
      readonly readings?: readonly [DatedQuarter, DatedQuarter];
    };

/**
 * A quarter pinned down: "Q2 FY2026" (fiscal, year named by the fiscal year it ends in) or "Q1 2026"
 * (calendar), with its dates (inclusive). A company whose fiscal year is the calendar year has calendar quarters.
 */
export interface DatedQuarter {
  readonly year: number;
  readonly number: 1 | 2 | 3 | 4;
  readonly fiscal: boolean;
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/** A whole year, calendar or fiscal. */
export type YearPeriod = Exclude<Period, { readonly kind: 'quarter' }>;

/**
 * What a claim measures: a metric with official records, or a figure derived from them
 * ("40% of its 2025 revenue" is a share of revenue, checked by computing it).
 */
export type ClaimMetric = Metric | 'revenue-share' | 'growth';

/** Why the period is what it is: said in so many words, a relative phrase, or assumed. */
export type PeriodSource = 'stated' | 'relative' | 'default';

/** Words of the article that establish part of a claim: 0-based UTF-16 offsets into the source, end exclusive. */
export interface Cue {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * How the company was tied to a figure: the subject of its clause or sentence, the possessor
 * ("Meta's $65 billion"), a word standing for a company named before ("the company", "it"),
 * or the only company the paragraph or article is about.
 */
export type OwnerRole = 'subject' | 'possessor' | 'anaphor' | 'topic';

/** The words that established a checked claim's company, metric and period. */
export interface ClaimCues {
  readonly company: Cue & { readonly role: OwnerRole };
  /** The word naming the metric; for a quantity, its unit (part of the figure). */
  readonly metric: Cue;
  /** The period phrase; null when the period was assumed, or the metric has none. */
  readonly period: Cue | null;
}

/** Whether the words present the figure as a plan or forecast, as a reported result, or neither. */
export type ClaimBasis = 'forecast' | 'reported' | 'unstated';

/**
 * A figure whose company, metric and period are each established by words in the text: the
 * only figures capcheck checks. Every other figure is an `UncheckedFigure`.
 */
export interface Claim {
  readonly figure: Figure;
  readonly entity: EntityId;
  readonly metric: ClaimMetric;
  /** Null for metrics that have no period (pledges, a site's size) and counts with none written. */
  readonly period: Period | null;
  readonly periodSource: PeriodSource;
  /**
   * How the words before it present the figure as an earlier one: as an earlier forecast
   * ("previously guided", "after guiding to"), as an earlier value ("up from", "compared with"), or not.
   */
  readonly earlier: 'forecast' | 'value' | null;
  readonly basis: ClaimBasis;
  readonly cues: ClaimCues;
  /** For a figure about one named site or project ("the Abilene campus"): the words naming it. Checked only against that project's records. */
  readonly project?: Cue;
  /**
   * Part of the reading is a guess, so a slip is a warning: the metric comes from the words around a
   * table whose header names only money (`table-metric`), or the year from another clause of the
   * sentence, after the figure or beside another figure (`distant-period`).
   */
  readonly tentative?: 'table-metric' | 'distant-period';
}

/**
 * A money measure capcheck has no records for. A figure about one is reported as not checked:
 * never compared with capex, revenue or a pledge.
 */
export type OtherMeasure =
  | 'share-price' | 'market-value' | 'net-worth' | 'profit' | 'earnings-per-share' | 'margin' | 'backlog' | 'run-rate'
  | 'deal' | 'financing' | 'unit-cost' | 'stake' | 'estimate' | 'cash-flow' | 'depreciation' | 'operating-expenses'
  | 'tax' | 'shareholder-returns' | 'change' | 'other-count' | 'audience' | 'share-move' | 'cost' | 'contracted-capacity';

/** What a figure covers when it is not the whole company: one site, a region, a business segment. */
export type Scope = 'site' | 'region' | 'segment' | 'venture';

/** Why a figure is not checked: what the text left unestablished, or established as something untracked. */
export type NotCheckedReason =
  /** No company is named as its owner. */
  | { readonly kind: 'no-company' }
  /** Several tracked companies could own it, and the text does not say which. */
  | { readonly kind: 'ambiguous-company'; readonly cue: Cue }
  /** Its owner is a company, person or institution capcheck has no records for. */
  | { readonly kind: 'untracked-company'; readonly cue: Cue }
  /** A total over several companies (checked in a later version). */
  | { readonly kind: 'several-companies'; readonly cue: Cue }
  | { readonly kind: 'other-measure'; readonly measure: OtherMeasure; readonly cue: Cue }
  /** Nothing in its sentence says what it measures. */
  | { readonly kind: 'no-metric' }
  | { readonly kind: 'scope'; readonly scope: Scope; readonly cue: Cue }
  /** A quarter's figure that cannot be pinned to one quarter, or of a measure with no quarterly records. */
  | { readonly kind: 'quarter'; readonly cue: Cue; readonly why: 'unresolved' | 'no-quarterly-records' }
  /** A reported figure with no year written: it could be any year's. */
  | { readonly kind: 'no-period' }
  /** A rate of change not tied to a figure capcheck checks. */
  | { readonly kind: 'untied-growth' }
  /** A percentage of a table that does not say what it measures (`cue`: the row's name): its row does not fit the columns, or the header names no metric. */
  | { readonly kind: 'table-cell'; readonly cue: Cue; readonly why: 'cells-misfit' | 'no-metric-header' };

/** A figure capcheck reports but does not check, with the reason. */
export interface UncheckedFigure {
  readonly figure: Figure;
  /** The tracked company the figure seemed to be about, if any. */
  readonly entity: EntityId | null;
  readonly reason: NotCheckedReason;
}

/** A claim restated in another currency in brackets right after it: "$72 billion (€69 billion)". */
export interface ClaimRestatement {
  readonly original: Claim;
  /** Carries the original's company, metric and period; judged only as a conversion of it. */
  readonly restated: Claim;
}

/** A comparison of a claimed amount with countries' GDP: "exceeds the GDP of over 50 countries, including Croatia". */
export interface GdpComparison {
  /**
   * The money figure compared (the one in the sentence, else the last one before it), and its claim
   * when it is one: a comparison with GDP rests on the figure's value alone, whoever's it is.
   */
  readonly subject: { readonly figure: Figure; readonly claim: Claim | null };
  /** Whether the amount is said to be above, below or about the size of the GDP figures. */
  readonly direction: 'above' | 'below' | 'about';
  /** Countries named, each where it is written. */
  readonly countries: readonly { readonly iso3: string; readonly country: string; readonly span: FindingSpan }[];
  /** "over 50 countries": how many countries the amount is said to exceed, where it is written. */
  readonly count: { readonly amount: Amount; readonly span: FindingSpan } | null;
}

/** A change claimed between two periods: "up 65% from 2024", "more than double last year's". */
export interface GrowthClaim {
  /** The money claim whose growth is described (its company, metric and period are the later ones). */
  readonly subject: Claim;
  /** The words claiming the change ("65%", "more than double"). */
  readonly span: FindingSpan;
  /** The claimed ratio of the later value to the earlier one (65% up → 1.65; double → 2). */
  readonly factor: Amount;
  /** The place value of the factor's last written digit ("87%": 0.01); zero for words ("double"). */
  readonly precision: Decimal;
  /** The period compared with. */
  readonly basePeriod: Period;
}

/**
 * A figure stated for several companies together: "Big Tech will spend $650 billion in 2026",
 * "Meta, Alphabet and Amazon plan a combined $400 billion". Checked against the sum of the
 * companies' own figures for the period.
 */
export interface TotalClaim {
  readonly figure: Figure;
  /** The companies the total is over, in the order they were named (or the usual order, when assumed). */
  readonly companies: readonly EntityId[];
  /**
   * `named`: the text lists them (here, or a list of as many companies nearby). `assumed`: a
   * collective name ("Big Tech", "the hyperscalers") read as the usual set; findings on it are info.
   */
  readonly set: 'named' | 'assumed';
  /** Names in the list that capcheck has no records for: the sum cannot be checked. */
  readonly untracked: readonly Cue[];
  /** The years summed over, in order: one, or each year of a span ("for 2025-2026" is both years together). */
  readonly periods: readonly [YearPeriod, ...YearPeriod[]];
  readonly periodSource: PeriodSource;
  /** The words that made it a total, and that named the metric. */
  readonly cues: { readonly companies: Cue; readonly metric: Cue; readonly period: Cue | null };
}

/** A change claimed for a total: "That figure … represents a 36% increase over 2025 levels". */
export interface TotalGrowthClaim {
  /** The total whose growth is claimed (one year). */
  readonly subject: TotalClaim;
  /** The words claiming the change. */
  readonly span: FindingSpan;
  /** The claimed ratio of the later sum to the earlier one (36% up → 1.36). */
  readonly factor: Amount;
  /** The place value of the factor's last written digit ("36%": 0.01). */
  readonly precision: Decimal;
  readonly basePeriod: YearPeriod;
}

/** What the attribute stage learns about a document: its claims, and every company it names. */
export interface Attribution {
  /** Every checked figure except bracketed restatements, which are in `restatements`. */
  readonly claims: readonly Claim[];
  /** Every other figure, with why it is not checked. */
  readonly unchecked: readonly UncheckedFigure[];
  readonly restatements: readonly ClaimRestatement[];
  readonly gdpComparisons: readonly GdpComparison[];
  readonly growthClaims: readonly GrowthClaim[];
  readonly totals: readonly TotalClaim[];
  readonly totalGrowth: readonly TotalGrowthClaim[];
  /** Companies named anywhere in the document (a writer can only confuse companies they name). */
  readonly mentionedEntities: ReadonlySet<EntityId>;
}

// ── reconcile ───────────────────────────────────────────────────────────────

/** What a finding concludes about a figure. */
export type Verdict =
  | 'supported'
  | 'overstated'
  | 'understated'
  | 'outdated'
  | 'period-slip'
  | 'misattributed'
  | 'unverifiable'
  | 'currency-slip'
  | 'scale-slip'
  | 'inconsistent'
  /** The figure is reported but not checked: the message says why. */
  | 'not-checked'
  /** A disable directive, or a rule name in one, that silences nothing (not about a figure). */
  | 'unused'
  /** The article is dated well after capcheck's newest records for companies it checks (about the file, not a figure). */
  | 'stale-data';

export type Severity = 'error' | 'warning' | 'info';

/** The outcome of checking one claim; self-contained so any reporter can render it. */
export interface Finding {
  /** The rule that produced the finding (see src/reconcile/rules.ts); derived claims have rules of their own. */
  readonly ruleId: RuleId;
  readonly verdict: Verdict;
  readonly severity: Severity;
  /** Where the finding points: the figure itself, or the words of a comparison drawn from it. */
  readonly span: FindingSpan;
  /** The claim judged; null for findings about the document itself (an unused disable directive). */
  readonly claim: Claim | null;
  /** The official record the claim was judged against, or null when there is none. */
  readonly reference: ReferenceRecord | null;
  /** One line: what was written, what is right. */
  readonly message: string;
  /** Other places in the same document the finding rests on (the first statement a later one contradicts). */
  readonly related: readonly RelatedLocation[];
  /** An official rate or statistic the finding rests on when it is not a reference record (ECB rate, World Bank GDP). */
  readonly evidence?: Evidence;
  /** For a figure reported as not checked: why. */
  readonly reason?: NotCheckedFindingReason;
}

/** Why a figure is not checked: what its words left open, or a size no record of its metric comes near. */
export type NotCheckedFindingReason = NotCheckedReason | { readonly kind: 'implausible'; readonly record: ReferenceRecord };

/** Official evidence outside the reference dataset, shown beside a finding. */
export interface Evidence {
  /** The official value as people read it ("1.0472 USD per EUR", "$82.69 billion (2023)"). */
  readonly figure: string;
  readonly source: string;
  /** The day or year the value is for. */
  readonly date: string;
  readonly url: string;
}

/** The text a finding points at, exactly as written, with 0-based UTF-16 offsets (end exclusive). */
export interface FindingSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A span elsewhere in the document, with why it matters to the finding. */
export interface RelatedLocation {
  /** 0-based UTF-16 offset into the document's source. */
  readonly start: number;
  /** 0-based UTF-16 offset just past the span (exclusive). */
  readonly end: number;
  readonly message: string;
}

/** Everything capcheck concluded about one input. */
export interface FileReport {
  readonly document: ArticleDocument;
  readonly date: IsoDate;
  readonly dateSource: 'option' | 'document' | 'default';
  /** Sorted by position, then severity, then rule. */
  readonly findings: readonly Finding[];
}

// ── data ────────────────────────────────────────────────────────────────────

/**
 * Which data a run checked against, named in every report: the reference dataset's version and the
 * newest announcement it holds, the last day of ECB rates and the last year of World Bank GDP.
 * `source` says where each came from: `bundled`, or the path of a file the user supplied.
 */
export interface DataVersions {
  readonly reference: {
    readonly source: string;
    readonly version: string;
    /** The newest announcement date in the dataset (`YYYY-MM-DD`, or `YYYY-MM` when known only to the month). */
    readonly dataThrough: string;
  };
  readonly fx: {
    readonly source: string;
    /** Who publishes the rates ("ECB euro foreign exchange reference rates"). */
    readonly name: string;
    /** The last day with rates. */
    readonly through: IsoDate;
  };
  readonly gdp: {
    readonly source: string;
    readonly name: string;
    /** The last year with GDP figures. */
    readonly through: number;
  };
}
