import { formatSarif } from '../format-sarif.js';
import type { Reporter } from '../format-names.js';

/** `--format sarif`: SARIF 2.1.0 for code-scanning tools. */
export const reporter: Reporter = (reports, options) => formatSarif(reports, { version: options.version, data: options.data });
