/**
 * The GitHub Action (action.yml and action/*.sh) run as the runner runs it, against a temporary
 * git repository whose drafts have names with spaces, non-ASCII characters, a leading dash and glob
 * characters. The steps come from action.yml itself (see run-composite.ts), so the test cannot drift
 * from the Action; capcheck is the build in this checkout (install.sh finds it installed), never a download.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../run-cli.js';
import { runComposite, type ActionFile, type CompositeRun, type StepRun } from './run-composite.js';

const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionFile;
const UNVERIFIABLE = 'Apple will invest $500 billion in the US over four years.';
/** Drafts the head commit adds or changes: each must be checked, under exactly this name. */
const CHANGED_DRAFTS: Readonly<Record<string, string>> = {
  'posts/with space.md': `# Plans\n\n${UNVERIFIABLE}\n`,
  'posts/café.md': `${UNVERIFIABLE}\n`,
  '数据.txt': `${UNVERIFIABLE}\n`,
  '-leading dash.md': `${UNVERIFIABLE}\n`,
  '[x].md': `${UNVERIFIABLE}\n`,
  'guide.mdx': `${UNVERIFIABLE}\n`,
  'notes.markdown': `${UNVERIFIABLE}\n`,
  'page.htm': `<!doctype html><html><body><p>${UNVERIFIABLE}</p></body></html>\n`,
  'existing.md': `Updated.\n\n${UNVERIFIABLE}\n`,
  // Renamed from to-rename.md: checked under its new name.
  'renamed é.md': `${UNVERIFIABLE}\n`,
};
const OVERSTATED = 'Meta will spend $99 billion on capex in 2025.';

let repo = '';
const commits = { base: '', drafts: '', head: '' };

function git(...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' }).trim();
}

function write(files: Readonly<Record<string, string>>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
}

function commit(message: string): string {
  git('add', '-A');
  git('commit', '-q', '-m', message);
  return git('rev-parse', 'HEAD');
}

beforeAll(() => {
  // The Action runs the built CLI; without it install.sh would run npm ci in this checkout.
  expect(existsSync(join(REPO_ROOT, 'dist', 'cli', 'main.js')), 'run npm run build first').toBe(true);
  repo = mkdtempSync(join(tmpdir(), 'capcheck-action-'));
  git('-c', 'init.defaultBranch=main', 'init', '-q');
  // Unchanged drafts: x.md is what "[x].md" would match as a glob; neither may be checked.
  write({ 'existing.md': 'Nothing yet.\n', 'x.md': `${OVERSTATED}\n`, 'old.md': `${OVERSTATED}\n`, 'to-rename.md': `${UNVERIFIABLE}\n`, 'deleted.md': `${OVERSTATED}\n` });
  commits.base = commit('base');
  // A deleted draft is not checked (naming it would be a missing file, exit 2).
  git('rm', '-q', 'deleted.md');
  git('mv', 'to-rename.md', 'renamed é.md');
  // Not drafts, though they hold figures: never checked.
  write({ ...CHANGED_DRAFTS, 'script.js': `// ${OVERSTATED}\n`, 'README.rst': `${OVERSTATED}\n` });
  commits.drafts = commit('drafts');
  write({ 'script.js': '// changed again\n' });
  commits.head = commit('only code');
});

/** Runs the Action on a pull request from `base` to HEAD, with the workflow's `with`. */
function runAction(base: string, inputs: Record<string, string> = {}): CompositeRun {
  return runComposite(action, {
    inputs: { date: '2025-01-10', ...inputs },
    github: { event: { pull_request: { base: { sha: base } } } },
    actionPath: REPO_ROOT,
    cwd: repo,
  });
}

function runStep(run: CompositeRun, name: string): Extract<StepRun, { kind: 'run' }> {
  const step = run.steps.find((entry) => entry.kind === 'run' && entry.name === name);
  if (step?.kind !== 'run') throw new Error(`no run of step ${name}`);
  return step;
}

function upload(run: CompositeRun): StepRun | undefined {
  return run.steps.find((step) => (step.kind === 'uses' && step.uses.startsWith('github/codeql-action/upload-sarif')) || (step.kind === 'skipped' && step.name.startsWith('github/codeql-action/upload-sarif')));
}

/** The file of each annotation, unescaped as GitHub reads it. */
function annotatedFiles(stdout: string): string[] {
  return [...stdout.matchAll(/^::\w+ file=([^,]*),/gm)].map((match) => decodeURIComponent(match[1] ?? ''));
}

interface Sarif {
  readonly runs: readonly { readonly results: readonly { readonly locations: readonly { readonly physicalLocation: { readonly artifactLocation: { readonly uri: string } } }[] }[] }[];
}

function sarifFiles(path: string): string[] {
  const sarif = JSON.parse(readFileSync(path, 'utf8')) as Sarif;
  return sarif.runs.flatMap((run) => run.results.map((result) => decodeURIComponent(result.locations[0]?.physicalLocation.artifactLocation.uri ?? '')));
}

const sorted = (paths: readonly string[]) => [...new Set(paths)].sort();

describe('the Action on changed drafts', () => {
  it('checks every changed draft under its exact name, and nothing else; passes with warnings only', { timeout: 180_000 }, () => {
    const run = runAction(commits.base);
    const check = runStep(run, 'Check the changed drafts');
    expect(check.stderr).toBe('');
    expect(check.exitCode).toBe(0);
    expect(sorted(annotatedFiles(check.stdout))).toEqual(sorted(Object.keys(CHANGED_DRAFTS)));
    expect(run.outputs['files-checked']).toBe(String(Object.keys(CHANGED_DRAFTS).length));
    const sarif = run.outputs['sarif-file'] ?? '';
    expect(sarif).toBe(join(repo, 'capcheck.sarif'));
    expect(sorted(sarifFiles(sarif))).toEqual(sorted(Object.keys(CHANGED_DRAFTS)));
    expect(run.summary).toMatch(/^### capcheck\n\n0 errors, 10 warnings, 0 info in 10 files\.\n/);
    expect(run.summary).toContain('| posts/with space.md:3:19 |');
    expect(upload(run)).toEqual({ kind: 'uses', uses: 'github/codeql-action/upload-sarif@v4', with: { sarif_file: sarif, category: 'capcheck' } });
    expect(run.outputs['exit-code']).toBe('0');
    expect(run.exitCode).toBe(0);
  });

  it('fails with 1 past --max-warnings, after writing the SARIF and the summary and with the upload still due', { timeout: 180_000 }, () => {
    // The SARIF file's folder does not exist yet: the Action makes it.
    const run = runAction(commits.base, { 'max-warnings': '0', 'sarif-file': 'reports/capcheck.sarif' });
    const check = runStep(run, 'Check the changed drafts');
    expect(check.exitCode).toBe(0);
    expect(check.stdout.split('\n')[0]).toBe('::error title=capcheck%3A run failed::10 warnings exceed --max-warnings 0.');
    expect(sarifFiles(join(repo, 'reports', 'capcheck.sarif'))).toHaveLength(10);
    expect(run.summary).toContain('**Failed:** 10 warnings exceed --max-warnings 0.');
    expect(upload(run)).toMatchObject({ kind: 'uses', with: { sarif_file: join(repo, 'reports', 'capcheck.sarif') } });
    expect(runStep(run, 'Set the result').exitCode).toBe(1);
    expect(run.exitCode).toBe(1);
  });

  it('passes and says so when no draft changed', { timeout: 60_000 }, () => {
    const run = runAction(commits.drafts);
    expect(runStep(run, 'Check the changed drafts').stdout).toBe(`capcheck: no changed drafts in ${commits.drafts}...HEAD\n`);
    expect(run.summary).toBe(`### capcheck\n\nNo changed drafts in \`${commits.drafts}...HEAD\`: nothing to check.\n`);
    expect(run.outputs).toEqual({ 'exit-code': '0', 'files-checked': '0', 'sarif-file': '' });
    expect(upload(run)).toMatchObject({ kind: 'skipped' });
    expect(run.exitCode).toBe(0);
  });

  it('checks the files input instead of the changed drafts, with errors failing the run', { timeout: 180_000 }, () => {
    // As of 2026 Meta's 2025 capex is known, so "$99 billion" is an error.
    const run = runAction('', { files: 'old.md\n\n[x].md\n', 'upload-sarif': 'false', date: '2026-03-01' });
    expect(sorted(annotatedFiles(runStep(run, 'Check the changed drafts').stdout))).toEqual(['[x].md', 'old.md']);
    expect(upload(run)).toMatchObject({ kind: 'skipped' });
    expect(run.exitCode).toBe(1);
  });

  it('stops with 2 outside a git repository', { timeout: 60_000 }, () => {
    const run = runComposite(action, { inputs: {}, github: {}, actionPath: REPO_ROOT, cwd: tmpdir() });
    expect(runStep(run, 'Check the changed drafts').stdout).toBe(`::error title=capcheck::${tmpdir()} is not a git repository: check the repository out first (actions/checkout)\n`);
    expect(run.exitCode).toBe(2);
  });

  it.each([
    ['', 'no base commit to compare with: set the base or files input'],
    ['0000000000000000000000000000000000000000', 'no base commit to compare with: set the base or files input'],
    ['feedface', 'base feedface is not in this clone: check out with fetch-depth: 0'],
  ])('stops with 2 when the base %j cannot be compared', { timeout: 60_000 }, (base, message) => {
    const run = runAction(base);
    expect(runStep(run, 'Check the changed drafts').stdout).toBe(`::error title=capcheck::${message}\n`);
    expect(run.summary).toBe(`### capcheck\n\nNothing was checked: ${message}.\n`);
    expect(run.exitCode).toBe(2);
  });

  it('keeps 2 when capcheck cannot check (a bad --fail-on)', { timeout: 60_000 }, () => {
    const run = runAction(commits.base, { 'fail-on': 'fatal' });
    const check = runStep(run, 'Check the changed drafts');
    expect(check.stderr).toMatch(/^capcheck: option '--fail-on <severity>' argument 'fatal' is invalid/);
    expect(run.outputs['sarif-file']).toBe('');
    expect(run.summary).toContain('capcheck could not check the drafts (exit 2)');
    expect(run.exitCode).toBe(2);
  });
});

describe('action.yml', () => {
  const scripts = readdirSync(join(REPO_ROOT, 'action')).filter((name) => name.endsWith('.sh'));
  const runs = action.runs.steps.flatMap((step) => (step.run === undefined ? [] : [step.run]));

  it('is a composite action whose run steps each call one of its scripts with bash, every script used', () => {
    expect(action.runs.using).toBe('composite');
    expect(runs.map((run) => /^bash "\$GITHUB_ACTION_PATH\/action\/([\w-]+\.sh)"$/.exec(run)?.[1]).sort()).toEqual([...scripts].sort());
    expect(action.runs.steps.filter((step) => step.run !== undefined).every((step) => step.shell === 'bash')).toBe(true);
  });

  it.each(scripts)('%s is valid bash with set -euo pipefail', (script) => {
    const path = join(REPO_ROOT, 'action', script);
    expect(spawnSync('bash', ['-n', path]).status).toBe(0);
    expect(readFileSync(path, 'utf8')).toMatch(/^#!\/usr\/bin\/env bash\n(#.*\n)+set -euo pipefail\n/);
  });

  it('uses every input it declares, and current majors of the actions it calls', () => {
    const text = readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8');
    for (const name of Object.keys(action.inputs)) expect(text, name).toContain(`inputs.${name}`);
    expect(action.runs.steps.flatMap((step) => (step.uses === undefined ? [] : [step.uses]))).toEqual(['actions/setup-node@v6', 'github/codeql-action/upload-sarif@v4']);
    expect(action.inputs['node-version']?.default).toBe('24');
  });

  it("matches the README: the workflow's inputs exist and the table lists every input", () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### GitHub Actions'), readme.indexOf('### pre-commit'));
    const workflow = parse(/```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '') as { jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }> };
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const uses = steps.find((step) => step.uses?.startsWith('capcheck/capcheck@'));
    expect(Object.keys(uses?.with ?? {}).every((name) => name in action.inputs)).toBe(true);
    expect(steps.map((step) => step.uses)).toContain('actions/checkout@v6');
    const tabled = [...section.matchAll(/^\| `([\w-]+)` \|/gm)].map((match) => match[1]);
    expect(tabled).toEqual(Object.keys(action.inputs));
  });
});
