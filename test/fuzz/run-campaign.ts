/**
 * The long fuzz run behind `npm run fuzz`: counts every broken law over `runs` cases from one seed,
 * then, for each class found, lets fast-check shrink a counterexample and name the seed and path
 * that replay it (`npm run fuzz -- --seed S --path P`).
 */
import fc from 'fast-check';
import { fuzzCase, type FuzzCase } from './fuzz-inputs.js';
import { inspectCase, VIOLATION_KINDS, type Violation, type ViolationKind } from './inspect-case.js';

export interface CampaignOptions {
  readonly runs: number;
  readonly seed: number;
  /** A fast-check path: replay that one case instead of counting. */
  readonly path?: string;
  readonly print: (line: string) => void;
}

/** Runs the campaign, printing as it goes; true when no law was broken. */
export async function runCampaign(options: CampaignOptions): Promise<boolean> {
  const { runs, seed, print } = options;
  if (options.path !== undefined) return replay(seed, options.path, print);
  print(`fuzz: ${runs} inputs, seed ${seed}`);
  const counts = new Map<ViolationKind, number>(VIOLATION_KINDS.map((kind) => [kind, 0]));
  let done = 0;
  await fc.assert(
    fc.asyncProperty(fuzzCase, async (input) => {
      for (const violation of await inspectCase(input)) counts.set(violation.kind, (counts.get(violation.kind) ?? 0) + 1);
      done += 1;
      if (done % 10_000 === 0) print(`fuzz: ${done} inputs done`);
      return true;
    }),
    { numRuns: runs, seed },
  );
  print(`fuzz: ${runs} inputs, seed ${seed}: ${counts.get('exception')} exceptions, ${counts.get('raw control character')} raw control characters, ${counts.get('text/slice mismatch')} text/slice mismatches, ${counts.get('span outside the input')} spans outside the input, ${counts.get('nondeterministic output')} nondeterministic outputs`);
  for (const kind of VIOLATION_KINDS) {
    if ((counts.get(kind) ?? 0) > 0) await shrinkOne(kind, runs, seed, print);
  }
  return [...counts.values()].every((count) => count === 0);
}

/** Replays the case at `path` from `seed`, printing it and every law it breaks. */
async function replay(seed: number, path: string, print: (line: string) => void): Promise<boolean> {
  const details = await fc.check(
    fc.asyncProperty(fuzzCase, async (input) => (await inspectCase(input)).length === 0),
    { seed, path, numRuns: 1, endOnFailure: true },
  );
  const input = details.counterexample?.[0];
  if (input === undefined) {
    print(`fuzz: seed ${seed}, path ${path}: no law broken`);
    return true;
  }
  print(`fuzz: seed ${seed}, path ${path}: ${describeCase(input)}`);
  for (const violation of await inspectCase(input)) print(`  ${violation.kind}: ${violation.detail}`);
  return false;
}

/** Shrinks the first case of `seed` that breaks `kind`, and prints it with the path that replays it. */
async function shrinkOne(kind: ViolationKind, runs: number, seed: number, print: (line: string) => void): Promise<void> {
  const breaks = (violations: readonly Violation[]): Violation | undefined => violations.find((violation) => violation.kind === kind);
  const details = await fc.check(
    fc.asyncProperty(fuzzCase, async (input) => breaks(await inspectCase(input)) === undefined),
    { seed, numRuns: runs, maxSkipsPerRun: 0 },
  );
  const input = details.counterexample?.[0];
  if (input === undefined) return;
  const violation = breaks(await inspectCase(input));
  print(`fuzz: ${kind}, minimal case (replay: --seed ${seed} --path ${details.counterexamplePath ?? '?'}): ${describeCase(input)}`);
  print(`  ${violation?.detail ?? ''}`);
}

function describeCase(input: FuzzCase): string {
  return `${input.path} --format ${input.format} ${JSON.stringify(input.text)}`;
}
