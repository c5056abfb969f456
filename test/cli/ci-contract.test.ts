/**
 * The CI contract through the real CLI, on a draft folder built here: Markdown drafts, a
 * configuration file, a .capcheckignore and suppression comments, under every --fail-on and
 * --max-warnings combination a build would use.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';

const root = mkdtempSync(join(tmpdir(), 'capcheck-drafts-'));
function write(path: string, text: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

write(
  'drafts/meta.md',
  [
    '---',
    'title: Meta draft',
    'date: 2025-02-10',
    '---',
    '',
    '# Meta’s plan',
    '',
    'Meta will spend $70 billion on capital expenditures in 2025.',
    '',
    '<!-- capcheck-disable-next-line overstated -- an aside from the CFO, not yet guidance -->',
    'Its finance chief said Meta may spend $75 billion on capex in 2025.',
    '',
    '<!-- capcheck-disable-next-line period-slip -->',
    'Meta spent $39.23 billion on capex in 2024.',
    '',
  ].join('\n'),
);
write('drafts/oracle.md', '---\ndate: 2025-07-01\n---\n\nOracle could spend as much as $40 billion on capex in fiscal 2027.\n');
write('drafts/clean.md', '---\ndate: 2025-02-10\n---\n\nMeta expects capex of $60–65 billion in 2025.\n');
write(
  'drafts/web.html',
  [
    '<!doctype html><html><head><meta property="article:published_time" content="2025-02-10T08:00:00Z"></head><body>',
    '<nav>Meta: $99 billion</nav>',
    '<article><p>Alphabet expects to invest about&nbsp;<b>$75</b> billion in capex in 2025.</p>',
    '<!-- capcheck-disable-next-line -- quoted from a rival’s note -->',
    '<p>A rival says Alphabet will spend $90 billion on capex in 2025.</p></article>',
    '</body></html>',
    '',
  ].join('\n'),
);
// Two statements that disagree about a year no official figure covers yet: only the article contradicts itself.
write('notes/meta-2027.md', '---\ndate: 2025-02-10\n---\n\nMeta expects capex of $100 billion in 2027.\n\nMeta’s 2027 capex is expected to reach $120 billion.\n');
write('drafts/archive/old.md', 'Meta will spend $99 billion on capex in 2025.\n');
write('.capcheckignore', 'archive/\n');
write('.capcheckrc.json', '{ "rules": { "inconsistent": "off" } }\n');
write('alt/.capcheckrc.yaml', 'failOn: warning\nrules:\n  overstated: warning\n');
write('pkg/package.json', '{ "name": "drafts", "capcheck": { "maxWarnings": 0 } }\n');
write('pkg/sub/a.md', '---\ndate: 2025-07-01\n---\n\nOracle could spend as much as $40 billion on capex in fiscal 2027.\n');
write('bad-value/.capcheckrc.json', '{ "failOn": "fatal" }\n');
write('bad-key/.capcheckrc.json', '{ "failOnn": "error" }\n');
write('bad-yaml/.capcheckrc.yaml', 'rules: [unclosed\n');
write('yaml-tag/.capcheckrc.yaml', 'failOn: !!js/function error\n');

interface Report {
  readonly files: readonly { readonly path: string; readonly findings: readonly { readonly ruleId: string; readonly severity: string }[] }[];
}

function check(args: readonly string[], cwd = root): { exitCode: number; report: Report; stderr: string } {
  const run = runCli([...args, '--format', 'json'], { cwd });
  return { exitCode: run.exitCode, report: run.stdout === '' ? { files: [] } : (JSON.parse(run.stdout) as Report), stderr: run.stderr };
}

function rules(report: Report): string[] {
  return report.files.flatMap((file) => file.findings.map((finding) => `${file.path} ${finding.ruleId}`));
}

describe('exit codes for --fail-on and --max-warnings', () => {
  it.each([
    [['drafts'], 1],
    [['drafts/clean.md'], 0],
    [['drafts/clean.md', '--fail-on', 'info'], 1],
    [['drafts/oracle.md'], 0],
    [['drafts/oracle.md', '--fail-on', 'warning'], 1],
    [['drafts/oracle.md', '--fail-on', 'info'], 1],
    [['drafts/oracle.md', '--max-warnings', '0'], 1],
    [['drafts/oracle.md', '--max-warnings', '1'], 0],
    [['drafts/meta.md', '--max-warnings', '5'], 1],
    [['drafts/meta.md', '--no-config', '--fail-on', 'error'], 1],
  ])('capcheck %j exits %i', (args, expected) => {
    expect(check(args).exitCode).toBe(expected);
  });
});

describe('what is checked and reported', () => {
  it('expands a folder, skipping what .capcheckignore names', () => {
    expect(check(['drafts']).report.files.map((file) => file.path)).toEqual(['drafts/clean.md', 'drafts/meta.md', 'drafts/oracle.md', 'drafts/web.html']);
  });

  it('expands folders and globs outside the working folder', () => {
    const inside = join(root, 'drafts');
    expect(check(['../drafts/*.md'], join(root, 'alt')).report.files.map((file) => file.path)).toEqual([
      '../drafts/clean.md',
      '../drafts/meta.md',
      '../drafts/oracle.md',
    ]);
    expect(check([inside, '--no-config'], tmpdir()).report.files.length).toBe(5);
  });

  it('expands a quoted glob, and still reads an ignored file named outright', () => {
    expect(check(['drafts/**/*.md']).report.files.map((file) => file.path)).not.toContain('drafts/archive/old.md');
    expect(check(['drafts/archive/old.md']).report.files.map((file) => file.path)).toEqual(['drafts/archive/old.md']);
  });

  it('reads HTML drafts: no figure from the nav, the suppressed line silenced, the rest checked', () => {
    expect(rules(check(['drafts/web.html']).report)).toEqual(['drafts/web.html supported']);
    expect(check(['drafts/web.html']).exitCode).toBe(0);
    expect(rules(check(['drafts/web.html', '--no-config']).report)).toEqual(['drafts/web.html supported']);
  });

  it('silences what the directives name, and reports unused directives when asked', () => {
    expect(rules(check(['drafts/meta.md']).report)).toEqual(['drafts/meta.md overstated', 'drafts/meta.md supported']);
    expect(rules(check(['drafts/meta.md', '--report-unused-disable-directives']).report)).toEqual([
      'drafts/meta.md overstated',
      'drafts/meta.md unused-disable-directive',
      'drafts/meta.md supported',
    ]);
  });

  it('applies the configuration\'s rules, and --no-config ignores it', () => {
    expect(rules(check(['notes/meta-2027.md']).report)).not.toContain('notes/meta-2027.md inconsistent');
    expect(rules(check(['notes/meta-2027.md', '--no-config']).report)).toContain('notes/meta-2027.md inconsistent');
  });

  it('--quiet reports errors only; the exit code still counts what --fail-on says', () => {
    const quiet = check(['drafts', '--quiet']);
    expect(quiet.report.files.flatMap((file) => file.findings.map((finding) => finding.severity))).toEqual(['error']);
    expect(quiet.exitCode).toBe(1);
  });
});

describe('configuration: defaults < configuration file < flags', () => {
  it('reads YAML given by --config, and flags win over it', () => {
    const fromConfig = check(['drafts/meta.md', '--config', 'alt/.capcheckrc.yaml']);
    expect(fromConfig.report.files[0]?.findings.find((finding) => finding.ruleId === 'overstated')?.severity).toBe('warning');
    expect(fromConfig.exitCode).toBe(1);
    expect(check(['drafts/meta.md', '--config', 'alt/.capcheckrc.yaml', '--fail-on', 'error']).exitCode).toBe(0);
  });

  it('finds a "capcheck" key in the nearest package.json above the working folder', () => {
    expect(check(['a.md'], join(root, 'pkg', 'sub')).exitCode).toBe(1);
    const printed = runCli(['--print-config'], { cwd: join(root, 'pkg', 'sub') });
    expect(JSON.parse(printed.stdout)).toMatchObject({ maxWarnings: 0, configPath: join(root, 'pkg', 'package.json') });
  });

  it('--print-config shows the merged settings', () => {
    const printed = runCli(['--print-config', '--fail-on', 'info', '--format', 'sarif'], { cwd: root });
    expect(printed.exitCode).toBe(0);
    expect(JSON.parse(printed.stdout)).toMatchObject({ format: 'sarif', failOn: 'info', rules: { inconsistent: 'off' } });
  });

  it.each([
    ['bad-value', `${join(root, 'bad-value', '.capcheckrc.json')}: failOn: Invalid option: expected one of "error"|"warning"|"info"`],
    ['bad-key', `${join(root, 'bad-key', '.capcheckrc.json')}: failOnn: unknown key`],
  ])('a bad configuration in %s is one line naming the file and the key, exit 2', (folder, message) => {
    const run = runCli(['x.md'], { cwd: join(root, folder) });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(`capcheck: ${message}\n`);
  });

  it('invalid YAML is one line naming the file', () => {
    const run = runCli(['x.md'], { cwd: join(root, 'bad-yaml') });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^capcheck: .*bad-yaml\/\.capcheckrc\.yaml: not valid YAML: .+\n$/);
  });

  it('a YAML tag is refused in one line, with no warning from the YAML library before it', () => {
    const run = runCli(['x.md'], { cwd: join(root, 'yaml-tag') });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^capcheck: .*yaml-tag\/\.capcheckrc\.yaml: not valid YAML: Unresolved tag: tag:yaml\.org,2002:js\/function at line 1, column 9\n$/);
  });
});

describe('GitHub Actions', () => {
  it('--format github writes annotations, errors first, and appends the full list to GITHUB_STEP_SUMMARY', () => {
    const summary = join(root, 'step-summary.md');
    writeFileSync(summary, '# Earlier step\n');
    const run = runCli(['drafts', '--format', 'github'], { cwd: root, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(run.exitCode).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^::error title=capcheck%3A run failed::\d+ errors? reach(es)? --fail-on error\.$/);
    expect(lines[1]).toMatch(/^::error file=drafts\/meta\.md,line=8,col=17,/);
    expect(lines.findIndex((line) => line.startsWith('::warning'))).toBeGreaterThan(lines.findIndex((line) => line.startsWith('::error')));
    const written = readFileSync(summary, 'utf8');
    expect(written.startsWith('# Earlier step\n')).toBe(true);
    expect(written).toContain('drafts/meta.md');
    expect(written).toContain('overstated');
  });
});
