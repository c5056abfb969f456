import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDirectives } from '../../src/filter/apply-directives.js';
import { findDirectives } from '../../src/filter/find-directives.js';
import type { Finding } from '../../src/types.js';
import { referenceApplyDirectives, referenceFindDirectives } from './reference-directives.js';

const RULES = ['overstated', 'understated', 'no-such-rule'];
const ruleList = fc.tuple(fc.array(fc.constantFrom(...RULES), { maxLength: 3 }), fc.constantFrom(' ', ', ', ',')).map(([rules, separator]) => rules.join(separator));
const directive = fc
  .tuple(fc.constantFrom('disable-next-line', 'disable-line', 'disable', 'enable', 'disabled', 'disable-lines'), ruleList, fc.constantFrom('', ' -- reviewed', ' --'), fc.constantFrom(' ', '', '\n'))
  .map(([kind, rules, reason, space]) => `<!--${space}capcheck-${kind} ${rules}${reason} -->`);
const piece = fc.oneof(directive, fc.constantFrom('Meta spent $9 billion.', ' ', '\n', '\n\n', '\r\n', '<!--', '-->', '<!-- capcheck-disable ', 'x'));
const source = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));

function findingAt(start: number, ruleId: string): Finding {
  return { ruleId, verdict: 'overstated', severity: 'error', span: { text: 'x', start, end: start + 1 }, claim: null, reference: null, message: 'x', related: [] } as Finding;
}
const findingsIn = (text: string) =>
  fc.array(fc.tuple(fc.nat({ max: Math.max(0, text.length) }), fc.constantFrom('overstated', 'understated')), { maxLength: 12 }).map((pairs) => pairs.map(([start, rule]) => findingAt(start, rule)));

describe('directives: the linear reading equals the plain one', () => {
  it('finds the same directives as the one regex', () => {
    fc.assert(fc.property(source, (text) => {
      expect(findDirectives(text)).toEqual(referenceFindDirectives(text));
    }), { numRuns: Number(process.env['FC_RUNS'] ?? 2000) });
  });

  it('silences the same findings and leaves the same directives unused', () => {
    fc.assert(fc.property(source.chain((text) => fc.tuple(fc.constant(text), findingsIn(text))), ([text, findings]) => {
      const directives = findDirectives(text);
      expect(applyDirectives(text, findings, directives)).toEqual(referenceApplyDirectives(text, findings, directives));
    }), { numRuns: Number(process.env['FC_RUNS'] ?? 2000) });
  });
});
