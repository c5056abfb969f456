/**
 * The fuzzer's laws on a fixed seed, one `it` each, through the library and the CLI's in-process
 * entry (`npm run fuzz` runs the same laws on 100,000 inputs). A law that fails is a defect to fix.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzCase, type FuzzCase } from './fuzz-inputs.js';
import { inspectCli, inspectLibrary, type ViolationKind } from './inspect-case.js';

const SEED = 20_261_201;
/** Enough cases to meet every class of input, while the file stays near 20 s on a loaded 2-core machine; the laws that run main() twice a case get fewer. */
const RUNS = 150;
const CLI_RUNS = 60;
const TERMINAL_FORMATS = ['human', 'unix', 'github'] as const;
/** Only the terminal formats, where raw control characters matter. */
const terminalCase = fc.tuple(fuzzCase, fc.constantFrom(...TERMINAL_FORMATS)).map(([input, format]): FuzzCase => ({ ...input, format }));

/** The issue's own cases, tried before the random ones: a figure that bridges a URL. */
const BRIDGED_URLS: readonly FuzzCase[] = [
  { text: 'Meta will spend more than www.meta.com/capex $60 billion on capex in 2025.', path: 'draft.txt', format: 'json' },
  { text: '<p>Meta will spend more than www.meta.com/capex $60 billion on capex in 2025.</p>', path: 'draft.html', format: 'json' },
];

function brokenBy(kind: ViolationKind, violations: readonly { kind: ViolationKind; detail: string }[]): string[] {
  return violations.filter((violation) => violation.kind === kind).map((violation) => violation.detail);
}

/** Asserts a law over the fixed seed's cases; a failure names the smallest case fast-check finds. */
async function holds(cases: fc.Arbitrary<FuzzCase>, law: (input: FuzzCase) => Promise<string[]> | string[], options: { shrink: boolean; runs?: number; examples?: readonly FuzzCase[] }): Promise<void> {
  await fc.assert(
    fc.asyncProperty(cases, async (input) => {
      expect(await law(input)).toEqual([]);
    }),
    // An expected failure ends at its first case: shrinking through the CLI would only cost time.
    { seed: SEED, numRuns: options.runs ?? RUNS, endOnFailure: !options.shrink, examples: (options.examples ?? []).map((input): [FuzzCase] => [input]) },
  );
}

describe('fuzzed text, Markdown and HTML (fixed seed)', () => {
  it('throws nowhere: not in the readers, the checker, check() or main()', async () => {
    await holds(fuzzCase, async (input) => [...brokenBy('exception', inspectLibrary(input)), ...brokenBy('exception', await inspectCli(input))], { shrink: true, runs: CLI_RUNS });
  });

  it('keeps every figure and finding span inside the input', async () => {
    await holds(fuzzCase, (input) => brokenBy('span outside the input', inspectLibrary(input)), { shrink: true });
  });

  it('prints the same bytes for the same input, in every format', async () => {
    await holds(fuzzCase, async (input) => brokenBy('nondeterministic output', await inspectCli(input)), { shrink: true, runs: CLI_RUNS });
  });

  // A figure never bridges a blanked URL or code ("more than www.meta.com/capex $60 billion" is "$60 billion"),
  // so its text is its slice of the source.
  it('gives each figure the text of its slice (plain text exactly; Markdown and HTML as the reader shows it)', async () => {
    await holds(fuzzCase, (input) => brokenBy('text/slice mismatch', inspectLibrary(input)), { shrink: false, runs: 300, examples: BRIDGED_URLS });
  });

  // Control and bidi characters in the input (CR, BS, ESC sequences inside a figure's HTML, U+202E) must
  // never reach the human, unix and github output raw.
  it('writes no raw control character in the human, unix and github formats', async () => {
    await holds(terminalCase, async (input) => brokenBy('raw control character', await inspectCli(input)), { shrink: false });
  });
});
