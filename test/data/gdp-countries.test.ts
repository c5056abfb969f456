import { describe, expect, it } from 'vitest';
import { COUNTRY_NAMES, findCountryMentions, resolveCountry } from '../../src/data/countries.js';
import { loadGdpTable } from '../../src/data/load-gdp.js';

const spans = (text: string) => findCountryMentions(text).map(({ iso3, text: written, start, end }) => [iso3, written, start, end]);

describe('findCountryMentions', () => {
  it('finds "Croatia, Honduras, and Jamaica" with their spans', () => {
    const text = 'Meta will spend more than the GDP of Croatia, Honduras, and Jamaica combined.';
    expect(spans(text)).toEqual([
      ['HRV', 'Croatia', 37, 44],
      ['HND', 'Honduras', 46, 54],
      ['JAM', 'Jamaica', 60, 67],
    ]);
    for (const mention of findCountryMentions(text)) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it.each([
    ['bigger than the Netherlands', 'NLD', 'Netherlands'],
    ['South Korea and', 'KOR', 'South Korea'],
    ['Korea, Rep. and', 'KOR', 'Korea, Rep.'],
    ['in Russia', 'RUS', 'Russia'],
    ['Iran', 'IRN', 'Iran'],
    ['Egypt', 'EGY', 'Egypt'],
    ['Venezuela', 'VEN', 'Venezuela'],
    ['Vietnam', 'VNM', 'Vietnam'],
    ['Viet Nam', 'VNM', 'Viet Nam'],
    ['Turkey', 'TUR', 'Turkey'],
    ['Türkiye', 'TUR', 'Türkiye'],
    ['Slovakia', 'SVK', 'Slovakia'],
    ['the Czech Republic', 'CZE', 'Czech Republic'],
    ['Czechia', 'CZE', 'Czechia'],
    ['Hong Kong', 'HKG', 'Hong Kong'],
    ['Hong Kong SAR, China', 'HKG', 'Hong Kong SAR, China'],
    ['the US', 'USA', 'US'],
    ['the U.S. economy', 'USA', 'U.S.'],
    ['the United States', 'USA', 'United States'],
    ['the UK', 'GBR', 'UK'],
    ['Britain', 'GBR', 'Britain'],
    ['Great Britain', 'GBR', 'Great Britain'],
    ['Papua New Guinea', 'PNG', 'Papua New Guinea'],
    ['Guinea-Bissau', 'GNB', 'Guinea-Bissau'],
    ['Equatorial Guinea', 'GNQ', 'Equatorial Guinea'],
    ['South Sudan', 'SSD', 'South Sudan'],
    ['Dominican Republic', 'DOM', 'Dominican Republic'],
    ['Nigeria', 'NGA', 'Nigeria'],
    ['American Samoa', 'ASM', 'American Samoa'],
    ["Côte d’Ivoire", 'CIV', "Côte d’Ivoire"],
    ['North Korea', 'PRK', 'North Korea'],
    ['PKB Maroka', 'MAR', 'Maroka'],
    ['PKB Ukrainy', 'UKR', 'Ukrainy'],
    ['PKB Bułgarii', 'BGR', 'Bułgarii'],
    ['PKB Stanów Zjednoczonych', 'USA', 'Stanów Zjednoczonych'],
    ['Polska', 'POL', 'Polska'],
    ['相当于日本的国内生产总值', 'JPN', '日本'],
    ['インドネシアのGDP', 'IDN', 'インドネシア'],
    ['한국의 GDP', 'KOR', '한국'],
  ])('%j → %s (%s)', (text, iso3, written) => {
    expect(spans(text).map(([code, name]) => [code, name])).toEqual([[iso3, written]]);
  });

  it.each([
    'a turkey dinner',
    'US$5 billion',
    'Indiana and Georgian wine',
    'Northern Ireland',
    'New Mexico',
    'the Euro area and the World',
    'CROATIAN',
    'USB drives',
  ])('finds no country in %j', (text) => {
    expect(findCountryMentions(text)).toEqual([]);
  });
});

describe('resolveCountry', () => {
  it.each([
    ['Croatia', 'HRV'],
    ['the Netherlands', 'NLD'],
    ['  south   korea ', 'KOR'],
    ['hrv', 'HRV'],
    ["Cote d’Ivoire", 'CIV'],
    ['Euro area', null],
    ['World', null],
  ])('%j → %s', (name, iso3) => {
    expect(resolveCountry(name)).toBe(iso3);
  });
});

describe('country names cover the GDP table', () => {
  const result = loadGdpTable();
  if (!result.ok) throw new Error(result.error);
  const economies = result.table.economies;

  it('names every economy, and its World Bank name resolves to it', () => {
    for (const economy of economies) {
      expect(COUNTRY_NAMES[economy.iso3], economy.iso3).toBeDefined();
      expect(resolveCountry(economy.worldBankName), economy.worldBankName).toBe(economy.iso3);
      expect(findCountryMentions(economy.worldBankName).map((mention) => mention.iso3), economy.worldBankName).toEqual([economy.iso3]);
    }
  });

  it('has no name shared by two codes', () => {
    const owners = new Map<string, string>();
    for (const [iso3, names] of Object.entries(COUNTRY_NAMES)) {
      for (const name of names) {
        expect(owners.get(name), name).toBeUndefined();
        owners.set(name, iso3);
      }
    }
  });

  it('names only the economies in the table, plus North Korea and Taiwan (no World Bank GDP)', () => {
    const extra = Object.keys(COUNTRY_NAMES).filter((iso3) => !result.table.byIso3.has(iso3));
    expect(extra.sort()).toEqual(['PRK', 'TWN']);
  });
});
