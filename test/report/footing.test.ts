import { describe, expect, it } from 'vitest';
import { describeFooting, footingOf, footingTag, type Footing } from '../../src/report/footing.js';
import { META_2025, MSFT_FY2025 } from './make-report.js';

const base: Footing = { sourceClass: 'weak', confidence: 'low', userData: false, primaryStored: false, quoteLacksFigure: false };

describe('footing wording', () => {
  it.each<[string, Partial<Footing>, string, string]>([
    ['a weak source alone', {}, 'Footing: rests on a secondary page (weak source); no company statement stored; confidence low', 'weak source, no company statement, confidence low'],
    [
      'a reputable report',
      { sourceClass: 'reputable', confidence: 'medium' },
      "Footing: reputable outlet's report (secondary source); no company statement stored; confidence medium",
      'reputable source, no company statement, confidence medium',
    ],
    ['a company statement', { sourceClass: 'primary', confidence: 'high', primaryStored: true }, 'Footing: company statement (primary source); confidence high', 'primary source, confidence high'],
    [
      'a weak source cited, a company statement stored too',
      { primaryStored: true, confidence: 'medium' },
      'Footing: rests on a secondary page (weak source); a company statement is stored too; confidence medium',
      'weak source, confidence medium',
    ],
    [
      'a quote that does not state the figure',
      { quoteLacksFigure: true },
      'Footing: rests on a secondary page (weak source); no company statement stored; its quote does not state the figure; confidence low',
      'weak source, no company statement, confidence low',
    ],
    [
      "the user's own record",
      { sourceClass: 'primary', primaryStored: true, confidence: 'high', userData: true },
      'Footing: company statement (primary source); from your own data; confidence high',
      'primary source, your data, confidence high',
    ],
  ])('%s', (_name, fields, long, short) => {
    const footing = { ...base, ...fields };
    expect(describeFooting(footing)).toBe(long);
    expect(footingTag(footing)).toBe(short);
    expect(describeFooting(footing)).not.toContain('\n');
  });

  it('reads a record: the cited source, any primary source, the confidence and the origin', () => {
    expect(footingOf(META_2025)).toEqual(base);
    expect(footingOf(MSFT_FY2025)).toEqual({ sourceClass: 'primary', confidence: 'high', userData: false, primaryStored: true, quoteLacksFigure: false });
    const user = { ...MSFT_FY2025, origin: { kind: 'user' as const, file: 'my-records.json' } };
    expect(footingOf(user).userData).toBe(true);
    const laterPrimary = { ...META_2025, sources: [META_2025.source, { ...MSFT_FY2025.source }] };
    expect(footingOf(laterPrimary)).toMatchObject({ sourceClass: 'weak', primaryStored: true });
  });
});
