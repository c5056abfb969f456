/**
 * The commands of docs/archives.md, read from the page itself so the recipes and their test cannot drift:
 * each command is the fenced block after a `<!-- recipe: NAME -->` comment.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../run-cli.js';

const PAGE = join(REPO_ROOT, 'docs', 'archives.md');
const RECIPE = /^<!-- recipe: ([\w-]+) -->\n```[\w-]*\n([\s\S]*?)^```$/gm;

/** Every recipe of the page by name; a name used twice is an error. */
export function readRecipes(page = readFileSync(PAGE, 'utf8')): ReadonlyMap<string, string> {
  const recipes = new Map<string, string>();
  for (const [, name = '', body = ''] of page.matchAll(RECIPE)) {
    if (recipes.has(name)) throw new Error(`docs/archives.md: recipe ${name} appears twice`);
    recipes.set(name, body);
  }
  return recipes;
}

/** The recipe `name`, or an error naming it, so a renamed block fails the test instead of skipping it. */
export function recipe(recipes: ReadonlyMap<string, string>, name: string): string {
  const body = recipes.get(name);
  if (body === undefined) throw new Error(`docs/archives.md has no <!-- recipe: ${name} --> block`);
  return body;
}

/** `text` with `from` replaced once by `to`; throws when `from` is absent, so an edited doc cannot silently change what runs. */
export function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const found = typeof from === 'string' ? text.includes(from) : from.test(text);
  if (!found) throw new Error(`expected ${String(from)} in the recipe: ${text}`);
  return text.replace(from, to);
}

/** Splits a command line as a POSIX shell (and Python's shlex) would: white space parts words; quotes group them. */
export function splitShellWords(command: string): string[] {
  const words: string[] = [];
  const word = /(?:'([^']*)'|"((?:[^"\\]|\\.)*)"|((?:[^\s'"\\]|\\.)+))+/gy;
  let at = 0;
  while (at < command.length) {
    if (/\s/.test(command[at] ?? '')) {
      at++;
      continue;
    }
    word.lastIndex = at;
    const match = word.exec(command);
    if (match === null) throw new Error(`unbalanced quotes in ${command}`);
    words.push(unquoteWord(match[0]));
    at = word.lastIndex;
  }
  return words;
}

function unquoteWord(word: string): string {
  return [...word.matchAll(/'([^']*)'|"((?:[^"\\]|\\.)*)"|\\(.)|([^'"\\]+)/g)]
    .map(([, single, double, escaped, bare]) => single ?? double?.replace(/\\(["\\$`])/g, '$1') ?? escaped ?? bare ?? '')
    .join('');
}
