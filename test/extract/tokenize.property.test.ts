import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canStartSide } from '../../src/extract/can-start-side.js';
import { parseSide } from '../../src/extract/parse-side.js';
import { tokenize } from '../../src/extract/tokenize.js';
import { referenceTokenize } from './reference-tokenize.js';

// Pieces that exercise every tokenizer branch: abbreviations, apostrophes, glued codes and model names, Unicode spaces and letters.
const pieces = [
  '$', 'US$', 'USD34.6', 'EUR', '€', '£', 'C$', '¥', '~', '+', '%', '-', '–', '—', '\u2212', ',', '.', ':', '/', "'", '’', '#', '@',
  ' ', ' ', '\n', '\n\n', '\t', '\u00A0', '\u2009', '\u202F', '\u3000', '\u2028', '\x01',
  '0', '7', '12', '1,234', '1,234.5', '1.234,5', '1 234 567,5', '66\u00A0000', '2025', '3.3.1', '12,34,567',
  'billion', 'bn', 'B', 'm', 'Mio.', 'Mrd', 'a', 'an', 'half', 'one', 'twenty', 'between', 'from', 'in', 'about', 'more than',
  'U.S.', 'u.s', 'U.S.A', 'e.g.', 'Rs.', 'Fr.', 'RM5', 'MUSD', 'NZ99', 'H100s', 'FY2025', 'Q4', 'MI300X', 'GPT-4', "don't", 'd’euros',
  "Nvidia's", 'GPUs', 'GW', 'Milliarden', 'dólares', 'millones', 'über', 'Übernahme', 'é', 'ß', '🚀', 'x', 'X',
  'ரூ', 'රු', 'रुपये', 'e\u0301', '\u0301', '₡', '₾', '₭',
  // CJK: letters, full-width digits and punctuation, and the characters at the edges of the CJK ranges.
  '億', 'ドル', 'を', '兆円', '억', ' 달러', 'ー', '・', '々', '〇', '、', '。', '～', '〜', '％', '（', '１０００', '１，６３０', '２．５', '１,０', 'ｶ', 'ﾟ',
  '\u1100', '\u11ff', '\u3040', '\u30a0', '\u30fb', '\u30fc', '\u9fff', '\uac00', '\ud7a3', '\uf900', '\uffdc', '\uff19', '\uff10',
  '𠮷', 'GWの', 'H100を', 'U.S.は', 'A.株',
];
const grammarText = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));
const spacedText = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(grammarText, spacedText, fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 120 }));

describe('tokenize: the char-class scanner equals the reference tokenizer', () => {
  it.each([
    [''], ['メタは6000億ドルを'], ['7GWの電力'], ['１，６３０億ドル'], ['51조 4천억 원'], ['100,000 ரூ'], ['cafe\u0301 5'], ['U.S. dollars'], ['USD34.6 million'], ['H100s and FY2025'], ["d'euros, don't"], ['1 234 567,5 €'], ['über 5\u00A0Mrd.'], ['a\n\nb'], ['x.'], ['é.'],
  ])('tokenizes %j like the reference', (input) => {
    expect(tokenize(input)).toEqual(referenceTokenize(input));
  });

  it('holds for random and grammar-built strings', () => {
    fc.assert(fc.property(anyText, (input) => {
      expect(tokenize(input)).toEqual(referenceTokenize(input));
    }), { numRuns: Number(process.env["FC_RUNS"] ?? 3000) });
  });
});

describe('canStartSide: the gate never hides a side', () => {
  it('parseSide finds nothing where the gate says no side starts', () => {
    fc.assert(fc.property(fc.oneof(grammarText, spacedText), (input) => {
      const tokens = tokenize(input);
      for (let index = 0; index <= tokens.length; index++) {
        if (!canStartSide(tokens[index])) expect(parseSide(tokens, index)).toBeNull();
      }
    }), { numRuns: 1000 });
  });
});
