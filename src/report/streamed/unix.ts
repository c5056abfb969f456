import { formatUnixFile } from '../format-unix.js';
import { pieceOf, type StreamedFormat } from '../stream-format.js';

/** A file's lines are the whole piece: nothing goes between files. */
const split = (lines: string) => ({ text: lines, mark: null });
const lead = (state: null) => ({ text: '', state });

/** `--format unix`, streamed: one line per finding, file by file. */
export const streamed: StreamedFormat<string, null, null> = {
  part: (report) => formatUnixFile(report),
  head: () => ({ text: '', state: null }),
  piece: pieceOf(split, lead),
  split,
  lead,
  tail: () => '',
};
