/**
 * Runs capcheck's command line in process — argument parsing, reading, checking and the JSON
 * report, as a user gets them — on one page body, from a built checkout (this one, or another
 * given with --root to compare versions in the same run).
 */
import { Readable } from 'node:stream';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The fields of a finding the benchmark reads from the JSON report. */
export interface FindingJson {
  readonly ruleId: string;
  readonly verdict: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly text: string;
  readonly message: string;
}

type Main = (argv: readonly string[], environment: unknown) => Promise<number>;

/** Loads `main` from `<root>/dist/index.js` (build the checkout first). */
export async function loadCapcheck(root: string): Promise<(body: string, name: string, date: string) => Promise<FindingJson[]>> {
  const api = (await import(pathToFileURL(join(root, 'dist', 'index.js')).href)) as { main: Main };
  return async (body, name, date) => {
    let out = '';
    let err = '';
    const environment = {
      stdin: Object.assign(Readable.from([Buffer.from(body, 'utf8')]), { isTTY: false }),
      stdout: { write: (text: string) => (out += text), isTTY: false },
      stderr: { write: (text: string) => (err += text), isTTY: false },
      env: {},
      today: () => date,
      cwd: () => root,
    };
    const code = await api.main(['-', '--stdin-filename', name, '--date', date, '--format', 'json', '--no-config'], environment);
    if (code === 2) throw new Error(`capcheck refused ${name}: ${err.trim()}`);
    const report = JSON.parse(out) as { files: { findings: FindingJson[] }[] };
    return report.files.flatMap((file) => file.findings);
  };
}
