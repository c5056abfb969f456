/**
 * The archive recipes of docs/archives.md, run as written (commands read from the page): GNU parallel
 * locally with two jobs and chunks small enough to cut the archive, and the Spark and Hadoop mapper
 * commands fed parts of the archive as partitions would be. Each must print exactly what one
 * `capcheck --jsonl` process prints, and pass findings (exit 1) while failing malformed lines (exit 2).
 * GNU parallel must be installed (`apt-get install parallel`; .ci/run does so): without it the test fails.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../run-cli.js';
import { generateArchive } from './generate-archive.js';
import { readRecipes, recipe, replaceOnce, splitShellWords } from './recipe-commands.js';

// Each chunk is a process start, the dearest part of a small run: 120 lines (about 30 KB) in 12 KB chunks make three.
const LINES = 120;
const BLOCK = '12k';
const RUN_MS = 180_000;

const recipes = readRecipes();
const work = mkdtempSync(join(tmpdir(), 'capcheck-recipes-'));
const archive = generateArchive(LINES);
const archiveLines = archive.split('\n').slice(0, -1);
/** PATH with a `capcheck` that runs this checkout's built CLI first, as `npm install -g` would provide. */
const env = { PATH: `${join(work, 'bin')}${delimiter}${process.env['PATH'] ?? ''}`, HOME: work, NO_COLOR: '1' };
let single: { stdout: string; status: number | null };

/** Runs `command` through sh in the work folder, stdin from `input`. */
function sh(command: string, input = ''): { stdout: string; stderr: string; status: number | null } {
  const run = spawnSync('sh', ['-c', command], { cwd: work, env, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error) throw run.error;
  return { stdout: run.stdout, stderr: run.stderr, status: run.status };
}

/** Runs an argument vector (as Spark and Hadoop start the mapper: no shell in between) on `input`. */
function exec(argv: readonly string[], input: string): { stdout: string; stderr: string; status: number | null } {
  const [command = '', ...args] = argv;
  const run = spawnSync(command, args, { cwd: work, env, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error) throw run.error;
  return { stdout: run.stdout, stderr: run.stderr, status: run.status };
}

/** The archive cut into `count` runs of whole lines, as a Spark partition or a Hadoop split holds them. */
function partitions(count: number): string[] {
  const size = Math.ceil(archiveLines.length / count);
  return Array.from({ length: count }, (_, index) => archiveLines.slice(index * size, (index + 1) * size).map((line) => `${line}\n`).join(''));
}

beforeAll(() => {
  // moreutils has a `parallel` of its own: only GNU parallel's --version names it.
  if (!(spawnSync('parallel', ['--version'], { encoding: 'utf8' }).stdout ?? '').startsWith('GNU parallel')) {
    throw new Error('GNU parallel is missing: the recipe test needs it (apt-get install parallel); .ci/run installs it');
  }
  mkdirSync(join(work, 'bin'));
  const shim = join(work, 'bin', 'capcheck');
  writeFileSync(shim, `#!/bin/sh\nexec '${process.execPath}' '${join(REPO_ROOT, 'bin', 'capcheck.js')}' "$@"\n`);
  chmodSync(shim, 0o755);
  writeFileSync(join(work, 'archive.jsonl'), archive);
  single = sh('capcheck --jsonl', archive);
}, RUN_MS);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('one capcheck --jsonl process, the reference', () => {
  it('prints one line per archive line and exits 1: some figures are wrong', () => {
    expect(single.stdout.split('\n').slice(0, -1)).toHaveLength(LINES);
    expect(single.status).toBe(1);
  });
});

describe('GNU parallel', () => {
  it('cuts the archive into several chunks at the block size used here', () => {
    const counts = sh(`parallel --pipe --block ${BLOCK} -j 2 wc -l < archive.jsonl`).stdout.trim().split('\n').map(Number);
    expect(counts.length).toBeGreaterThanOrEqual(3);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(LINES);
  }, RUN_MS);

  const local = replaceOnce(replaceOnce(recipe(recipes, 'gnu-parallel'), '--block 10M', `--block ${BLOCK}`), /^parallel /, 'parallel -j 2 ');

  it('with --keep-order, two jobs print the single run byte for byte, and exit 0 despite the findings', () => {
    const run = sh(local);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(join(work, 'results.jsonl'), 'utf8')).toBe(single.stdout);
  }, RUN_MS);

  it('without --keep-order, the same lines', () => {
    const run = sh(replaceOnce(local, '--keep-order ', ''));
    expect(run.status).toBe(0);
    const lines = (text: string) => text.split('\n').sort();
    expect(lines(readFileSync(join(work, 'results.jsonl'), 'utf8'))).toEqual(lines(single.stdout));
  }, RUN_MS);

  it('the --sshlogin recipe, with this machine as its only host (":"), prints the single run', () => {
    const ssh = recipe(recipes, 'gnu-parallel-ssh');
    // The ssh recipe is the local one with hosts added: the same command otherwise.
    expect(ssh.replace(/ --sshlogin \S+/, '')).toBe(recipe(recipes, 'gnu-parallel'));
    const run = sh(replaceOnce(replaceOnce(ssh, /--sshlogin \S+/, '--sshlogin 2/:'), '--block 10M', `--block ${BLOCK}`));
    expect(run.status).toBe(0);
    expect(readFileSync(join(work, 'results.jsonl'), 'utf8')).toBe(single.stdout);
  }, RUN_MS);

  it('fails when a chunk holds a malformed line, yet writes every result line', () => {
    const broken = archiveLines.map((line, index) => (index === 60 ? '{"id": "broken", "text": 12}' : line)).join('\n') + '\n';
    writeFileSync(join(work, 'broken.jsonl'), broken);
    const run = sh(replaceOnce(local, 'archive.jsonl', 'broken.jsonl'));
    expect(run.status).not.toBe(0);
    const results = readFileSync(join(work, 'results.jsonl'), 'utf8').split('\n').slice(0, -1);
    expect(results).toHaveLength(LINES);
    expect(JSON.parse(results[60] ?? '{}')).toMatchObject({ id: 'broken', error: expect.any(String) });
  }, RUN_MS);
});

/** The mappers of the Spark and Hadoop recipes, as the argument vectors the engines start. */
const MAPPERS: readonly (readonly [string, () => readonly string[]])[] = [
  ['PySpark RDD.pipe', () => {
    const command = /\.pipe\("((?:[^"\\]|\\.)*)"/.exec(recipe(recipes, 'pyspark'))?.[1];
    if (command === undefined) throw new Error('the pyspark recipe has no .pipe("…") call');
    return splitShellWords(command);
  }],
  ['Scala RDD.pipe', () => {
    const args = /\.pipe\(Seq\(((?:"(?:[^"\\]|\\.)*"(?:,\s*)?)+)\)\)/.exec(recipe(recipes, 'spark-scala'))?.[1];
    if (args === undefined) throw new Error('the spark-scala recipe has no .pipe(Seq("…", …)) call');
    return JSON.parse(`[${args}]`) as string[];
  }],
  ['Hadoop Streaming -mapper', () => {
    writeFileSync(join(work, 'capcheck-map.sh'), recipe(recipes, 'hadoop-mapper'));
    const streaming = recipe(recipes, 'hadoop-streaming');
    expect(streaming).toMatch(/-files capcheck-map\.sh /);
    expect(streaming).toMatch(/-numReduceTasks 0/);
    const mapper = /-mapper '([^']*)'/.exec(streaming)?.[1];
    if (mapper === undefined) throw new Error("the hadoop-streaming recipe has no -mapper '…'");
    return splitShellWords(mapper);
  }],
];

describe.each(MAPPERS)('%s', (_, mapperOf) => {
  it('fed the archive in two partitions, prints the single run, and passes each part despite its findings', () => {
    const argv = mapperOf();
    const outputs = partitions(2).map((part) => exec(argv, part));
    expect(outputs.map((output) => output.status)).toEqual([0, 0]);
    expect(outputs.map((output) => output.stdout).join('')).toBe(single.stdout);
  }, RUN_MS);

  it('fails a partition with a malformed line', () => {
    const run = exec(mapperOf(), `${archiveLines[0]}\nnot json\n`);
    expect(run.status).not.toBe(0);
    expect(run.stdout.split('\n').slice(0, -1)).toHaveLength(2);
  }, RUN_MS);
});
