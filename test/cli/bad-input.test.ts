/**
 * The bad-input matrix, through the real CLI: every class of input a user can get wrong gives one
 * stderr line naming the file or option and the problem, exit 2, nothing on stdout and no stack
 * trace. Inputs that look bad but are text (UTF-16/32 with a byte-order mark, an empty file, a named
 * pipe) are read and checked. Each case runs in a folder of its own, so names are as the user typed them.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli, type CliRun } from '../run-cli.js';

const ARTICLE = 'Meta said it would spend $70 billion on capital expenditures in 2025.\n';
const LIMIT = "is larger than capcheck's limit of 100 MiB per input";
// Root reads files without read permission and writes into read-only folders: those cases cannot fail for root.
const runningAsRoot = process.getuid?.() === 0;

/** A case: the files its folder holds, anything else to set up, the command line, and what stderr must say. */
interface BadInput {
  readonly files?: Readonly<Record<string, string | Buffer>>;
  readonly setup?: (folder: string) => void;
  readonly args: readonly string[];
  readonly stdinPath?: string;
  /** The one stderr line without "capcheck: "; `<dir>` stands for the case's folder. */
  readonly line: string;
}

function folderWith(files: Readonly<Record<string, string | Buffer>> = {}, setup?: (folder: string) => void): string {
  const folder = mkdtempSync(join(tmpdir(), 'capcheck-bad-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), content);
  }
  setup?.(folder);
  return folder;
}

function expectOneLine(run: CliRun, line: string): void {
  expect(run.stderr).toBe(`capcheck: ${line}\n`);
  expect(run.stdout).toBe('');
  expect(run.exitCode).toBe(2);
  expect(run.stderr).not.toMatch(/^\s+at |node:internal/m);
}

const CHECKED = { 'a.txt': ARTICLE };

const CASES: Readonly<Record<string, BadInput>> = {
  // Missing things.
  'a missing file': { args: ['no-such-article.txt'], line: 'no-such-article.txt: no such file' },
  'a path through a file': { files: CHECKED, args: ['a.txt/b.txt'], line: 'a.txt/b.txt: no such file' },
  'a dangling symlink': { setup: (folder) => symlinkSync('gone.txt', join(folder, 'link.txt')), args: ['link.txt'], line: 'link.txt: no such file' },
  'a symlink that loops on itself': { setup: (folder) => symlinkSync('loop.txt', join(folder, 'loop.txt')), args: ['loop.txt'], line: 'loop.txt: is a symbolic link that loops back on itself' },
  'a glob matching nothing': { files: CHECKED, args: ['*.nothing'], line: '*.nothing: no files match' },
  // Folders.
  'a folder with no articles': { setup: (folder) => mkdirSync(join(folder, 'empty')), args: ['empty'], line: 'empty: no files match' },
  'a folder whose every article is ignored': { files: { 'drafts/a.md': ARTICLE, '.capcheckignore': 'drafts/\n' }, args: ['drafts'], line: 'drafts: every matching file is ignored' },
  // Not text.
  'a device': { args: ['/dev/zero'], line: '/dev/zero: is not a regular file' },
  'a binary file': { files: { 'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) }, args: ['image.txt'], line: 'image.txt: looks like a binary file (it contains NUL bytes, the first at byte 4)' },
  'a Latin-1 file': { files: { 'latin1.txt': Buffer.from('Meta plans \xe9 $65 billion', 'latin1') }, args: ['latin1.txt'], line: 'latin1.txt: is not valid UTF-8 text (the first bad byte is at offset 11)' },
  'Latin-1 on stdin': { files: { 'latin1.txt': Buffer.from('caf\xe9', 'latin1') }, args: ['-'], stdinPath: 'latin1.txt', line: '<stdin>: is not valid UTF-8 text (the first bad byte is at offset 3)' },
  'Latin-1 JSON Lines': { files: { 'latin1.txt': Buffer.from('caf\xe9', 'latin1') }, args: ['extract', '--jsonl'], stdinPath: 'latin1.txt', line: '<stdin>: is not valid UTF-8 text (the first bad byte is at offset 3)' },
  'UTF-16 cut mid-character': { files: { 'odd.txt': Buffer.from([0xff, 0xfe, 0x41]) }, args: ['odd.txt'], line: 'odd.txt: is not valid UTF-16LE text (an odd number of bytes)' },
  // Too much.
  'an endless stdin (/dev/zero)': { args: ['-'], stdinPath: '/dev/zero', line: `<stdin>: ${LIMIT}` },
  // Sparse: 101 MiB on paper, nothing on disk; refused from its size, before any byte is read.
  'a file over the size limit': { setup: (folder) => truncateSync(sparse(folder), 101 * 1024 * 1024), args: ['huge.txt'], line: `huge.txt: ${LIMIT}` },
  'stdin twice': { args: ['-', '-'], line: '-: stdin can be read only once' },
  // Options.
  'an impossible date': { files: CHECKED, args: ['a.txt', '--date', '2025-02-30'], line: '--date: "2025-02-30" is not a calendar date in YYYY-MM-DD form' },
  'a date in another form': { files: CHECKED, args: ['a.txt', '--date', '25/01/2025'], line: '--date: "25/01/2025" is not a calendar date in YYYY-MM-DD form' },
  'a missing option argument': { files: CHECKED, args: ['a.txt', '--date'], line: "option '--date <YYYY-MM-DD>' argument missing" },
  'a misspelt option': { files: CHECKED, args: ['a.txt', '--colour'], line: "unknown option '--colour' (Did you mean --color?)" },
  'an unknown option': { files: CHECKED, args: ['a.txt', '--frobnicate'], line: "unknown option '--frobnicate'" },
  'an unknown format': {
    files: CHECKED,
    args: ['a.txt', '--format', 'xml'],
    line: "option '-f, --format <name>' argument 'xml' is invalid. Allowed choices are human, json, unix, sarif, github, rdjson, claimreview, html.",
  },
  'an unknown severity': { files: CHECKED, args: ['a.txt', '--fail-on', 'fatal'], line: "option '--fail-on <severity>' argument 'fatal' is invalid. Allowed choices are error, warning, info." },
  'a negative warning count': { files: CHECKED, args: ['a.txt', '--max-warnings', '-1'], line: "option '--max-warnings <n>' argument '-1' is invalid. expected a whole number, 0 or more." },
  'a relative --url': { files: CHECKED, args: ['a.txt', '--url', 'example.com/a'], line: '--url: "example.com/a" is not an absolute http(s) URL' },
  // Configuration (files found in the working folder are covered by ci-contract.test.ts).
  'a missing configuration': { files: CHECKED, args: ['a.txt', '--config', 'no-such-config.json'], line: 'no-such-config.json: no such file' },
  'a configuration that is a folder': { files: CHECKED, setup: (folder) => mkdirSync(join(folder, 'conf')), args: ['a.txt', '--config', 'conf'], line: 'conf: is a directory, not a file' },
  'a configuration that is not JSON': { files: { ...CHECKED, 'c.json': '{ "failOn": ' }, args: ['a.txt', '-c', 'c.json'], line: 'c.json: not valid JSON: Unexpected end of JSON input' },
  'a YAML configuration with a tag': {
    files: { ...CHECKED, 'c.yaml': 'failOn: !!js/function error\n' },
    args: ['a.txt', '-c', 'c.yaml'],
    line: 'c.yaml: not valid YAML: Unresolved tag: tag:yaml.org,2002:js/function at line 1, column 9',
  },
  'a configuration with an unknown key': { files: { ...CHECKED, 'c.json': '{ "failOnn": "error" }' }, args: ['a.txt', '-c', 'c.json'], line: 'c.json: failOnn: unknown key' },
  'a configuration with a wrong type': { files: { ...CHECKED, 'c.yaml': 'ignorePatterns: 3\n' }, args: ['a.txt', '-c', 'c.yaml'], line: 'c.yaml: ignorePatterns: Invalid input: expected array, received number' },
  'a configuration that is a list': { files: { ...CHECKED, 'c.json': '[1]' }, args: ['a.txt', '-c', 'c.json'], line: 'c.json: (root): Invalid input: expected object, received array' },
  'a package.json whose capcheck key is wrong': {
    files: { ...CHECKED, 'package.json': '{ "name": "x", "capcheck": { "quiet": "yes" } }' },
    args: ['a.txt'],
    line: '<dir>/package.json: capcheck.quiet: Invalid input: expected boolean, received string',
  },
  // The ignore file.
  'a .capcheckignore that is a folder': { files: CHECKED, setup: (folder) => mkdirSync(join(folder, '.capcheckignore')), args: ['a.txt'], line: '<dir>/.capcheckignore: is a directory, not a file' },
  'a .capcheckignore that is not UTF-8': { files: { ...CHECKED, '.capcheckignore': Buffer.from('drafts/\xe9\n', 'latin1') }, args: ['a.txt'], line: '<dir>/.capcheckignore: is not valid UTF-8 text (the first bad byte is at offset 7)' },
  // Users' data.
  'a missing --data file': { files: CHECKED, args: ['a.txt', '--data', 'mine.json'], line: 'mine.json: no such file' },
  'a --data file that is not JSON': { files: { ...CHECKED, 'mine.json': 'x' }, args: ['a.txt', '--data', 'mine.json'], line: 'mine.json: not valid JSON: Unexpected token \'x\', "x" is not valid JSON' },
  'a --data file with no records': { files: { ...CHECKED, 'mine.json': '{ "company": "META" }' }, args: ['a.txt', '--data', 'mine.json'], line: 'mine.json: records: Invalid input: expected array, received undefined' },
  // Where the report goes.
  'an output folder that does not exist': { files: CHECKED, args: ['a.txt', '-o', 'missing/report.txt'], line: 'missing/report.txt: cannot write the report: its folder does not exist' },
  'an output path through a file': { files: CHECKED, args: ['a.txt', '-o', 'a.txt/report.txt'], line: 'a.txt/report.txt: cannot write the report: a part of its path is a file, not a folder' },
};

function sparse(folder: string): string {
  const path = join(folder, 'huge.txt');
  writeFileSync(path, '');
  return path;
}

describe('bad input: one line on stderr naming the file or option and the problem, exit 2, no stack trace', () => {
  it.each(Object.entries(CASES))('%s', (_name, bad) => {
    const folder = folderWith(bad.files, bad.setup);
    const run = runCli(bad.args, { cwd: folder, ...(bad.stdinPath === undefined ? {} : { stdinPath: bad.stdinPath.startsWith('/') ? bad.stdinPath : join(folder, bad.stdinPath) }) });
    expectOneLine(run, bad.line.replaceAll('<dir>', folder));
  });

  it('lists every bad file, and checks none, when several are bad', () => {
    const run = runCli(['a.txt', 'missing-a.txt', 'missing-b.md'], { cwd: folderWith(CHECKED) });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('capcheck: missing-a.txt: no such file\ncapcheck: missing-b.md: no such file\n');
  });

  // Root reads any file and writes into any folder, so these cannot be provoked when the suite runs as root.
  it.skipIf(runningAsRoot)('names an unreadable file', () => {
    const folder = folderWith({ 'secret.txt': ARTICLE }, (at) => chmodSync(join(at, 'secret.txt'), 0o000));
    expectOneLine(runCli(['secret.txt'], { cwd: folder }), 'secret.txt: permission denied');
  });

  it.skipIf(runningAsRoot)('names a read-only output folder', () => {
    const folder = folderWith({ ...CHECKED, 'out/.keep': '' }, (at) => chmodSync(join(at, 'out'), 0o555));
    expectOneLine(runCli(['a.txt', '--date', '2025-02-10', '-o', 'out/report.txt'], { cwd: folder }), 'out/report.txt: cannot write the report: permission denied');
  });

  // Error lines quote file names and parser messages: an escape sequence in either must not reach the terminal.
  it.each([
    ['a file name', ['a\x1b]0;pwned\x07.txt'], {}],
    ['a configuration parser message', ['a.txt', '-c', 'c.json'], { 'c.json': '\x1b[2J' }],
  ])('no raw control character in the error line quoting %s', (_name, args, files) => {
    const run = runCli(args, { cwd: folderWith({ ...CHECKED, ...files }) });
    expect(run.exitCode).toBe(2);
    expect(run.stderr.trimEnd()).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });
});

/** The article's one figure, as the unix report names it: the input was read and checked. */
const CHECKED_LINE = /:1:26: error "\$70 billion"/;

describe('inputs that look bad but are text are read and checked', () => {
  it.each([
    ['UTF-8 with its byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)])],
    ['UTF-16LE with its byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')])],
    ['UTF-16BE with its byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(ARTICLE, 'utf16le').swap16()])],
    ['UTF-32LE with its byte-order mark', utf32(ARTICLE, true)],
    ['UTF-32BE with its byte-order mark', utf32(ARTICLE, false)],
  ])('%s', (_name, bytes) => {
    const run = runCli(['unicode.txt', '--date', '2025-02-10', '--format', 'unix'], { cwd: folderWith({ 'unicode.txt': bytes }) });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(CHECKED_LINE);
    expect(run.exitCode).toBe(1);
  });

  // An empty article is valid input with nothing to check: it passes, and the report says so.
  it.each([
    ['an empty file', ['empty.txt'], undefined],
    ['an empty stdin', ['-'], '/dev/null'],
  ])('%s passes with no figure found', (_name, args, stdinPath) => {
    const run = runCli([...args, '--date', '2025-02-10'], { cwd: folderWith({ 'empty.txt': '' }), ...(stdinPath === undefined ? {} : { stdinPath }) });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('no figure found');
    expect(run.stdout).toContain('0 errors, 0 warnings');
    expect(run.exitCode).toBe(0);
  });

  // Named pipes are read like stdin, up to the same limit: `capcheck <(curl …)` works.
  it.each([
    ['a named pipe', 'mkfifo pipe.txt && (printf "%s" "$ARTICLE" > pipe.txt &) && "$NODE" "$CLI" pipe.txt --date 2025-02-10 --format unix'],
    ['a process substitution', '"$NODE" "$CLI" <(printf "%s" "$ARTICLE") --date 2025-02-10 --format unix'],
  ])('%s', (_name, script) => {
    const folder = folderWith();
    const run = spawnSync('bash', ['-c', script], {
      cwd: folder,
      encoding: 'utf8',
      // HOME here: a bash that reads ~/.bashrc finds none.
      env: { PATH: process.env['PATH'] ?? '', HOME: folder, NO_COLOR: '1', ARTICLE, NODE: process.execPath, CLI: join(REPO_ROOT, 'bin', 'capcheck.js') },
      timeout: 15_000,
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(CHECKED_LINE);
    expect(run.status).toBe(1);
  });

  it('checks a file once when a symlink loop leads back to it, under its own name', () => {
    const folder = folderWith({ 'drafts/a.txt': ARTICLE }, (at) => symlinkSync('..', join(at, 'drafts', 'loop')));
    const run = runCli(['drafts', '--date', '2025-02-10', '--format', 'json'], { cwd: folder });
    expect(run.stderr).toBe('');
    expect((JSON.parse(run.stdout) as { files: { path: string }[] }).files.map((file) => file.path)).toEqual(['drafts/a.txt']);
  });
});

function utf32(text: string, littleEndian: boolean): Buffer {
  const points = [0xfeff, ...[...text].map((character) => character.codePointAt(0) ?? 0)];
  const bytes = Buffer.alloc(points.length * 4);
  points.forEach((point, index) => (littleEndian ? bytes.writeUInt32LE(point, index * 4) : bytes.writeUInt32BE(point, index * 4)));
  return bytes;
}
