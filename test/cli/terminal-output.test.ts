/**
 * The human report through the real CLI, piped as CI and `| less` run it: its width comes from
 * COLUMNS (else 80), --problems-only and -q hide what they say and the summary still counts it,
 * and the summary names the threshold that failed the run.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/report/display-width.js';
import { isUrl } from '../../src/report/wrap-text.js';
import { runCli } from '../run-cli.js';

const root = mkdtempSync(join(tmpdir(), 'capcheck-terminal-'));
function write(path: string, text: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}
write('drafts/meta.md', '---\ndate: 2025-02-10\n---\n\nMeta will spend $70 billion on capital expenditures in 2025.\n');
write('drafts/oracle.md', '---\ndate: 2025-07-01\n---\n\nOracle could spend as much as $40 billion on capex in fiscal 2027.\n');
write('drafts/supported.md', '---\ndate: 2025-02-10\n---\n\nMeta expects capex of $60–65 billion in 2025.\n');
write('drafts/empty.md', 'Nothing to check here.\n');
write('quiet/.capcheckrc.json', '{ "problemsOnly": true }\n');

function run(args: readonly string[], env: Record<string, string> = {}, cwd = root) {
  return runCli(['--no-color', ...args], { cwd, env });
}

/** Lines wider than `width` that are not a URL alone on its line. */
function overflowing(text: string, width: number): string[] {
  return text.split('\n').filter((line) => displayWidth(line) > width && !isUrl(line.trim()));
}

describe('terminal output through the CLI', () => {
  it('piped with COLUMNS=80: the compact layout, no line over 80 columns, a file with no figure on one line', () => {
    const result = run(['drafts'], { COLUMNS: '80' });
    expect(result.exitCode).toBe(1);
    expect(overflowing(result.stdout, 80)).toEqual([]);
    expect(result.stdout).not.toMatch(/^ {2}Where /m);
    expect(result.stdout).toMatch(/^ {2}5:17 overstated "\$70 billion" · official \$60–65 billion$/m);
    expect(result.stdout.split('\n')).toContain('drafts/empty.md: no figure found');
  });

  it('piped with COLUMNS=160: the table, no line over 160 columns', () => {
    const result = run(['drafts'], { COLUMNS: '160' });
    expect(overflowing(result.stdout, 160)).toEqual([]);
    expect(result.stdout).toMatch(/^ {2}Where +As written +Verdict +Official figure +Source$/m);
  });

  it('junk COLUMNS is ignored: the report is drawn at 80, as with none', () => {
    const none = run(['drafts/meta.md']);
    expect(run(['drafts/meta.md'], { COLUMNS: 'wide' }).stdout).toBe(none.stdout);
    expect(run(['drafts/meta.md'], { COLUMNS: '80' }).stdout).toBe(none.stdout);
  });

  it('-q never claims there was nothing: it hides the supported figure and counts it', () => {
    const result = run(['drafts/supported.md', '-q'], { COLUMNS: '80' });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).not.toMatch(/No figure|no figure/);
    expect(result.stdout.split('\n').slice(0, 2)).toEqual([
      '✔ 0 errors, 0 warnings, 1 info (1 supported, 0 not checked) in 1 file',
      '  hidden by --quiet: 1 info, and 1 file with nothing else',
    ]);
  });

  it('--max-warnings 0 says which threshold failed the run', () => {
    const result = run(['drafts/oracle.md', '--max-warnings', '0'], { COLUMNS: '120' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/^⚠|^✖/m);
    expect(result.stdout).toContain('\n  failed: 1 warning exceeds --max-warnings 0\n');
  });

  it('warnings that do not fail the run say why it passed', () => {
    const result = run(['drafts/oracle.md'], { COLUMNS: '120' });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('\n  passed: no finding reaches --fail-on error\n');
  });

  it('--problems-only, or problemsOnly in the configuration, hides supported figures and clean files', () => {
    const flag = run(['drafts', '--problems-only'], { COLUMNS: '80' });
    const fromConfig = run(['../drafts'], { COLUMNS: '80' }, join(root, 'quiet'));
    for (const result of [flag, fromConfig]) {
      expect(result.stdout).not.toContain('supported.md');
      expect(result.stdout).not.toContain('empty.md');
      expect(result.stdout).toContain('meta.md');
      expect(result.stdout).toContain('hidden by --problems-only: 1 info, and 2 files with nothing else');
      expect(result.stdout).toContain('✖ 1 error, 1 warning, 1 info (1 supported, 0 not checked) in 4 files');
    }
    expect(JSON.parse(run(['--print-config', '--problems-only']).stdout)).toMatchObject({ problemsOnly: true });
    expect(run(['--help']).stdout).toContain('--problems-only');
  });
});
