/**
 * Countries' GDP as it was known on an article's date, for comparisons such as "exceeds the GDP
 * of Croatia" or "more than the GDP of over 50 countries". World Bank GDP in current US dollars;
 * aggregates (World, Euro area, income groups) are not in the table.
 */
import type { IsoDate } from '../types.js';
import type { Decimal } from '../money/decimal.js';
import { compareDecimals } from '../money/decimal.js';
import { resolveCountry } from './countries.js';
import type { GdpSource } from './gdp-schema.js';

export { findCountryMentions, resolveCountry } from './countries.js';
export type { CountryMention } from './countries.js';

/** The loaded GDP table. */
export interface GdpTable {
  readonly source: GdpSource;
  /** Sorted by code. */
  readonly economies: readonly GdpSeries[];
  readonly byIso3: ReadonlyMap<string, GdpSeries>;
}

/** One economy's GDP by year. */
export interface GdpSeries {
  readonly iso3: string;
  /** The common English name ("South Korea"). */
  readonly country: string;
  /** The World Bank's name ("Korea, Rep."). */
  readonly worldBankName: string;
  /** A dependent territory (Puerto Rico, Hong Kong), not a sovereign country. */
  readonly territory: boolean;
  /** Ascending; a country's series may stop early (Venezuela's ends in 2014). */
  readonly years: readonly number[];
  /** Whole US dollars, one per entry of `years`. */
  readonly valuesUsd: readonly Decimal[];
}

/** A country's GDP for the latest year published by a date. */
export interface GdpFigure {
  readonly iso3: string;
  readonly country: string;
  readonly worldBankName: string;
  readonly territory: boolean;
  readonly year: number;
  readonly valueUsd: Decimal;
  /** The newest year published by the date under the rule; above `year` when the data lacks it. */
  readonly latestPublishedYear: number;
  readonly source: GdpSource;
}

/** Which economies count as countries; by default dependent territories do not. */
export interface CountryOptions {
  readonly includeTerritories?: boolean;
}

/**
 * The World Bank publishes year Y's GDP around July of Y + 1, so year Y counts as available
 * from Y+1-07-01: the one place this rule lives.
 */
export function latestPublishedGdpYear(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  return date.slice(5) >= '07-01' ? year - 1 : year - 2;
}

/** A country's GDP for the latest year available on `articleDate`; null for an unknown name or no data by then. */
export function latestGdp(table: GdpTable, countryNameOrAlias: string, articleDate: IsoDate): GdpFigure | null {
  const iso3 = resolveCountry(countryNameOrAlias);
  const series = iso3 === null ? undefined : table.byIso3.get(iso3);
  return series === undefined ? null : figureOn(table, series, latestPublishedGdpYear(articleDate));
}

/** Every country's latest GDP available on `articleDate`, sorted by code. */
export function latestGdpOfCountries(table: GdpTable, articleDate: IsoDate, options: CountryOptions = {}): GdpFigure[] {
  const published = latestPublishedGdpYear(articleDate);
  return table.economies
    .filter((series) => options.includeTerritories === true || !series.territory)
    .map((series) => figureOn(table, series, published))
    .filter((figure): figure is GdpFigure => figure !== null);
}

/** The countries whose latest GDP available on `articleDate` is below `valueUsd`, largest first. */
export function countriesBelow(table: GdpTable, valueUsd: Decimal, articleDate: IsoDate, options: CountryOptions = {}): GdpFigure[] {
  return latestGdpOfCountries(table, articleDate, options)
    .filter((figure) => compareDecimals(figure.valueUsd, valueUsd) < 0)
    .sort((a, b) => compareDecimals(b.valueUsd, a.valueUsd) || (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));
}

function figureOn(table: GdpTable, series: GdpSeries, published: number): GdpFigure | null {
  for (let i = series.years.length - 1; i >= 0; i -= 1) {
    const year = series.years[i];
    const valueUsd = series.valuesUsd[i];
    if (year === undefined || valueUsd === undefined || year > published) continue;
    const { iso3, country, worldBankName, territory } = series;
    return { iso3, country, worldBankName, territory, year, valueUsd, latestPublishedYear: published, source: table.source };
  }
  return null;
}
