import { formatUnixFile } from '../format-unix.js';
import type { StreamedFormat } from '../stream-format.js';

/** `--format unix`, streamed: one line per finding, file by file. */
export const streamed: StreamedFormat<string, null> = {
  part: (report) => formatUnixFile(report),
  head: () => ({ text: '', state: null }),
  piece: (state, part) => ({ text: part, state }),
  tail: () => '',
};
