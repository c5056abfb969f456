/**
 * Attribution and reconciliation do work in proportion to the article, on every shape: no figure
 * scans all the other figures, clauses or mentions. Counted, never timed: every element an array
 * scan (filter, find, some, map …) visits while the stages run; doubling the article must about
 * double the count (a scan per figure would quadruple it).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { attributeFigures } from '../../src/attribute/attribute-figures.js';
import { loadReferenceData } from '../../src/check/load-reference-data.js';
import { extractFigures } from '../../src/extract/extract-figures.js';
import { prepareDocument } from '../../src/read/prepare-document.js';
import { reconcileClaims } from '../../src/reconcile/reconcile-claims.js';
import { rescaleListedFigures } from '../../src/reconcile/rescale-listed-figures.js';
import type { Claim, Finding } from '../../src/types.js';

const loaded = loadReferenceData();
if (!loaded.ok) throw new Error(loaded.error);
const reference = loaded.data;
const DATE = '2025-06-01';
const COMPANIES = ['Meta', 'Microsoft', 'Alphabet', 'Amazon', 'Oracle'];
const company = (i: number): string => COMPANIES[i % COMPANIES.length] ?? 'Meta';

/** Articles of `n` units, in capcheck's own words, one per hostile shape. */
const SHAPES: readonly { readonly shape: string; readonly article: (n: number) => string }[] = [
  {
    shape: 'plain article',
    article: (n) => units(n, (i) => `${company(i)} said it expects capital expenditures of $${40 + (i % 50)} billion in ${2023 + (i % 4)}, up ${i % 30}% from a year earlier, as it buys ${(i % 9) + 1}00,000 GPUs. Analysts at the bank were not surprised by the plan.\n\n`),
  },
  { shape: 'one figure per sentence', article: (n) => units(n, (i) => `${company(i)} plans capital spending of $${40 + (i % 50)} billion in ${2023 + (i % 4)}. `) },
];
/** Every figure in one sentence: each figure must read its neighbours, not the whole sentence's figures and names. */
const ONE_SENTENCE = (n: number): string => `Spending plans include ${units(n, (i) => `${company(i)} at $${40 + (i % 50)} billion for ${2023 + (i % 4)}, `)}and more.\n`;

function units(n: number, unit: (i: number) => string): string {
  return Array.from({ length: n }, (_, i) => unit(i)).join('');
}

const SCANS = ['filter', 'some', 'find', 'findIndex', 'findLast', 'map', 'flatMap', 'every', 'forEach', 'includes', 'indexOf'] as const;
const originals = SCANS.map((name) => Array.prototype[name]);
let visited = 0;

/** Counts the elements array scans visit while `work` runs. */
function countScans(work: () => void): number {
  visited = 0;
  SCANS.forEach((name, index) => {
    const original = originals[index] as (...args: unknown[]) => unknown;
    Object.defineProperty(Array.prototype, name, {
      configurable: true,
      writable: true,
      value: function (this: unknown[], ...args: unknown[]) {
        visited += this.length;
        return original.apply(this, args);
      },
    });
  });
  try {
    work();
  } finally {
    restore();
  }
  return visited;
}

function restore(): void {
  SCANS.forEach((name, index) => Object.defineProperty(Array.prototype, name, { configurable: true, writable: true, value: originals[index] }));
}
afterEach(restore);

/** Scan work of attribute + reconcile on an article. */
function stageWork(text: string): number {
  const document = prepareDocument('a.txt', text, 'text');
  const figures = extractFigures(document.text);
  return countScans(() => {
    reconcileClaims(attributeFigures(document, figures, DATE), reference, DATE);
  });
}

describe('attribute and reconcile do linear work', () => {
  it.each(SHAPES)('$shape: doubling the article about doubles the work', ({ article }) => {
    const small = stageWork(article(150));
    const large = stageWork(article(300));
    expect(small).toBeGreaterThan(0);
    expect(large / small).toBeLessThan(2.3);
  });

  it('all figures in one sentence: doubling the sentence about doubles the work', () => {
    const small = stageWork(ONE_SENTENCE(150));
    const large = stageWork(ONE_SENTENCE(300));
    expect(large / small).toBeLessThan(2.3);
  });

  it('rescaling a list judges each list once, not once per implausible member', () => {
    const work = (n: number): number => {
      const document = prepareDocument('a.txt', units(n, (i) => `${company(i)} plans capital spending of $${40 + (i % 50)} billion in 2025. `), 'text');
      const { claims } = attributeFigures(document, extractFigures(document.text), DATE);
      // Every claim of no plausible size: the shape that made each one look at all the others.
      const findings = claims.map((claim): Finding => ({ ...notChecked(claim), reason: { kind: 'implausible' } }) as Finding);
      return countScans(() => {
        rescaleListedFigures(claims, findings, notChecked);
      });
    };
    const small = work(200);
    expect(small).toBeGreaterThan(0);
    expect(work(400) / small).toBeLessThan(2.3);
  });
});

function notChecked(claim: Claim): Finding {
  return { verdict: 'not-checked', claim, reference: null, message: '', span: { text: claim.figure.text, start: claim.figure.start, end: claim.figure.end } } as unknown as Finding;
}
