import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { closestName } from '../closest-name.js';
import { RULE_IDS } from '../reconcile/rules.js';
import type { CapcheckConfig } from './config-schema.js';

/** A configuration found and validated, or one line saying what is wrong and where. */
export type ConfigResult =
  | { readonly ok: true; readonly config: CapcheckConfig; readonly path: string | null }
  | { readonly ok: false; readonly error: string };

/** The files searched in each folder, first match wins (as stylelint and Prettier search). */
export const CONFIG_FILE_NAMES = ['.capcheckrc.json', '.capcheckrc.yaml', '.capcheckrc.yml', 'package.json'] as const;

/**
 * Finds the configuration for `cwd`: the first of CONFIG_FILE_NAMES in `cwd` or the nearest
 * folder above it (a package.json counts only with a "capcheck" key). No file is no error.
 */
export async function findConfig(cwd: string): Promise<ConfigResult> {
  for (let folder = resolve(cwd); ; folder = dirname(folder)) {
    for (const name of CONFIG_FILE_NAMES) {
      const path = join(folder, name);
      if (!existsSync(path)) continue;
      const result = await loadConfigFile(path);
      if (!result.ok || result.path !== null) return result;
    }
    if (dirname(folder) === folder) return { ok: true, config: {}, path: null };
  }
}

/**
 * Reads and validates one configuration file given by --config or found by the search. The YAML
 * parser and the schema (zod) are imported only when a file needs them: a run without one loads neither.
 */
export async function loadConfigFile(path: string): Promise<ConfigResult> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, error: `${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : 'cannot be read'}` };
  }
  let data: unknown;
  try {
    data = /\.ya?ml$/i.test(path) ? await parseYaml(text) : JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `${path}: not valid ${/\.ya?ml$/i.test(path) ? 'YAML' : 'JSON'}: ${firstLine(error)}` };
  }
  if (basename(path) === 'package.json') {
    const section = (data as { capcheck?: unknown } | null)?.capcheck;
    if (section === undefined) return { ok: true, config: {}, path: null };
    return validate(section, path, 'capcheck.');
  }
  return validate(data ?? {}, path, '');
}

async function validate(data: unknown, path: string, prefix: string): Promise<ConfigResult> {
  const { configSchema } = await import('./config-schema.js');
  const parsed = configSchema.safeParse(data);
  if (parsed.success) return { ok: true, config: parsed.data, path };
  const issue = parsed.error.issues[0];
  const keys = issue?.code === 'unrecognized_keys' ? issue.keys : [];
  // One unknown key is named, as one line names one problem.
  const key = [...(issue?.path ?? []).map(String), ...keys.slice(0, 1)].join('.');
  const what = issue?.code === 'unrecognized_keys' ? unknownKey(issue.path, keys) : (issue?.message ?? 'invalid');
  return { ok: false, error: `${path}: ${key === '' ? '(root)' : `${prefix}${key}`}: ${what}` };
}

/** An unknown key under "rules" is a rule name: say so, and which rule was probably meant. */
function unknownKey(path: readonly PropertyKey[], keys: readonly string[]): string {
  const [name] = keys;
  if (path.length !== 1 || path[0] !== 'rules' || name === undefined) return 'unknown key';
  const suggestion = closestName(RULE_IDS, name);
  return `unknown rule${suggestion === undefined ? '' : `; did you mean "${suggestion}"?`} (capcheck explain lists the rules)`;
}

function firstLine(error: unknown): string {
  // YAML's messages end their first line with ":" before quoting the source.
  return ((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '').replace(/:$/, '');
}

/**
 * YAML as plain data: a tag the library cannot resolve (`!!js/function`, a custom `!tag`) is an error
 * like any other, and the library prints nothing itself, so the user sees one line from capcheck.
 */
async function parseYaml(text: string): Promise<unknown> {
  const { parseDocument } = await import('yaml');
  const document = parseDocument(text, { logLevel: 'silent' });
  const problem = document.errors[0] ?? document.warnings[0];
  if (problem !== undefined) throw problem;
  return document.toJS();
}
