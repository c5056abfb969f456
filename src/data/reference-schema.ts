/**
 * The schema of the bundled reference dataset. Types are inferred from it, so the
 * schema and the code that reads records cannot drift apart.
 */
import { z } from 'zod';

export const ENTITY_IDS = ['META', 'MSFT', 'GOOGL', 'AMZN', 'ORCL', 'STARGATE', 'AAPL', 'XAI'] as const;
export const entityIdSchema = z.enum(ENTITY_IDS);
export type EntityId = z.infer<typeof entityIdSchema>;

/**
 * What a figure measures. `power` is compute brought online in a period; `datacenter-power`
 * is the size of one site; `pledge` is a multi-year investment intention, never annual capex.
 */
export const METRICS = ['capex', 'revenue', 'gpus', 'power', 'datacenter-power', 'users', 'pledge'] as const;
export const metricSchema = z.enum(METRICS);
export type Metric = z.infer<typeof metricSchema>;

const isoDate = z.iso.date();
/** Announcement dates are sometimes known only to the month ("2025-09"). */
const isoDateOrMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'expected YYYY-MM-DD or YYYY-MM');

const baseUnits = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/** An official value in base units (dollars, watts, GPUs, users). */
export const referenceValueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('point'), value: baseUnits }).strict(),
  z.object({ kind: z.literal('approximate'), value: baseUnits }).strict(),
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

export const referencePeriodSchema = z
  .object({
    /** How the period is shown: "2025", "FY2025", "2025–2029", "as of 2024-12". */
    label: z.string().min(1),
    start: isoDate,
    end: isoDate,
  })
  .strict()
  .refine((period) => period.start <= period.end, 'period start must not be after its end');

export const sourceSchema = z
  .object({
    url: z.url({ protocol: /^https?$/ }),
    /** The official statement the figure comes from (call, release, post), as the fact sheet names it. */
    title: z.string().min(1),
    /** Who published the page at `url` (its host name when that is all the fact sheet records). */
    publisher: z.string().min(1),
    /** When the figure was announced. */
    date: isoDateOrMonth,
    /** A short quote from the page at `url` that states the figure. */
    quote: z.string().min(10),
  })
  .strict();

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
    source: sourceSchema,
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
    schemaVersion: z.literal(1),
    /** Where the records were taken from. */
    derivedFrom: z.string().min(1),
    records: z.array(referenceRecordSchema).min(1),
  })
  .strict();
export type ReferenceDataset = z.infer<typeof referenceDatasetSchema>;
