import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './run-cli.js';
import { REPOSITORY_URL } from '../src/report/rule-docs.js';

/** Where README links to files the package does not ship (sources, benchmarks) must point. */
const REPOSITORY_BLOB = `${REPOSITORY_URL}/blob/main/`;

interface PackageJson {
  license: string;
  engines: { node: string };
  repository: { type: string; url: string };
}

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as PackageJson;

/** Every Markdown link target in the README outside code, without its #fragment. */
function readmeLinks(): string[] {
  const prose = readme.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => (match[1] ?? '').replace(/#.*$/, '')).filter((target) => target !== '' && target !== '…');
}

/** The files `npm pack` would put in the package, as npm itself lists them (no build: `--ignore-scripts`). */
function packedFiles(): string[] {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) throw new Error(`npm pack --dry-run failed: ${result.stderr}`);
  const [pack] = JSON.parse(result.stdout) as [{ files: { path: string }[] }];
  return pack.files.map((file) => file.path);
}

describe('the package', () => {
  let packed: string[] = [];
  beforeAll(() => {
    packed = packedFiles();
  }, 60_000);

  it('ships its LICENSE, MIT as package.json says', () => {
    expect(packed).toContain('LICENSE');
    expect(manifest.license).toBe('MIT');
    expect(readFileSync(join(REPO_ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) 2026 the capcheck authors\n/);
  });

  it('ships every file a relative README link points at', () => {
    const relative = readmeLinks().filter((target) => !/^[a-z][a-z+.-]*:/i.test(target));
    expect(relative.length).toBeGreaterThan(0);
    const missing = relative.filter((target) => {
      const path = target.replace(/^\.\//, '');
      return path.endsWith('/') ? !packed.some((file) => file.startsWith(path)) : !packed.includes(path);
    });
    expect(missing).toEqual([]);
  });

  it("links the repository's own files by their address in the repository, and each exists", () => {
    const repository = readmeLinks().filter((target) => target.startsWith(REPOSITORY_BLOB));
    expect(repository.length).toBeGreaterThan(0);
    expect(repository.filter((target) => !existsSync(join(REPO_ROOT, target.slice(REPOSITORY_BLOB.length))))).toEqual([]);
    expect(manifest.repository).toEqual({ type: 'git', url: `git+${REPOSITORY_URL}.git` });
  });
});

describe('engines', () => {
  const minimum = /^>=(\d+\.\d+\.\d+)$/.exec(manifest.engines.node)?.[1];
  const lock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean; engines?: { node?: string } | string[] }> };
  const runtime = Object.entries(lock.packages)
    .filter(([path, entry]) => path !== '' && entry.dev !== true && !Array.isArray(entry.engines) && entry.engines?.node !== undefined)
    .map(([path, entry]) => ({ name: path.replace(/^.*node_modules\//, ''), range: (entry.engines as { node: string }).node }));

  it('names one minimum Node version, which the README states', () => {
    expect(minimum).toBeDefined();
    expect(readme).toContain(`Requires Node.js ${minimum ?? ''} or newer`);
  });

  it('is a Node every runtime dependency accepts, and no older than the strictest one needs', () => {
    expect(runtime.map((dependency) => dependency.name)).toContain('cheerio');
    const version = parseVersion(minimum ?? '0.0.0');
    expect(runtime.filter((dependency) => !satisfies(version, dependency.range))).toEqual([]);
    const [major, minor, patch] = version;
    const older: Version = patch > 0 ? [major, minor, patch - 1] : minor > 0 ? [major, minor - 1, 99] : [major - 1, 99, 99];
    expect(runtime.filter((dependency) => !satisfies(older, dependency.range)).length).toBeGreaterThan(0);
  });

  it.each<[string, string, boolean]>([
    ['20.18.1', '>=20.18.1', true],
    ['20.18.0', '>=20.18.1', false],
    ['20.18.1', '^12.17.0 || ^14.13 || >=16.0.0', true],
    ['15.0.0', '^12.17.0 || ^14.13 || >=16.0.0', false],
    ['14.20.0', '^12.17.0 || ^14.13 || >=16.0.0', true],
    ['11.0.0', '10.* || >= 12.*', false],
    ['10.4.0', '10.* || >= 12.*', true],
    ['20.0.0', '>= 14.6', true],
    ['0.4.0', '>=0.4.x', true],
  ])('reads %s against %s as %s', (version, range, expected) => {
    expect(satisfies(parseVersion(version), range)).toBe(expected);
  });
});

type Version = readonly [number, number, number];

function parseVersion(text: string): Version {
  const [major = 0, minor = 0, patch = 0] = text.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : 0));
  return [major, minor, patch];
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** The subset of npm's range grammar that engines fields use: `||`, `>=`, `>`, `<`, `<=`, `^`, and `10.*` wildcards. */
function satisfies(version: Version, range: string): boolean {
  return range.split('||').some((alternative) =>
    alternative
      .trim()
      .replace(/([<>=^~]+)\s+/g, '$1')
      .split(/\s+/)
      .every((comparator) => {
        const match = /^(>=|<=|>|<|\^|=)?v?(\d+(?:\.(?:\d+|[x*]))*)$/.exec(comparator);
        if (match === null) throw new Error(`engines range not understood: "${range}"`);
        const parts = (match[2] ?? '').split('.').filter((part) => /^\d+$/.test(part)).map(Number);
        const bound = parseVersion(parts.join('.'));
        switch (match[1]) {
          case '>=':
            return compare(version, bound) >= 0;
          case '>':
            return compare(version, bound) > 0;
          case '<':
            return compare(version, bound) < 0;
          case '<=':
            return compare(version, bound) <= 0;
          case '^':
            return compare(version, bound) >= 0 && version[0] === bound[0];
          default:
            // "10.*", "=10.2": every part written must match.
            return parts.every((part, index) => version[index] === part);
        }
      }),
  );
}
