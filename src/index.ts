/**
 * capcheck's public API: `check(text, options)`, one call that returns the JSON report; then the
 * pipeline stages, the bundled data loaders and the reporters, for tools that check articles
 * without the command line. Everything else is internal.
 */
export { check } from './check/check.js';
export type { CheckOptions } from './check/check.js';
export type { JsonReport, JsonFileReport } from './report/format-json.js';
export { main } from './cli/main.js';
export type { CliEnvironment } from './cli/main.js';
export { prepareDocument } from './read/prepare-document.js';
export { extractFigures } from './extract/extract-figures.js';
export { attributeFigures } from './attribute/attribute-figures.js';
export { reconcileClaims } from './reconcile/reconcile-claims.js';
export type { ReferenceData } from './reconcile/reconcile-claims.js';
export { checkDocument } from './check/check-document.js';
export type { DateChoice } from './check/check-document.js';
export { createEcbConverter } from './check/ecb-converter.js';
export { filterFindings } from './filter/filter-findings.js';
export { loadReferenceDataset } from './data/load-reference.js';
export { loadFxTable } from './money/load-fx.js';
export { loadGdpTable } from './data/load-gdp.js';
export { RULES, RULE_IDS } from './reconcile/rules.js';
export type { RuleId } from './reconcile/rules.js';
export { FORMATS, FORMAT_NAMES } from './report/formats.js';
export type { FormatName, FormatOptions } from './report/formats.js';
export type {
  Amount,
  ArticleDocument,
  ArticleMetadata,
  Attribution,
  Claim,
  FileReport,
  Figure,
  Finding,
  Period,
  ReferenceRecord,
  Severity,
  Verdict,
} from './types.js';
