import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

const UPDATE = process.env['UPDATE_FIXTURES'] === '1';

/** Compares with an expected-output file; UPDATE_FIXTURES=1 (or a missing file) rewrites it, to review in the diff. */
export function expectMatchesFile(actual: string, url: URL): void {
  if (UPDATE || !existsSync(url)) writeFileSync(url, actual);
  expect(actual).toBe(readFileSync(url, 'utf8'));
}
