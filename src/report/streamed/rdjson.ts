import { rdjsonDiagnostics, rdjsonDocument } from '../format-rdjson.js';
import { jsonArrayFormat } from '../stream-format.js';
import { STREAMED_ITEMS } from '../stream-json-array.js';

/** `--format rdjson`, streamed: the diagnostics are written file by file. */
export const streamed = jsonArrayFormat('    ', (report) => rdjsonDiagnostics(report), () => rdjsonDocument(STREAMED_ITEMS));
