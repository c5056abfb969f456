import { formatUnix } from '../format-unix.js';
import type { Reporter } from '../format-names.js';

/** `--format unix`: one `file:line:column: message` line per finding. */
export const reporter: Reporter = (reports) => formatUnix(reports);
