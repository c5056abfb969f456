import { expect, it } from 'vitest';
import * as capcheck from '../src/index.js';
import { REPO_ROOT } from './run-cli.js';

it('exports exactly the public API', () => {
  expect(Object.keys(capcheck).sort()).toEqual([
    'FORMATS',
    'FORMAT_NAMES',
    'RULES',
    'RULE_IDS',
    'attributeFigures',
    'check',
    'checkDocument',
    'createEcbConverter',
    'extractFigures',
    'filterFindings',
    'loadFxTable',
    'loadGdpTable',
    'loadReferenceDataset',
    'main',
    'prepareDocument',
    'reconcileClaims',
  ]);
});

it('checks an article through the API as the CLI does', async () => {
  const dataset = capcheck.loadReferenceDataset();
  const fx = capcheck.loadFxTable();
  const gdp = capcheck.loadGdpTable();
  if (!dataset.ok || !fx.ok || !gdp.ok) throw new Error('bundled data failed to load');
  const reference = { records: dataset.dataset.records, dataThrough: dataset.dataset.dataThrough, fx: capcheck.createEcbConverter(fx.table), gdp: gdp.table };
  const document = capcheck.prepareDocument('a.txt', 'Meta will spend $70 billion on capex in 2025.');
  const report = capcheck.checkDocument(document, reference, { option: '2025-02-10', today: '2025-02-10' });
  expect(report.findings.map((finding) => finding.verdict)).toEqual(['overstated']);
  // The package's entry point is the compiled index.
  const built = (await import(`${REPO_ROOT}dist/index.js`)) as Record<string, unknown>;
  expect(Object.keys(built).sort()).toEqual(Object.keys(capcheck).sort());
});
