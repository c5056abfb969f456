/**
 * The companies capcheck knows: how articles name them, and when their fiscal years end.
 */
import type { EntityId } from './reference-schema.js';

export interface Company {
  readonly id: EntityId;
  /** How findings name the company. */
  readonly displayName: string;
  /**
   * Names, aliases and executives that tie a sentence to the company. Matched as whole
   * words, case-insensitively unless `caseSensitiveAliases` lists them.
   */
  readonly aliases: readonly string[];
  /** Aliases that are ordinary words in lower case ("amazon" rainforest, "oracle" of Delphi). */
  readonly caseSensitiveAliases: readonly string[];
  /** Month (1–12) in which the fiscal year ends; fiscal years are named by the year they end in. */
  readonly fiscalYearEndMonth: number;
}

export const COMPANIES: readonly Company[] = [
  {
    id: 'META',
    displayName: 'Meta',
    aliases: ['Meta Platforms', 'Meta AI', 'Meta', 'META', 'Facebook', 'Mark Zuckerberg', 'Zuckerberg', 'Susan Li'],
    // "meta" is also a word ("a meta-analysis"); the company is written with a capital.
    caseSensitiveAliases: ['Meta Platforms', 'Meta AI', 'Meta', 'META', 'Susan Li'],
    fiscalYearEndMonth: 12,
  },
  {
    id: 'MSFT',
    displayName: 'Microsoft',
    aliases: ['Microsoft', 'MSFT', 'Satya Nadella', 'Nadella', 'Brad Smith', 'Amy Hood'],
    caseSensitiveAliases: ['MSFT', 'Brad Smith', 'Amy Hood'],
    fiscalYearEndMonth: 6,
  },
  {
    id: 'GOOGL',
    displayName: 'Alphabet',
    aliases: ['Alphabet', 'GOOGL', 'GOOG', 'Google', 'Gemini', 'Sundar Pichai', 'Pichai', 'Anat Ashkenazi', 'Ashkenazi'],
    caseSensitiveAliases: ['Alphabet', 'GOOGL', 'GOOG', 'Gemini'],
    fiscalYearEndMonth: 12,
  },
  {
    id: 'AMZN',
    displayName: 'Amazon',
    aliases: ['Amazon Web Services', 'Amazon', 'AMZN', 'AWS', 'Andy Jassy', 'Jassy', 'Brian Olsavsky', 'Olsavsky'],
    caseSensitiveAliases: ['Amazon', 'AMZN', 'AWS'],
    fiscalYearEndMonth: 12,
  },
  {
    id: 'ORCL',
    displayName: 'Oracle',
    aliases: ['Oracle', 'ORCL', 'Larry Ellison', 'Ellison', 'Safra Catz', 'Catz', 'Doug Kehring', 'Kehring'],
    caseSensitiveAliases: ['Oracle', 'ORCL'],
    fiscalYearEndMonth: 5,
  },
  {
    id: 'STARGATE',
    displayName: 'Stargate',
    aliases: ['Stargate', 'OpenAI', 'SoftBank', 'Sam Altman', 'Masayoshi Son'],
    caseSensitiveAliases: ['Masayoshi Son'],
    fiscalYearEndMonth: 12,
  },
  {
    id: 'AAPL',
    displayName: 'Apple',
    aliases: ['Apple', 'AAPL', 'Tim Cook'],
    caseSensitiveAliases: ['Apple', 'AAPL', 'Tim Cook'],
    fiscalYearEndMonth: 9,
  },
  {
    id: 'XAI',
    displayName: 'xAI',
    aliases: ['xAI', 'Colossus'],
    caseSensitiveAliases: ['Colossus'],
    fiscalYearEndMonth: 12,
  },
];

const BY_ID = new Map(COMPANIES.map((company) => [company.id, company]));

/** The company with this id; every EntityId has one. */
export function companyById(id: EntityId): Company {
  const company = BY_ID.get(id);
  if (company === undefined) throw new Error(`no company for entity ${id}`);
  return company;
}

/**
 * Companies capcheck has no records for, named so that a figure about them ("Nvidia reported
 * $35 billion of revenue") is not attributed to a tracked company mentioned nearby.
 */
export const OTHER_COMPANIES: readonly string[] = [
  'Nvidia', 'NVIDIA', 'AMD', 'Intel', 'Tesla', 'IBM', 'Samsung', 'TSMC', 'CoreWeave', 'Anthropic', 'Broadcom', 'Dell',
  'Supermicro', 'Super Micro', 'Salesforce', 'Netflix', 'Tencent', 'Alibaba', 'Baidu', 'ByteDance', 'Huawei', 'Mistral',
  'DeepSeek', 'Arm', 'Qualcomm', 'Micron', 'Cisco', 'Adobe', 'Uber', 'X.AI Holdings', 'Nebius', 'Equinix', 'Digital Realty',
];
