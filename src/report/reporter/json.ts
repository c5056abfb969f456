import { formatJson } from '../format-json.js';
import type { Reporter } from '../format-names.js';

/** `--format json`: the JSON report (schemaVersion 1). */
export const reporter: Reporter = (reports, options) => formatJson(reports, options.data);
