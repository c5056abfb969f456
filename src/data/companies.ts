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
  /**
   * Joint ventures the company is a partner of: a figure of the company that repeats the venture's
   * own figure is the venture's, told by a partner, never a misattribution.
   */
  readonly partnerOf?: readonly EntityId[];
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
  {
    id: 'CRWV',
    displayName: 'CoreWeave',
    aliases: ['CoreWeave', 'CRWV', 'Nitin Agrawal'],
    caseSensitiveAliases: ['CRWV', 'Nitin Agrawal'],
    segments: [],
    cjkNames: ['コアウィーブ', '코어위브'],
    fiscalYearEndMonth: 12,
  },
  {
    id: 'TSLA',
    displayName: 'Tesla',
    // Not Elon Musk: he speaks for xAI and SpaceX as often as for Tesla, so his figures stay untracked.
    aliases: ['Tesla', 'TSLA'],
    // "a 3 tesla magnet": the unit is written in lower case.
    caseSensitiveAliases: ['Tesla', 'TSLA'],
    segments: ['Tesla Energy', 'Dojo', 'TeraFab'],
    cjkNames: ['テスラ', '特斯拉', '테슬라'],
    fiscalYearEndMonth: 12,
  },
  {
    id: 'OPENAI',
    displayName: 'OpenAI',
    // Not "ChatGPT": articles name it in passing ("since ChatGPT's launch, $230 billion was invested"), which
    // would make OpenAI the topic of figures that are not its own; ChatGPT's users are checked when OpenAI or Altman says them.
    aliases: ['OpenAI', 'Sam Altman', 'Altman'],
    caseSensitiveAliases: ['Sam Altman', 'Altman'],
    segments: [],
    cjkNames: ['オープンAI', '오픈AI'],
    fiscalYearEndMonth: 12,
    partnerOf: ['STARGATE'],
  },
  {
    id: 'ANTHROPIC',
    displayName: 'Anthropic',
    // Not "Claude": it is a first name too, and Anthropic has no user records.
    aliases: ['Anthropic'],
    caseSensitiveAliases: [],
    segments: [],
    cjkNames: ['アンソロピック', '앤트로픽'],
    fiscalYearEndMonth: 12,
  },
  {
    id: 'NVDA',
    displayName: 'Nvidia',
    aliases: ['Nvidia', 'NVIDIA', 'NVDA', 'Jensen Huang'],
    caseSensitiveAliases: ['NVDA', 'Jensen Huang'],
    segments: [],
    cjkNames: ['エヌビディア', '英伟达', '英偉達', '엔비디아'],
    // Nvidia's fiscal year ends in late January: FY2026 ran to 2026-01-25.
    fiscalYearEndMonth: 1,
  },
  {
    id: 'SOFTBANK',
    displayName: 'SoftBank',
    aliases: ['SoftBank Group', 'SoftBank', 'Masayoshi Son'],
    caseSensitiveAliases: ['Masayoshi Son'],
    segments: ['Vision Fund', 'SoftBank Corp'],
    cjkNames: ['ソフトバンクグループ', 'ソフトバンク', '软银', '軟銀', '소프트뱅크'],
    // SoftBank Group's fiscal year ends on 31 March.
    fiscalYearEndMonth: 3,
    partnerOf: ['STARGATE'],
  },
];

const BY_ID = new Map(COMPANIES.map((company) => [company.id, company]));

const VENTURES: ReadonlySet<EntityId> = new Set(COMPANIES.flatMap((company) => company.partnerOf ?? []));

/** A joint venture (others are its partners): one programme, whose company-wide figures are the whole programme's. */
export function isVenture(id: EntityId): boolean {
  return VENTURES.has(id);
}

/** The company with this id; every EntityId has one. */
export function companyById(id: EntityId): Company {
  const company = BY_ID.get(id);
  if (company === undefined) throw new Error(`no company for entity ${id}`);
  return company;
}

/**
 * Companies, people and institutions capcheck has no records for, named so that a figure about
 * them ("AMD reported $7 billion of revenue", "Huawei's $10 billion of investment",
 * "Morgan Stanley expects $17 billion") is not attributed to a tracked company mentioned nearby.
 * Stargate's partners are here too: their own figures are not the venture's.
 */
export const OTHER_COMPANIES: readonly string[] = [
  'AMD', 'Intel', 'IBM', 'Samsung', 'TSMC', 'Broadcom', 'Dell',
  'Supermicro', 'Super Micro', 'Salesforce', 'Netflix', 'Tencent', 'Alibaba', 'Baidu', 'ByteDance', 'Huawei', 'Mistral',
  'DeepSeek', 'Arm', 'Qualcomm', 'Micron', 'Cisco', 'Adobe', 'Uber', 'X.AI Holdings', 'Nebius', 'Equinix', 'Digital Realty',
  'ChatGPT', 'MGX', 'Crusoe', 'Blue Owl', 'PIMCO', 'Entergy',
  'Elon Musk', 'Musk', 'Lisa Su', 'Rivian', 'SK Hynix', 'Aligned', 'BlackRock', 'Brookfield', 'Blackstone', 'KKR',
  'Donald Trump', 'Trump', 'White House', 'Morgan Stanley', 'Goldman Sachs', 'JPMorgan', 'J.P. Morgan', 'Bank of America', 'BofA',
  'Citi', 'Citigroup', 'UBS', 'Barclays', 'Jefferies', 'Bernstein', 'Evercore', 'Wedbush', 'Dan Ives', 'CreditSights', 'Gartner', 'IDC',
  'McKinsey', 'Deutsche Bank', 'Wells Fargo', 'Mizuho', 'Morningstar', 'Moody’s', "Moody's", 'Fitch', 'FactSet', 'Bloomberg',
];

/** The same in Japanese, Chinese and Korean. */
export const OTHER_CJK_NAMES: readonly string[] = [];
