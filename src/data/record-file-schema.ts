/**
 * The schema of the reference record files people edit: `data/records/<company>.json` in the
 * repository, and the files users pass with `--data`. Values are written as people read them
 * ("range": [60, 65] in "USD billion"); the compiler (compile-records.ts) turns them into base units.
 */
import { z } from 'zod';
import { SOURCE_CLASSES } from './record-vocabulary.js';
import { entityIdSchema, metricSchema } from './reference-schema.js';

export { SOURCE_CLASSES } from './record-vocabulary.js';

const isoDate = z.iso.date();
/** Announcements are dated to the day; a month alone ("2025-11") is accepted where no source gives the day. */
const isoDateOrMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'expected YYYY-MM-DD (or YYYY-MM when no source gives the day)');

/** How sure the figure is: primary and verbatim (high), a reputable or verbatim secondary page (medium), else low. */
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export const confidenceSchema = z.enum(CONFIDENCES);
export type Confidence = z.infer<typeof confidenceSchema>;

/** Who stands behind a source (see SOURCE_CLASSES). */
export const sourceClassSchema = z.enum(SOURCE_CLASSES);
export type SourceClass = z.infer<typeof sourceClassSchema>;

/**
 * What a capex figure counts: Meta and Microsoft include finance leases; Alphabet, Oracle and
 * Amazon's reported figure are purchases of property and equipment; Amazon's guidance is net cash
 * capex (purchases net of proceeds and incentives).
 */
export const CAPEX_BASES = ['including-finance-leases', 'purchases-of-property-and-equipment', 'net-cash-capex'] as const;
export const capexBasisSchema = z.enum(CAPEX_BASES);
export type CapexBasis = z.infer<typeof capexBasisSchema>;

/** Units a record's value is written in. Money is in US dollars: the checker converts claims, not records. */
export const RECORD_UNITS = ['USD', 'USD million', 'USD billion', 'USD trillion', 'GPU', 'GPU thousand', 'GPU million', 'MW', 'GW', 'users million', 'users billion'] as const;
export const recordUnitSchema = z.enum(RECORD_UNITS);
export type RecordUnit = z.infer<typeof recordUnitSchema>;

const amount = z.number().nonnegative().finite();

/** A value as written: one of point, about, range, atLeast, atMost. */
export const writtenValueSchema = z.union([
  z.object({ point: amount }).strict(),
  /** `derived`: a value the company never stated, worked out from what it did say (a quarter's run rate × 4). */
  z.object({ about: amount, derived: z.literal(true).optional() }).strict(),
  z.object({ range: z.tuple([amount, amount]).refine(([low, high]) => low < high, 'range low must be below high') }).strict(),
  z.object({ atLeast: amount }).strict(),
  z.object({ atMost: amount }).strict(),
]);
export type WrittenValue = z.infer<typeof writtenValueSchema>;

/**
 * The period a record is about, as written: "2025" (calendar year), "FY2026" (the company's fiscal
 * year, named by the year it ends in), "Q1 FY2026" (a fiscal quarter), "Q1 2026" (a calendar quarter),
 * "2025–2029" (calendar years), "as of 2025-10-29" (a moment); or any span with its own dates.
 */
export const writtenPeriodSchema = z.union([
  z.string().regex(/^(?:\d{4}|FY\d{4}|Q[1-4] (?:FY)?\d{4}|\d{4}[–-]\d{4}|as of \d{4}-\d{2}(?:-\d{2})?)$/u, 'expected "2025", "FY2026", "Q1 FY2026", "Q1 2026", "2025–2029" or "as of 2025-10-29"'),
  z
    .object({ label: z.string().min(1), start: isoDate, end: isoDate })
    .strict()
    .refine((period) => period.start <= period.end, 'period start must not be after its end'),
]);
export type WrittenPeriod = z.infer<typeof writtenPeriodSchema>;

/** What a record is about: the whole company, one of its segments, or one project (a campus, a venture's site). */
export const recordScopeSchema = z.union([
  z.literal('company'),
  z.object({ segment: z.string().min(1) }).strict(),
  z.object({ project: z.string().min(1) }).strict(),
]);
export type RecordScope = z.infer<typeof recordScopeSchema>;

export const recordSourceSchema = z
  .object({
    url: z.url({ protocol: /^https?$/ }),
    /** The page's title, or the official statement it reports (call, release, post) when the page shows no title. */
    title: z.string().min(1),
    /** Who published the page at `url`. */
    publisher: z.string().min(1),
    /** When the page or the statement it carries is dated. */
    date: isoDateOrMonth,
    /** A short exact quote from the page that states the figure. */
    quote: z.string().min(10).max(400),
    class: sourceClassSchema,
    /** Why the quote does not contain the record's figure (a derived value, a figure in a table): required when it does not. */
    quoteLacksFigure: z.string().min(10).optional(),
    note: z.string().optional(),
  })
  .strict();
export type RecordSource = z.infer<typeof recordSourceSchema>;

export const writtenRecordSchema = z
  .object({
    /** Stable id: COMPANY-METRIC-PERIOD-STEP, upper case ("META-CAPEX-2025-G3"). */
    id: z.string().regex(/^[A-Z0-9]+(-[A-Z0-9]+)+$/, 'expected an upper-case id such as META-CAPEX-2025-G1'),
    metric: metricSchema,
    /** Guidance is a forecast; an actual a reported result; a statement anything else said (a pledge, a target). */
    type: z.enum(['guidance', 'actual', 'statement']),
    /** For capex: what the figure counts. */
    basis: capexBasisSchema.optional(),
    scope: recordScopeSchema.default('company'),
    description: z.string().min(1),
    period: writtenPeriodSchema.nullable(),
    value: writtenValueSchema,
    unit: recordUnitSchema,
    announced: isoDateOrMonth,
    /** The record this one replaced: the previous step of the same guidance, or the last guidance an actual closes. */
    supersedes: z.string().nullable().default(null),
    /** Best first: the first source is the one findings cite. */
    sources: z.array(recordSourceSchema).min(1),
    confidence: confidenceSchema,
    /** A caveat an editor should see with the figure; where sources disagree, which one is used and why. */
    note: z.string().optional(),
  })
  .strict()
  .refine((record) => record.basis === undefined || record.metric === 'capex', { message: 'basis is for capex records only', path: ['basis'] });
export type WrittenRecord = z.infer<typeof writtenRecordSchema>;

export const recordFileSchema = z
  .object({
    $schema: z.string().optional(),
    company: entityIdSchema,
    records: z.array(writtenRecordSchema),
  })
  .strict();
export type RecordFile = z.infer<typeof recordFileSchema>;
