#!/usr/bin/env node
/**
 * `npm run fuzz -- [--runs N] [--seed S] [--path P]`: the long fuzz run (default 100000 inputs, a
 * random seed, printed first). With --seed and --path, as a run reports them, replays one case.
 * The campaign lives in test/fuzz/; vitest runs it, so it imports the TypeScript sources as the tests do.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '100000' }, seed: { type: 'string' }, path: { type: 'string' } } });
const runs = Number(values.runs);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  process.stderr.write('fuzz: --runs takes a whole number above 0, --seed a whole number\n');
  process.exit(2);
}
const root = fileURLToPath(new URL('..', import.meta.url));
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const result = spawnSync(process.execPath, [vitest, 'run', 'test/fuzz/fuzz-campaign.test.ts', '--silent=false', '--maxWorkers=1'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CAPCHECK_FUZZ_RUNS: String(runs), CAPCHECK_FUZZ_SEED: String(seed), CAPCHECK_FUZZ_PATH: values.path ?? '' },
});
process.exit(result.status ?? 1);
