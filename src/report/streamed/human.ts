import { formatHumanSection, humanSummary, joinHumanSection, type HumanSection } from '../format-human.js';
import type { StreamedFormat } from '../stream-format.js';

/** The human report, streamed: one section per file, the summary at the end. */
export const streamed: StreamedFormat<HumanSection | null, HumanSection['kind'] | null> = {
  part: (report, _fileNumber, options) => formatHumanSection(report, options),
  head: () => ({ text: '', state: null }),
  // Only the previous section's kind is kept: it decides the gap before the next.
  piece: (previous, section) => (section === null ? { text: '', state: previous } : { text: joinHumanSection(previous === null ? null : { kind: previous, text: '' }, section), state: section.kind }),
  tail: (previous, ending, options) => humanSummary(previous !== null, ending.tally, { ...options, outcome: ending.outcome }),
};
