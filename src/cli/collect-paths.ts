import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Ignore } from 'ignore';
import { decodeText } from '../read/decode-text.js';
import { describeFileError } from '../read/read-input.js';

/** The files a folder is searched for. */
const ARTICLE_GLOB = '**/*.{md,markdown,mdx,txt,html,htm}';
/** Never searched: dependencies and version control. */
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];
const GLOB_CHARACTERS = /[*?[\]{}]/;

/** The paths to read, or one line saying which argument matched nothing. */
export type PathsResult = { readonly ok: true; readonly paths: readonly string[] } | { readonly ok: false; readonly error: string };

/** Gitignore-style patterns and the folder they are relative to. */
export interface IgnoreSource {
  readonly folder: string;
  readonly patterns: readonly string[];
}

/**
 * Expands the command line's paths: a folder to the articles under it, a quoted glob to its
 * matches, "-" and plain paths as given. A path that names an existing file is read as given even
 * when it holds glob characters, so "[draft].md" is that file, not "d.md". Files found by expansion are skipped when an ignore
 * source (.capcheckignore in `cwd`, the configuration's ignorePatterns beside its file) matches
 * them; a file named outright is always read, as ESLint does.
 */
export async function collectPaths(args: readonly string[], cwd: string, ignoreSources: readonly IgnoreSource[]): Promise<PathsResult> {
  if (args.filter((arg) => arg === '-').length > 1) return { ok: false, error: '-: stdin can be read only once' };
  const ignoreFile = capcheckIgnore(cwd);
  if (!ignoreFile.ok) return ignoreFile;
  // The glob and ignore libraries load with the first folder or glob: a run naming its files loads neither.
  let expand: Expander | null = null;
  const paths: string[] = [];
  for (const arg of args) {
    const kind = pathKind(resolve(cwd, arg));
    const folder = kind === 'folder';
    if (arg === '-' || kind === 'file' || (!folder && !GLOB_CHARACTERS.test(arg))) {
      paths.push(arg);
      continue;
    }
    // Glob from the pattern's fixed leading folders, so "../drafts/*.md" and absolute patterns work.
    const [base, pattern] = folder ? [arg, ARTICLE_GLOB] : splitGlob(arg);
    expand ??= await loadExpander([...ignoreSources, ignoreFile.source], cwd);
    const { glob, sources } = expand;
    const found = await glob(pattern, { cwd: resolve(cwd, base), onlyFiles: true, dot: false, ignore: ALWAYS_IGNORED, expandDirectories: false });
    const named = found.map((path) => (base === '' ? path : join(base, path))).sort(compareCodeUnits);
    const kept = named.filter((path) => !sources.some((source) => isIgnored(source, resolve(cwd, path))));
    if (kept.length === 0) return { ok: false, error: `${arg}: ${found.length === 0 ? 'no files match' : 'every matching file is ignored'}` };
    paths.push(...kept);
  }
  return { ok: true, paths: onePathPerFile(paths, cwd) };
}

/** The glob function, and each ignore source's rules, with the folder they are relative to. */
interface Expander {
  readonly glob: typeof import('tinyglobby').glob;
  readonly sources: readonly { readonly folder: string; readonly rules: Ignore }[];
}

async function loadExpander(ignoreSources: readonly IgnoreSource[], cwd: string): Promise<Expander> {
  const [{ glob }, { default: ignore }] = await Promise.all([import('tinyglobby'), import('ignore')]);
  return { glob, sources: ignoreSources.map((source) => ({ folder: resolve(cwd, source.folder), rules: ignore().add([...source.patterns]) })) };
}

/**
 * One path per file, where the file first appears: a symlink loop ("drafts/loop -> ..") or a file
 * named twice would otherwise be checked, and counted, once per name. The name without a symlink
 * in it is kept when there is one.
 */
function onePathPerFile(paths: readonly string[], cwd: string): string[] {
  const chosen = new Map<string, string>();
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const key = path === '-' ? path : realPath(absolute);
    const earlier = chosen.get(key);
    if (earlier === undefined || (resolve(cwd, earlier) !== key && absolute === key)) chosen.set(key, path);
  }
  return [...chosen.values()];
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    // Not there: reading it will say so, under the name given.
    return path;
  }
}

function capcheckIgnore(cwd: string): { ok: true; source: IgnoreSource } | { ok: false; error: string } {
  const file = join(cwd, '.capcheckignore');
  if (!existsSync(file)) return { ok: true, source: { folder: cwd, patterns: [] } };
  try {
    // Decoded as articles are: a UTF-16 file is read, a binary or non-UTF-8 one is named, not misread.
    const decoded = decodeText(readFileSync(file));
    if (!decoded.ok) return { ok: false, error: `${file}: ${decoded.problem}` };
    return { ok: true, source: { folder: cwd, patterns: [decoded.text] } };
  } catch (error) {
    return { ok: false, error: `${file}: ${describeFileError(error)}` };
  }
}

/** Ignore rules apply to files inside their folder only (the library rejects "../" paths). */
function isIgnored(source: { folder: string; rules: Ignore }, absolutePath: string): boolean {
  const inside = relative(source.folder, absolutePath);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return false;
  return source.rules.ignores(inside.split(sep).join('/'));
}

/** "drafts/2025/**\/*.md" → ["drafts/2025", "**\/*.md"]: the fixed folders, then the pattern. */
function splitGlob(arg: string): [string, string] {
  const segments = arg.split(/[\\/]/);
  const firstGlob = segments.findIndex((segment) => GLOB_CHARACTERS.test(segment));
  const base = segments.slice(0, firstGlob).join('/') || (arg.startsWith('/') ? '/' : '');
  return [base, segments.slice(firstGlob).join('/')];
}

function pathKind(path: string): 'file' | 'folder' | 'other' {
  try {
    const stats = statSync(path);
    return stats.isDirectory() ? 'folder' : stats.isFile() ? 'file' : 'other';
  } catch {
    return 'other';
  }
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
