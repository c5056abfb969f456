import { formatHtml } from '../html/format-html.js';
import type { Reporter } from '../format-names.js';

/** `--format html`: one self-contained page. */
export const reporter: Reporter = (reports, options) => formatHtml(reports, { version: options.version, data: options.data, records: options.records });
