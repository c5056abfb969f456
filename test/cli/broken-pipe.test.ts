import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../run-cli.js';
import { writeCorpus } from './corpus.js';

const CAPCHECK = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(REPO_ROOT, 'bin', 'capcheck.js'))}`;

/** Runs a bash pipeline in `cwd`; it prints capcheck's exit code last, as `exit:N`. */
function pipeline(command: string, cwd: string): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync('bash', ['--norc', '--noprofile', '-c', `${command}; echo "exit:\${PIPESTATUS[1]}"`], { cwd, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' }, timeout: 120_000 });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

const OVERSTATED = '{"id": 1, "text": "Meta told investors it will spend $70 billion on capex in 2025.", "date": "2025-03-01"}';

describe('a reader that stops early (| head -1)', { timeout: 300_000 }, () => {
  // Many files, so the report is far larger than a pipe holds and capcheck is still writing when head leaves.
  const folder = writeCorpus(Object.fromEntries(Array.from({ length: 40 }, (_, index) => [`z-${index}.txt`, 'Meta will spend $70 billion on capex in 2025, it said; Meta will spend $90 billion on capex in 2025.\n'])));

  it.each(['1', '2'])('ends a check with --jobs %s quietly, with the exit code of its findings', (jobs) => {
    const run = pipeline(`true | ${CAPCHECK} . --no-config --date 2025-03-01 --jobs ${jobs} | head -1`, folder);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('a-overstated.txt (as of 1 Mar 2025, from --date)\nexit:1\n');
  });

  it.each(['1', '2'])('ends an endless --jsonl stream with --jobs %s quietly, with the exit code of its findings', (jobs) => {
    const run = pipeline(`yes '${OVERSTATED}' | ${CAPCHECK} --jsonl --jobs ${jobs} | head -1`, folder);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^\{"id":1,"date":"2025-03-01","dateSource":"option","findings":\[\{"ruleId":"overstated".*\n(exit:1)\n$/);
  });
});
