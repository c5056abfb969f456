/**
 * The schema of the bundled reference dataset. Types are inferred from it, so the
 * schema and the code that reads records cannot drift apart.
 */
import { z } from 'zod';
import { ENTITY_IDS, METRICS } from './record-vocabulary.js';

export { ENTITY_IDS, METRICS } from './record-vocabulary.js';
export const entityIdSchema = z.enum(ENTITY_IDS);
export type EntityId = z.infer<typeof entityIdSchema>;

/** What a figure measures (see METRICS). */
export const metricSchema = z.enum(METRICS);
export type Metric = z.infer<typeof metricSchema>;

const isoDate = z.iso.date();
/** Announcement dates are sometimes known only to the month ("2025-09"). */
const isoDateOrMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'expected YYYY-MM-DD or YYYY-MM');

const baseUnits = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/** An official value in base units (dollars, watts, GPUs, users). */
export const referenceValueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('point'), value: baseUnits }).strict(),
  /** `derived`: worked out from what the company said, never stated by it; read with a wider tolerance. */
  z.object({ kind: z.literal('approximate'), value: baseUnits, derived: z.literal(true).optional() }).strict(),
  z.object({ kind: z.literal('lower-bound'), value: baseUnits }).strict(),
  z.object({ kind: z.literal('upper-bound'), value: baseUnits }).strict(),
  z
    .object({ kind: z.literal('range'), low: baseUnits, high: baseUnits })
    .strict()
    .refine((range) => range.low < range.high, 'range low must be below high'),
]);
export type ReferenceValue = z.infer<typeof referenceValueSchema>;

export const measureSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('money'), currency: z.literal('USD') }).strict(),
  z.object({ kind: z.literal('quantity'), unit: z.enum(['GPU', 'W', 'user']) }).strict(),
]);

/** A year (calendar or fiscal), a quarter, a span of years or other dates, or a moment ("as of"). */
export const PERIOD_GRANULARITIES = ['year', 'quarter', 'span', 'moment'] as const;

export const referencePeriodSchema = z
  .object({
    /** How the period is shown: "2025", "FY2025", "Q1 FY2026", "2025–2029", "as of 2024-12". */
    label: z.string().min(1),
    start: isoDate,
    end: isoDate,
    granularity: z.enum(PERIOD_GRANULARITIES),
  })
  .strict()
  .refine((period) => period.start <= period.end, 'period start must not be after its end');

export const sourceSchema = z
  .object({
    url: z.url({ protocol: /^https?$/ }),
    /** The page's title, or the official statement it reports (call, release, post). */
    title: z.string().min(1),
    /** Who published the page at `url`. */
    publisher: z.string().min(1),
    /** When the page or the statement it carries is dated. */
    date: isoDateOrMonth,
    /** A short quote from the page at `url` that states the figure. */
    quote: z.string().min(10),
    class: z.enum(['primary', 'reputable', 'weak']),
    quoteLacksFigure: z.string().optional(),
    note: z.string().optional(),
  })
  .strict();
export type ReferenceSource = z.infer<typeof sourceSchema>;

/** Where a record comes from: the bundled dataset, or a user's file (`--data`, or `data` in the configuration). */
export const recordOriginSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('bundled'), file: z.string() }).strict(),
  z.object({ kind: z.literal('user'), file: z.string() }).strict(),
]);
export type RecordOrigin = z.infer<typeof recordOriginSchema>;

export const referenceScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('company') }).strict(),
  z.object({ kind: z.literal('segment'), name: z.string() }).strict(),
  z.object({ kind: z.literal('project'), name: z.string() }).strict(),
]);
export type ReferenceScope = z.infer<typeof referenceScopeSchema>;

export const referenceRecordSchema = z
  .object({
    /** The fact sheet's record id, kept so every figure can be traced back. */
    id: z.string().regex(/^[A-Z0-9]+(-[A-Z0-9]+)+$/),
    entity: entityIdSchema,
    metric: metricSchema,
    /** Guidance is a forecast; an actual is a reported result; a statement is anything else said (a pledge, a target). */
    basis: z.enum(['guidance', 'actual', 'statement']),
    /** What the figure measures, in the fact sheet's words. */
    description: z.string().min(1),
    /** Null for figures without a period (a pledge over "the next four years" keeps its span here when known). */
    period: referencePeriodSchema.nullable(),
    value: referenceValueSchema,
    measure: measureSchema,
    announced: isoDateOrMonth,
    /** Id of the record that replaced this one, if any. */
    supersededBy: z.string().nullable(),
    /** The date the replacing record was announced (equals its `announced`). */
    supersededOn: isoDateOrMonth.nullable(),
    /** Id of the record this one replaced, if any. */
    supersedes: z.string().nullable(),
    /** The source findings cite: the first of `sources`. */
    source: sourceSchema,
    sources: z.array(sourceSchema).min(1),
    confidence: z.enum(['high', 'medium', 'low']),
    /** For capex: what the figure counts; null when unknown or not capex. */
    capexBasis: z.enum(['including-finance-leases', 'purchases-of-property-and-equipment', 'net-cash-capex']).nullable(),
    scope: referenceScopeSchema,
    origin: recordOriginSchema,
    /** A caveat an editor should see with the figure. */
    note: z.string().optional(),
  })
  .strict()
  .refine((record) => (record.supersededBy === null) === (record.supersededOn === null), {
    message: 'supersededBy and supersededOn go together',
  });
export type ReferenceRecord = z.infer<typeof referenceRecordSchema>;

export const referenceDatasetSchema = z
  .object({
    schemaVersion: z.literal(2),
    /** The dataset's version: the date of the newest announcement it holds ("2026-06-10"). */
    version: z.string().min(1),
    /** The newest announcement date in the dataset: nothing said after it is known. */
    dataThrough: isoDateOrMonth,
    records: z.array(referenceRecordSchema).min(1),
  })
  .strict();
export type ReferenceDataset = z.infer<typeof referenceDatasetSchema>;
