import { formatRdjson } from '../format-rdjson.js';
import type { Reporter } from '../format-names.js';

/** `--format rdjson`: reviewdog's diagnostic format. */
export const reporter: Reporter = (reports) => formatRdjson(reports);
