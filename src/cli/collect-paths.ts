import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob } from 'tinyglobby';

/** The files a folder is searched for. */
const ARTICLE_GLOB = '**/*.{md,markdown,mdx,txt,html,htm}';
/** Never searched: dependencies and version control. */
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];
const GLOB_CHARACTERS = /[*?[\]{}]/;

/** The paths to read, or one line saying which argument matched nothing. */
export type PathsResult = { readonly ok: true; readonly paths: readonly string[] } | { readonly ok: false; readonly error: string };

/**
 * Expands the command line's paths: a folder to the articles under it, a quoted glob to its
 * matches, "-" and plain paths as given. Files found by expansion are skipped when
 * .capcheckignore (gitignore syntax, in `cwd`) or the configuration's ignorePatterns match them;
 * a file named outright is always read, as ESLint does.
 */
export async function collectPaths(args: readonly string[], cwd: string, ignorePatterns: readonly string[]): Promise<PathsResult> {
  if (args.filter((arg) => arg === '-').length > 1) return { ok: false, error: '-: stdin can be read only once' };
  const ignored = loadIgnore(cwd, ignorePatterns);
  const paths: string[] = [];
  for (const arg of args) {
    if (arg === '-' || (!GLOB_CHARACTERS.test(arg) && !isDirectory(join(cwd, arg), arg))) {
      paths.push(arg);
      continue;
    }
    const pattern = isDirectory(join(cwd, arg), arg) ? `${toPosix(arg).replace(/\/$/, '')}/${ARTICLE_GLOB}` : toPosix(arg);
    const found = await glob(pattern, { cwd, onlyFiles: true, dot: false, ignore: ALWAYS_IGNORED, expandDirectories: false });
    const kept = found.filter((path) => !ignored.ignores(toPosix(relativeTo(cwd, path)))).sort(compareCodeUnits);
    if (kept.length === 0) return { ok: false, error: `${arg}: ${found.length === 0 ? 'no files match' : 'every matching file is ignored'}` };
    paths.push(...kept);
  }
  return { ok: true, paths: [...new Set(paths)] };
}

function loadIgnore(cwd: string, patterns: readonly string[]): Ignore {
  const rules = ignore().add([...patterns]);
  const file = join(cwd, '.capcheckignore');
  if (existsSync(file)) rules.add(readFileSync(file, 'utf8'));
  return rules;
}

function isDirectory(path: string, arg: string): boolean {
  try {
    return statSync(isAbsolute(arg) ? arg : path).isDirectory();
  } catch {
    return false;
  }
}

function relativeTo(cwd: string, path: string): string {
  return isAbsolute(path) ? relative(cwd, path) : path;
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
