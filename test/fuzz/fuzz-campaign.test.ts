/**
 * `npm run fuzz` (scripts/fuzz.mjs) runs this file with CAPCHECK_FUZZ_RUNS set; `npm test` skips it,
 * and keeps its own short, fixed-seed run in fuzz.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { runCampaign } from './run-campaign.js';

const runs = process.env['CAPCHECK_FUZZ_RUNS'];
const path = process.env['CAPCHECK_FUZZ_PATH'];

describe.runIf(runs !== undefined)('npm run fuzz', () => {
  it('keeps every law over every input', async () => {
    const clean = await runCampaign({
      runs: Number(runs),
      seed: Number(process.env['CAPCHECK_FUZZ_SEED'] ?? Date.now()),
      ...(path === undefined || path === '' ? {} : { path }),
      print: (line) => console.log(line),
    });
    expect(clean).toBe(true);
  }, 24 * 60 * 60 * 1000);
});
