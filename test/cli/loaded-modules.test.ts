import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../run-cli.js';

// Start-up loads only what a run needs: each row runs the real CLI with a module recorder and names
// the packages (or capcheck's own modules) it must load and must not load. No timing: structure only.

const RECORDER = join(REPO_ROOT, 'test', 'cli', 'loaded-modules', 'record-modules.mjs');
const ARTICLE = 'Meta said it would spend $65 billion on capital expenditures in 2025, up from last year.\n';

/** A module as the log names it: a package under node_modules, or a file of capcheck's dist/. */
type ModuleName = `package:${string}` | `dist:${string}`;

interface Row {
  readonly name: string;
  readonly args: readonly string[];
  /** Files written into the run's folder first. */
  readonly files?: Readonly<Record<string, string>>;
  readonly loads: readonly ModuleName[];
  readonly skips: readonly ModuleName[];
}

const PARSERS: readonly ModuleName[] = ['package:cheerio', 'package:parse5', 'package:micromark', 'package:mdast-util-from-markdown', 'package:yaml'];
const ALL_REPORTERS: readonly ModuleName[] = ['dist:report/format-human.js', 'dist:report/html/format-html.js', 'dist:report/format-sarif.js', 'package:chalk'];

const ROWS: readonly Row[] = [
  {
    name: 'plain text, json format, no configuration',
    args: ['a.txt', '--format', 'json', '--no-config'],
    loads: ['dist:report/format-json.js', 'package:commander'],
    skips: [...PARSERS, ...ALL_REPORTERS, 'package:cli-table3', 'package:tinyglobby', 'package:ignore', 'package:zod'],
  },
  {
    name: 'plain text, human format',
    args: ['a.txt', '--no-config'],
    loads: ['dist:report/format-human.js', 'package:chalk'],
    skips: [...PARSERS, 'dist:report/html/format-html.js', 'dist:report/format-json.js', 'package:cli-table3', 'package:zod'],
  },
  {
    name: 'Markdown input',
    args: ['a.md', '--format', 'json', '--no-config'],
    files: { 'a.md': `---\ntitle: Spending\n---\n\n# Spending\n\n${ARTICLE}` },
    loads: ['package:micromark', 'package:yaml'],
    skips: ['package:cheerio', 'package:parse5', 'package:chalk', 'package:zod'],
  },
  {
    name: 'HTML input',
    args: ['a.html', '--format', 'json', '--no-config'],
    files: { 'a.html': `<!doctype html><html><body><p>${ARTICLE}</p></body></html>\n` },
    loads: ['package:cheerio'],
    skips: ['package:micromark', 'package:yaml', 'package:chalk', 'package:zod'],
  },
  {
    name: 'a YAML configuration',
    args: ['a.txt'],
    files: { '.capcheckrc.yaml': 'format: json\n' },
    loads: ['package:yaml'],
    skips: ['package:micromark', 'package:cheerio', 'package:chalk'],
  },
  {
    name: 'a JSON configuration',
    args: ['a.txt'],
    files: { '.capcheckrc.json': '{ "format": "json" }\n' },
    loads: ['package:zod'],
    skips: ['package:yaml', 'package:micromark', 'package:chalk'],
  },
  {
    name: 'a folder to search',
    args: ['.', '--format', 'json', '--no-config'],
    loads: ['package:tinyglobby', 'package:ignore'],
    skips: ['package:cheerio', 'package:chalk', 'package:zod'],
  },
  {
    name: 'data list as a table',
    args: ['data', 'list', '--company', 'META'],
    loads: ['package:cli-table3'],
    skips: [...PARSERS, ...ALL_REPORTERS],
  },
];

/** Every module the run loaded, named as `ModuleName`s. */
function loadedModules(row: Row): { names: ReadonlySet<string>; exitCode: number } {
  const folder = mkdtempSync(join(tmpdir(), 'capcheck-modules-'));
  writeFileSync(join(folder, 'a.txt'), ARTICLE);
  for (const [name, text] of Object.entries(row.files ?? {})) writeFileSync(join(folder, name), text);
  const log = join(folder, 'modules.log');
  writeFileSync(log, '');
  const run = runCli(row.args, { cwd: folder, env: { NODE_OPTIONS: `--import=${RECORDER}`, CAPCHECK_MODULE_LOG: log } });
  const names = new Set<string>();
  for (const line of readFileSync(log, 'utf8').split('\n')) {
    const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(line);
    if (inPackage?.[1] !== undefined) names.add(`package:${inPackage[1]}`);
    const inDist = /\/dist\/(.+\.js)$/.exec(line);
    if (inDist?.[1] !== undefined && !line.includes('node_modules')) names.add(`dist:${inDist[1]}`);
  }
  return { names, exitCode: run.exitCode };
}

describe('start-up loads only what the run needs', () => {
  it.each(ROWS)('$name', (row) => {
    const { names, exitCode } = loadedModules(row);
    expect(exitCode, 'the run itself works').toBeLessThan(2);
    // What must load proves the recorder sees the run; what must not is the point.
    expect(row.loads.filter((name) => !names.has(name))).toEqual([]);
    expect(row.skips.filter((name) => names.has(name))).toEqual([]);
  });
});
