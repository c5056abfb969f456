import { JSON_SCHEMA_VERSION, jsonFileReport } from '../format-json.js';
import { jsonArrayFormat } from '../stream-format.js';
import { STREAMED_ITEMS } from '../stream-json-array.js';

/** `--format json`, streamed: the files array is written file by file, the summary after it. */
export const streamed = jsonArrayFormat('    ', (report) => [jsonFileReport(report)], (options, ending) => ({
  schemaVersion: JSON_SCHEMA_VERSION,
  data: options.data,
  files: STREAMED_ITEMS,
  // The head is drawn before any count is known; only the text before the array is taken from it.
  summary: ending === null ? null : { errors: ending.tally.errors, warnings: ending.tally.warnings, infos: ending.tally.infos },
}));
