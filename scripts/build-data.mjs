#!/usr/bin/env node
/**
 * Build step (run by `npm run build`, after tsc): compiles the record files in data/records/ into
 * data/build/reference.json, the form the checker loads without parsing or validating anything.
 * Stops with the list of problems (file, path, message) when a record file is invalid.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileBundledDataset, BUNDLE_URL } from '../dist/data/load-reference.js';

const result = compileBundledDataset();
if (!result.ok) {
  for (const error of result.errors) process.stderr.write(`${error}\n`);
  process.exit(1);
}
const target = fileURLToPath(BUNDLE_URL);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(result.dataset)}\n`);
process.stdout.write(`data/build/reference.json: ${result.dataset.records.length} records, data through ${result.dataset.dataThrough}\n`);
