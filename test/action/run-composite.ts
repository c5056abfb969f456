/**
 * Runs a composite action's `run` steps as the GitHub runner does, so a test exercises action.yml
 * itself rather than a copy of its commands: inputs with their defaults, `${{ … }}` in `env`,
 * `if:`, per-step GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and `shell: bash` as
 * `bash --noprofile --norc -eo pipefail {0}`. `uses` steps are not run; their `if` and `with` are
 * evaluated and returned. Only the expressions the Action uses are understood; any other throws.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ActionStep {
  readonly name?: string;
  readonly id?: string;
  readonly if?: string;
  readonly uses?: string;
  readonly with?: Readonly<Record<string, string>>;
  readonly shell?: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly run?: string;
}

export interface ActionFile {
  readonly inputs: Readonly<Record<string, { readonly default?: string }>>;
  readonly outputs: Readonly<Record<string, { readonly value: string }>>;
  readonly runs: { readonly using: string; readonly steps: readonly ActionStep[] };
}

/** What one step did: a run step's exit code and output, or a uses step's evaluated inputs. */
export type StepRun =
  | { readonly kind: 'run'; readonly name: string; readonly exitCode: number; readonly stdout: string; readonly stderr: string }
  | { readonly kind: 'uses'; readonly uses: string; readonly with: Readonly<Record<string, string>> }
  | { readonly kind: 'skipped'; readonly name: string };

export interface CompositeRun {
  /** The job's result: the first failing step's exit code, else 0. */
  readonly exitCode: number;
  readonly steps: readonly StepRun[];
  /** Every step's job summary, concatenated, as GitHub shows them. */
  readonly summary: string;
  readonly outputs: Readonly<Record<string, string>>;
}

interface Context {
  readonly inputs: Record<string, string>;
  readonly steps: Record<string, { outputs: Record<string, string> }>;
  readonly github: Record<string, unknown>;
}

/** Runs `action`'s steps in `cwd` with `inputs` (the workflow's `with`) and the `github` context given. */
export function runComposite(action: ActionFile, options: { inputs: Record<string, string>; github: Record<string, unknown>; actionPath: string; cwd: string }): CompositeRun {
  const scratch = mkdtempSync(join(tmpdir(), 'capcheck-runner-'));
  const context: Context = { inputs: {}, steps: {}, github: { ...options.github, action_path: options.actionPath } };
  for (const [name, input] of Object.entries(action.inputs)) context.inputs[name] = options.inputs[name] ?? interpolate(input.default ?? '', context);
  const steps: StepRun[] = [];
  let summary = '';
  let failed = 0;
  for (const [index, step] of action.runs.steps.entries()) {
    const name = step.name ?? step.uses ?? `step ${index}`;
    // Without an if, a step runs only while every earlier step succeeded (GitHub's implicit success()).
    const runs = step.if === undefined ? failed === 0 : condition(step.if, context, failed !== 0);
    if (!runs) {
      steps.push({ kind: 'skipped', name });
      continue;
    }
    if (step.uses !== undefined) {
      steps.push({ kind: 'uses', uses: step.uses, with: Object.fromEntries(Object.entries(step.with ?? {}).map(([key, value]) => [key, interpolate(value, context)])) });
      continue;
    }
    if (step.shell !== 'bash' || step.run === undefined) throw new Error(`${name}: only shell: bash run steps are emulated`);
    const files = { script: join(scratch, `step-${index}.sh`), output: join(scratch, `output-${index}`), summary: join(scratch, `summary-${index}`) };
    writeFileSync(files.script, step.run);
    writeFileSync(files.output, '');
    writeFileSync(files.summary, '');
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([key, value]) => [key, interpolate(value, context)]));
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', files.script], {
      cwd: options.cwd,
      encoding: 'utf8',
      env: {
        PATH: process.env['PATH'] ?? '',
        HOME: process.env['HOME'] ?? scratch,
        NO_COLOR: '1',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: options.cwd,
        GITHUB_ACTION_PATH: options.actionPath,
        GITHUB_OUTPUT: files.output,
        GITHUB_STEP_SUMMARY: files.summary,
        RUNNER_TEMP: scratch,
        ...env,
      },
    });
    if (result.error) throw result.error;
    const exitCode = result.status ?? -1;
    steps.push({ kind: 'run', name, exitCode, stdout: result.stdout, stderr: result.stderr });
    summary += readFileSync(files.summary, 'utf8');
    if (step.id !== undefined) context.steps[step.id] = { outputs: parseOutputs(readFileSync(files.output, 'utf8')) };
    if (exitCode !== 0 && failed === 0) failed = exitCode;
  }
  const outputs = Object.fromEntries(Object.entries(action.outputs).map(([key, output]) => [key, interpolate(output.value, context)]));
  return { exitCode: failed, steps, summary, outputs };
}

/** `name=value` lines (the only GITHUB_OUTPUT form the Action writes). */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const line of text.split('\n').filter((entry) => entry !== '')) {
    const equals = line.indexOf('=');
    if (equals < 1) throw new Error(`GITHUB_OUTPUT line not understood: ${line}`);
    outputs[line.slice(0, equals)] = line.slice(equals + 1);
  }
  return outputs;
}

function interpolate(text: string, context: Context): string {
  return text.replace(/\$\{\{(.*?)\}\}/g, (_, expression: string) => String(evaluate(expression.trim(), context)));
}

/** `a || b` (first non-empty), `x == 'v'`, `x != 'v'`, `always()`, joined by `&&`. */
function condition(expression: string, context: Context, failed: boolean): boolean {
  const terms = expression.split('&&').map((term) => term.trim());
  const always = terms.includes('always()');
  if (failed && !always) return false;
  return terms.filter((term) => term !== 'always()').every((term) => Boolean(evaluate(term, context)));
}

function evaluate(expression: string, context: Context): string | boolean {
  const comparison = /^(.+?)\s*(==|!=)\s*'([^']*)'$/.exec(expression);
  if (comparison !== null) {
    const [, left = '', operator, right] = comparison;
    return (String(evaluate(left, context)) === right) === (operator === '==');
  }
  const alternatives = expression.split('||').map((term) => term.trim());
  for (const path of alternatives) {
    const value = lookup(path, context);
    if (value !== '') return value;
  }
  return '';
}

function lookup(path: string, context: Context): string {
  if (!/^(inputs|steps|github)(\.[\w-]+)+$/.test(path)) throw new Error(`expression not emulated: ${path}`);
  let value: unknown = context;
  for (const key of path.split('.')) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return value === undefined || value === null ? '' : String(value);
}
