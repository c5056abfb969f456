import { describe, expect, it } from 'vitest';
import { applyDirectives } from '../../src/filter/apply-directives.js';
import { findDirectives } from '../../src/filter/find-directives.js';
import type { Finding } from '../../src/types.js';
import { countedArray, countIndexOfScans, growth } from './count-work.js';

const FIGURE = 'Meta spent $95 billion.';

/** Sources of `size` repeats of a unit; each repeat holds one figure a finding stands on. */
const SHAPES: readonly (readonly [string, string])[] = [
  ['a next-line directive above each figure', `<!-- capcheck-disable-next-line -->\n${FIGURE}\n`],
  ['a same-line directive beside each figure', `${FIGURE} <!-- capcheck-disable-line overstated -->\n`],
  ['disables of another rule, never enabled', `<!-- capcheck-disable understated -->\n${FIGURE}\n`],
  ['disable and enable around each figure', `<!-- capcheck-disable overstated -->\n${FIGURE}\n<!-- capcheck-enable overstated -->\n`],
  ['enables of another rule between figures', `<!-- capcheck-disable understated -->\n${FIGURE}\n<!-- capcheck-enable overstated -->\n`],
  ['unclosed directive comments', `<!-- capcheck-disable ${FIGURE}\n`],
  ['comment openers only', `<!-- ${FIGURE}\n`],
];

function findingsOn(source: string): Finding[] {
  const findings: Finding[] = [];
  for (let start = source.indexOf(FIGURE); start >= 0; start = source.indexOf(FIGURE, start + 1)) {
    findings.push({ ruleId: 'overstated', verdict: 'overstated', severity: 'error', span: { text: FIGURE, start, end: start + FIGURE.length }, claim: null, reference: null, message: 'x', related: [] } as Finding);
  }
  return findings;
}

/** Element reads of the findings and directives while applying the directives, plus the text scanned finding them. */
function workOn(unit: string, size: number): number {
  const source = unit.repeat(size);
  const findings = findingsOn(source);
  let directives: ReturnType<typeof findDirectives> = [];
  const scanned = countIndexOfScans(() => {
    directives = findDirectives(source);
  });
  const counter = { reads: 0 };
  applyDirectives(source, countedArray(findings, counter), countedArray(directives, counter));
  return scanned + counter.reads;
}

describe('directives: work grows linearly with the document', () => {
  it.each(SHAPES)('%s', (_name, unit) => {
    expect(growth((size) => workOn(unit, size), 500)).toBeLessThan(2.2);
  });
});
