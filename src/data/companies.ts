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
  /** Names of a part of the company (a cloud unit, an app): a figure about one is not company-wide. Matched as written. */
  readonly segments: readonly string[];
  /** The company as Japanese, Chinese and Korean articles write it (matched without word boundaries). */
  readonly cjkNames: readonly string[];
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
    segments: ['Reality Labs', 'Family of Apps', 'Instagram', 'WhatsApp', 'Threads'],
    cjkNames: ['メタ', 'フェイスブック', '脸书', '메타', '페이스북'],
    fiscalYearEndMonth: 12,
  },
  {
    id: 'MSFT',
    displayName: 'Microsoft',
    aliases: ['Microsoft', 'MSFT', 'Satya Nadella', 'Nadella', 'Brad Smith', 'Amy Hood', 'Copilot'],
    caseSensitiveAliases: ['MSFT', 'Brad Smith', 'Amy Hood', 'Copilot'],
    segments: ['Azure', 'Microsoft Cloud', 'Intelligent Cloud', 'LinkedIn', 'GitHub', 'Xbox', 'Microsoft 365'],
    cjkNames: ['マイクロソフト', '微软', '微軟', '마이크로소프트'],
    fiscalYearEndMonth: 6,
  },
  {
    id: 'GOOGL',
    displayName: 'Alphabet',
    aliases: ['Alphabet', 'GOOGL', 'GOOG', 'Google', 'Gemini', 'Sundar Pichai', 'Pichai', 'Anat Ashkenazi', 'Ashkenazi'],
    caseSensitiveAliases: ['Alphabet', 'GOOGL', 'GOOG', 'Gemini'],
    segments: ['Google Cloud', 'YouTube', 'Waymo', 'Google Services', 'Other Bets'],
    cjkNames: ['アルファベット', 'グーグル', '谷歌', '구글', '알파벳'],
    fiscalYearEndMonth: 12,
  },
  {
    id: 'AMZN',
    displayName: 'Amazon',
    aliases: ['Amazon', 'AMZN', 'Andy Jassy', 'Jassy', 'Brian Olsavsky', 'Olsavsky'],
    caseSensitiveAliases: ['Amazon', 'AMZN'],
    segments: ['AWS', 'Amazon Web Services', 'Prime Video', 'Whole Foods'],
    cjkNames: ['アマゾン', '亚马逊', '亞馬遜', '아마존'],
    fiscalYearEndMonth: 12,
  },
  {
    id: 'ORCL',
    displayName: 'Oracle',
    aliases: ['Oracle', 'ORCL', 'Larry Ellison', 'Ellison', 'Safra Catz', 'Catz', 'Doug Kehring', 'Kehring'],
    caseSensitiveAliases: ['Oracle', 'ORCL'],
    segments: ['OCI', 'Oracle Cloud Infrastructure', 'Oracle Cloud', 'Oracle Health', 'Cerner'],
    cjkNames: ['オラクル', '甲骨文', '오라클'],
    fiscalYearEndMonth: 5,
  },
  {
    id: 'STARGATE',
    displayName: 'Stargate',
    aliases: ['Project Stargate', 'Stargate'],
    caseSensitiveAliases: ['Project Stargate', 'Stargate'],
    segments: [],
    cjkNames: ['スターゲート', '星际之门', '星門', '스타게이트'],
    fiscalYearEndMonth: 12,
  },
  {
    id: 'AAPL',
    displayName: 'Apple',
    aliases: ['Apple', 'AAPL', 'Tim Cook'],
    caseSensitiveAliases: ['Apple', 'AAPL', 'Tim Cook'],
    segments: [],
    cjkNames: ['アップル', '苹果', '蘋果', '애플'],
    fiscalYearEndMonth: 9,
  },
  {
    id: 'XAI',
    displayName: 'xAI',
    aliases: ['xAI', 'Colossus'],
    caseSensitiveAliases: ['Colossus'],
    segments: [],
    cjkNames: [],
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
 * Companies, people and institutions capcheck has no records for, named so that a figure about
 * them ("Nvidia reported $35 billion of revenue", "OpenAI's $1.4 trillion of commitments",
 * "Morgan Stanley expects $17 billion") is not attributed to a tracked company mentioned nearby.
 * Stargate's partners are here too: their own figures are not the venture's.
 */
export const OTHER_COMPANIES: readonly string[] = [
  'Nvidia', 'NVIDIA', 'AMD', 'Intel', 'Tesla', 'IBM', 'Samsung', 'TSMC', 'CoreWeave', 'Anthropic', 'Broadcom', 'Dell',
  'Supermicro', 'Super Micro', 'Salesforce', 'Netflix', 'Tencent', 'Alibaba', 'Baidu', 'ByteDance', 'Huawei', 'Mistral',
  'DeepSeek', 'Arm', 'Qualcomm', 'Micron', 'Cisco', 'Adobe', 'Uber', 'X.AI Holdings', 'Nebius', 'Equinix', 'Digital Realty',
  'OpenAI', 'ChatGPT', 'SoftBank', 'Sam Altman', 'Altman', 'Masayoshi Son', 'MGX', 'Crusoe', 'Blue Owl', 'PIMCO', 'Entergy',
  'Elon Musk', 'Musk', 'Jensen Huang', 'Lisa Su', 'Rivian', 'SK Hynix', 'Aligned', 'BlackRock', 'Brookfield', 'Blackstone', 'KKR',
  'Donald Trump', 'Trump', 'White House', 'Morgan Stanley', 'Goldman Sachs', 'JPMorgan', 'J.P. Morgan', 'Bank of America', 'BofA',
  'Citi', 'Citigroup', 'UBS', 'Barclays', 'Jefferies', 'Bernstein', 'Evercore', 'Wedbush', 'Dan Ives', 'CreditSights', 'Gartner', 'IDC',
  'McKinsey', 'Deutsche Bank', 'Wells Fargo', 'Mizuho', 'Morningstar', 'Moody’s', "Moody's", 'Fitch', 'FactSet', 'Bloomberg',
];

/** The same in Japanese, Chinese and Korean. */
export const OTHER_CJK_NAMES: readonly string[] = ['エヌビディア', 'ソフトバンク', 'オープンAI', '英伟达', '英偉達', '软银', '軟銀', '엔비디아', '소프트뱅크', '오픈AI'];
