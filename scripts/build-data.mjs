#!/usr/bin/env node
/**
 * Build step (run by `npm run build`, after tsc): writes data/build/, the form the checker loads
 * without parsing or validating anything:
 *
 * - reference.json: the record files in data/records/, compiled;
 * - fx.json: data/fx/ecb-rates.json validated, each rate as a normalised decimal (coefficient, exponent);
 * - fx-source.json: that table's source alone, which runs read first (the rates only on a first conversion);
 * - gdp.json: data/gdp/gdp.json validated, economies sorted and named, each value as a normalised decimal.
 *
 * Stops with the list of problems (file, path, message) when a source file is invalid.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileBundledDataset } from '../dist/data/compile-bundled-dataset.js';
import { BUNDLE_URL } from '../dist/data/load-reference.js';
import { deriveBundledFxTable } from '../dist/money/derive-fx-table.js';
import { FX_BUILD_URL, FX_SOURCE_BUILD_URL } from '../dist/money/load-fx.js';
import { BUILT_FX_FORMAT, encodeFxTable } from '../dist/money/fx-built.js';
import { deriveBundledGdpTable } from '../dist/data/derive-gdp-table.js';
import { GDP_BUILD_URL } from '../dist/data/load-gdp.js';
import { encodeGdpTable } from '../dist/data/gdp-built.js';

function write(url, value) {
  const target = fileURLToPath(url);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, `${JSON.stringify(value)}\n`);
}

const result = compileBundledDataset();
if (!result.ok) {
  for (const error of result.errors) process.stderr.write(`${error}\n`);
  process.exit(1);
}
write(BUNDLE_URL, result.dataset);
process.stdout.write(`data/build/reference.json: ${result.dataset.records.length} records, data through ${result.dataset.dataThrough}\n`);

const fx = deriveBundledFxTable();
if (!fx.ok) {
  process.stderr.write(`${fx.error}\n`);
  process.exit(1);
}
write(FX_BUILD_URL, encodeFxTable(fx.table));
write(FX_SOURCE_BUILD_URL, { format: BUILT_FX_FORMAT, source: fx.table.source });
process.stdout.write(`data/build/fx.json: ${fx.table.dates.length} days of ECB rates through ${fx.table.source.lastDate}\n`);

const gdp = deriveBundledGdpTable();
if (!gdp.ok) {
  process.stderr.write(`${gdp.error}\n`);
  process.exit(1);
}
write(GDP_BUILD_URL, encodeGdpTable(gdp.table));
process.stdout.write(`data/build/gdp.json: ${gdp.table.economies.length} economies, ${gdp.table.source.firstYear}–${gdp.table.source.lastYear}\n`);
