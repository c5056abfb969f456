/**
 * World Bank economy codes that need a rule: aggregates are never countries, and some economies
 * are dependent territories. Read by the GDP import (and by scripts/derive-gdp.mjs, through dist/).
 */

/** Aggregate codes (regions, income and lending groups, demographic groups): never countries. */
export const WORLD_BANK_AGGREGATES: ReadonlySet<string> = new Set([
  'AFE', 'AFW', 'ARB', 'CEB', 'CSS', 'EAP', 'EAR', 'EAS', 'ECA', 'ECS', 'EMU', 'EUU', 'FCS', 'HIC', 'HPC',
  'IBD', 'IBT', 'IDA', 'IDB', 'IDX', 'INX', 'LAC', 'LCN', 'LDC', 'LIC', 'LMC', 'LMY', 'LTE', 'MEA', 'MIC',
  'MNA', 'NAC', 'OED', 'OSS', 'PRE', 'PSS', 'PST', 'SAS', 'SSA', 'SSF', 'SST', 'TEA', 'TEC', 'TLA', 'TMN',
  'TSA', 'TSS', 'UMC', 'WLD',
]);

/** Economies the World Bank lists that are dependent territories, not sovereign countries. */
export const WORLD_BANK_TERRITORIES: ReadonlySet<string> = new Set([
  'ABW', 'ASM', 'BMU', 'CHI', 'CUW', 'CYM', 'FRO', 'GIB', 'GRL', 'GUM', 'HKG', 'IMN', 'MAC', 'MAF', 'MNP',
  'NCL', 'PRI', 'PYF', 'SXM', 'TCA', 'VGB', 'VIR',
]);

/** The first year kept in the GDP tables (bundled and imported). */
export const GDP_FIRST_YEAR = 2000;
