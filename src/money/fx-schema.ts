/**
 * The schema of the bundled FX table (data/fx/ecb-rates.json): ECB reference rates as units of
 * each currency per 1 EUR, one column per currency over one ascending list of business days.
 */
import { z } from 'zod';
import { FX_QUOTED_CURRENCIES } from './quoted-currencies.js';

// The list lives apart from the schema so that converting money never loads zod.
export { FX_QUOTED_CURRENCIES, isQuotedCurrency, type QuotedCurrency } from './quoted-currencies.js';

const isoDate = z.iso.date();
/** A rate exactly as the ECB wrote it: plain digits, optional fraction, never zero. */
const rateString = z.string().regex(/^(?!0+(\.0+)?$)\d+(\.\d+)?$/, 'expected a positive decimal string such as "1.0472"');

export const fxSourceSchema = z
  .object({
    name: z.string().min(1),
    url: z.url({ protocol: /^https$/ }),
    /** sha256 of the ECB CSV the table was derived from. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    firstDate: isoDate,
    lastDate: isoDate,
  })
  .strict();
export type FxSource = z.infer<typeof fxSourceSchema>;

export const fxTableFileSchema = z
  .object({
    schemaVersion: z.literal(1),
    source: fxSourceSchema,
    /** Every quoted currency, once each. */
    currencies: z.array(z.enum(FX_QUOTED_CURRENCIES)),
    /** Business days, ascending and unique. */
    dates: z.array(isoDate).min(1),
    /** Per currency, one rate (or null: not quoted that day) per entry of `dates`. */
    rates: z.record(z.enum(FX_QUOTED_CURRENCIES), z.array(rateString.nullable())),
  })
  .strict()
  .superRefine((file, context) => {
    const listed = new Set(file.currencies);
    if (listed.size !== file.currencies.length || listed.size !== FX_QUOTED_CURRENCIES.length) {
      context.addIssue({ code: 'custom', path: ['currencies'], message: `expected each of ${FX_QUOTED_CURRENCIES.join(' ')} once` });
    }
    file.dates.forEach((date, i) => {
      const previous = file.dates[i - 1];
      if (previous !== undefined && previous >= date) {
        context.addIssue({ code: 'custom', path: ['dates', i], message: `dates must be strictly ascending (${previous} then ${date})` });
      }
    });
    if (file.source.firstDate !== file.dates[0]) {
      context.addIssue({ code: 'custom', path: ['source', 'firstDate'], message: 'must equal the first of dates' });
    }
    if (file.source.lastDate !== file.dates.at(-1)) {
      context.addIssue({ code: 'custom', path: ['source', 'lastDate'], message: 'must equal the last of dates' });
    }
    for (const code of FX_QUOTED_CURRENCIES) {
      const column = file.rates[code];
      if (column.length !== file.dates.length) {
        context.addIssue({
          code: 'custom',
          path: ['rates', code],
          message: `expected one rate per date (${file.dates.length}), found ${column.length}`,
        });
      }
    }
  });
export type FxTableFile = z.infer<typeof fxTableFileSchema>;
