/**
 * The schema of the bundled GDP table (data/gdp/gdp.json): World Bank GDP in current US dollars,
 * whole dollars per economy and year, aggregates (World, Euro area, income groups) left out.
 */
import { z } from 'zod';
import { COUNTRY_NAMES } from './countries.js';

const year = z.number().int().min(1960).max(2999);

export const gdpSourceSchema = z
  .object({
    name: z.string().min(1),
    url: z.url({ protocol: /^https$/ }),
    /** The data package the CSV was taken from, its path and commit. */
    package: z.url({ protocol: /^https$/ }),
    path: z.string().min(1),
    commit: z.string().regex(/^[0-9a-f]{40}$/),
    license: z.string().min(1),
    /** sha256 of the CSV the table was derived from. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    firstYear: year,
    lastYear: year,
  })
  .strict()
  .refine((source) => source.firstYear <= source.lastYear, { message: 'firstYear must not be after lastYear', path: ['lastYear'] });
export type GdpSource = z.infer<typeof gdpSourceSchema>;

export const gdpEconomySchema = z
  .object({
    /** ISO 3166-1 alpha-3, or the World Bank's own code (XKX, Kosovo; CHI, Channel Islands). */
    iso3: z.string().regex(/^[A-Z]{3}$/),
    /** The World Bank's name ("Korea, Rep."). */
    name: z.string().min(1),
    /** A dependent territory (Puerto Rico, Hong Kong), not a sovereign country. */
    territory: z.boolean(),
    /** GDP in whole US dollars by year ("2023"). */
    gdp: z.record(z.string().regex(/^\d{4}$/, 'expected a year such as "2023"'), z.number().int().positive().max(Number.MAX_SAFE_INTEGER)),
  })
  .strict();
export type GdpEconomy = z.infer<typeof gdpEconomySchema>;

export const gdpTableFileSchema = z
  .object({
    schemaVersion: z.literal(1),
    source: gdpSourceSchema,
    economies: z.array(gdpEconomySchema).min(1),
  })
  .strict()
  .superRefine((file, context) => {
    const seen = new Set<string>();
    file.economies.forEach((economy, i) => {
      if (seen.has(economy.iso3)) context.addIssue({ code: 'custom', path: ['economies', i, 'iso3'], message: `duplicate code ${economy.iso3}` });
      seen.add(economy.iso3);
      // An unnamed code is most likely a new World Bank aggregate: name it or leave it out.
      if (!Object.hasOwn(COUNTRY_NAMES, economy.iso3)) {
        context.addIssue({ code: 'custom', path: ['economies', i, 'iso3'], message: `unknown economy ${economy.iso3}: not in src/data/countries.ts` });
      }
      for (const key of Object.keys(economy.gdp)) {
        const y = Number(key);
        if (y < file.source.firstYear || y > file.source.lastYear) {
          context.addIssue({ code: 'custom', path: ['economies', i, 'gdp', key], message: 'year outside source.firstYear..lastYear' });
        }
      }
    });
  });
export type GdpTableFile = z.infer<typeof gdpTableFileSchema>;
