import { sarifLog, sarifResults } from '../format-sarif.js';
import { jsonArrayFormat } from '../stream-format.js';
import { STREAMED_ITEMS } from '../stream-json-array.js';

/** `--format sarif`, streamed: the run's results are written file by file. */
export const streamed = jsonArrayFormat('        ', (report) => sarifResults(report), (options) => sarifLog(STREAMED_ITEMS, { version: options.version, data: options.data }));
